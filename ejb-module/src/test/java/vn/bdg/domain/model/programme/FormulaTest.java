package vn.bdg.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.BusinessException;

class FormulaTest {

    private static Function<Formula.Term, BigDecimal> values(Map<String, Integer> byTerm) {
        return term -> byTerm.containsKey(term.toString()) ? BigDecimal.valueOf(byTerm.get(term.toString())) : null;
    }

    @Test
    void computesTheShareOfWomenAmongManagers() {
        Formula share = Formula.parse("100 * (BDG-03 + BDG-04) / BDG-02");
        BigDecimal value = share.evaluate(values(Map.of("BDG-02", 8, "BDG-03", 1, "BDG-04", 3)));
        assertEquals(0, new BigDecimal("50").compareTo(value));
        assertEquals(Set.of("BDG-02", "BDG-03", "BDG-04"), share.codes());
    }

    @Test
    void readsFemalePartsMinMaxAndSubtractionBetweenCodes() {
        Formula formula = Formula.parse("MIN(BDG-01 - BDG-01.nu, 10) + MAX(1, 2) * -1");
        assertEquals(0, BigDecimal.valueOf(5).compareTo(
                formula.evaluate(values(Map.of("BDG-01", 20, "BDG-01.nu", 13)))));
        assertTrue(formula.terms().contains(new Formula.Term("BDG-01", true)));
    }

    @Test
    void givesNoValueWhenAPartIsMissingOrTheDivisorIsZero() {
        Formula share = Formula.parse("BDG-03 / BDG-02");
        assertNull(share.evaluate(values(Map.of("BDG-03", 1))));
        assertNull(share.evaluate(values(Map.of("BDG-03", 1, "BDG-02", 0))));
    }

    @Test
    void refusesSyntaxErrorsNamingWhere() {
        BusinessException refusal = assertThrows(BusinessException.class, () -> Formula.parse("BDG-01 + * 2"));
        assertEquals("programme.error.formulaSyntax", refusal.getMessageKey());
        assertEquals(10, refusal.getArguments().get(1));
        assertThrows(BusinessException.class, () -> Formula.parse("(BDG-01"));
        assertThrows(BusinessException.class, () -> Formula.parse("BDG-01 BDG-02"));
        assertThrows(BusinessException.class, () -> Formula.parse(" "));
    }

    @Test
    void comparisonsHoldFailOrCannotBeChecked() {
        Comparison rule = Comparison.parse("BDG-03 + BDG-04 <= BDG-02");
        assertTrue(rule.holds(values(Map.of("BDG-02", 5, "BDG-03", 1, "BDG-04", 4))));
        assertFalse(rule.holds(values(Map.of("BDG-02", 4, "BDG-03", 1, "BDG-04", 4))));
        assertNull(rule.holds(values(Map.of("BDG-02", 4))));
        assertEquals("BDG-03 + BDG-04 <= BDG-02", rule.toString());
        assertThrows(BusinessException.class, () -> Comparison.parse("BDG-01 + 2"));
        assertThrows(BusinessException.class, () -> Comparison.parse("BDG-01 <= BDG-02 <= BDG-03"));
    }

    @Test
    void rendersTheSameArithmeticInSqlWithNoIntegerDivisionAndNullForAZeroDivisor() {
        Formula share = Formula.parse("100 * (BDG-03 + BDG-04) / BDG-02");
        assertEquals("((CAST(100 AS DECIMAL(30, 10)) * (c(BDG-03) + c(BDG-04))) / NULLIF(c(BDG-02), 0))",
                share.toSql(term -> "c(" + term + ")"));
    }

    @Test
    void rendersMinMaxAsMissingWhenAPartIsMissingAsTheJavaEvaluationDoes() {
        assertEquals("CASE WHEN (c(BDG-03) + c(BDG-04.nu)) IS NULL OR CAST(1 AS DECIMAL(30, 10)) IS NULL THEN NULL"
                        + " ELSE LEAST((c(BDG-03) + c(BDG-04.nu)), CAST(1 AS DECIMAL(30, 10))) END",
                Formula.parse("MIN(BDG-03 + BDG-04.nu, 1)").toSql(term -> "c(" + term + ")"));
        assertEquals("(-GREATEST", Formula.parse("-MAX(BDG-01, 2)").toSql(term -> term.toString())
                .replaceAll("CASE WHEN .* ELSE ", "").substring(0, 10));
    }
}
