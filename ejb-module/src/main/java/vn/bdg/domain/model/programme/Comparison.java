package vn.bdg.domain.model.programme;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import vn.bdg.domain.shared.BusinessException;

/**
 * A validation rule's condition: two {@link Formula}s and a relation, as in {@code BDG-03 + BDG-04 <=
 * BDG-02} or {@code BDG-01.nu <= BDG-01}.
 */
public final class Comparison {

    private enum Relation {
        AT_MOST("<="), AT_LEAST(">="), LESS("<"), GREATER(">"), EQUAL("=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case AT_MOST -> comparison <= 0;
                case AT_LEAST -> comparison >= 0;
                case LESS -> comparison < 0;
                case GREATER -> comparison > 0;
                case EQUAL -> comparison == 0;
            };
        }
    }

    private final Formula left;
    private final Relation relation;
    private final Formula right;

    private Comparison(Formula left, Relation relation, Formula right) {
        this.left = left;
        this.relation = relation;
        this.right = right;
    }

    public static Comparison parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("programme.error.ruleEmpty");
        }
        for (Relation relation : Relation.values()) {
            int at = text.indexOf(relation.symbol);
            if (at > 0) {
                String rest = text.substring(at + relation.symbol.length());
                if (rest.contains("<") || rest.contains(">") || rest.contains("=")) {
                    throw new BusinessException("programme.error.ruleOneRelation", text.trim());
                }
                return new Comparison(Formula.parse(text.substring(0, at)), relation, Formula.parse(rest));
            }
        }
        throw new BusinessException("programme.error.ruleNeedsRelation", text.trim());
    }

    /** True or false, or null when either side cannot be computed from the values given. */
    public Boolean holds(Function<Formula.Term, BigDecimal> values) {
        BigDecimal l = left.evaluate(values);
        BigDecimal r = right.evaluate(values);
        return l == null || r == null ? null : relation.holds(l.compareTo(r));
    }

    public Set<Formula.Term> terms() {
        Set<Formula.Term> terms = new LinkedHashSet<>(left.terms());
        terms.addAll(right.terms());
        return terms;
    }

    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>(left.codes());
        codes.addAll(right.codes());
        return codes;
    }

    @Override
    public String toString() {
        return left + " " + relation.symbol + " " + right;
    }
}
