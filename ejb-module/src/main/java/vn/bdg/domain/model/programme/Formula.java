package vn.bdg.domain.model.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.bdg.domain.shared.BusinessException;

/**
 * An arithmetic expression over indicator values, as written in a derived indicator's formula or on
 * either side of a validation rule: indicator codes ({@code BDG-03}, the total; {@code BDG-03.nu}, its
 * female part), decimal numbers, {@code + - * /}, parentheses, {@code MIN(a, b)} and {@code MAX(a, b)}.
 * A code may hold one hyphen, so a subtraction between two codes needs spaces: {@code BDG-02 - BDG-03}.
 *
 * <p>Evaluation never guesses: when a referenced value is missing or a divisor is zero the result is
 * empty, and a rule with an empty side is not checked.
 */
public final class Formula {

    /** A reference to an indicator's total or its female part. */
    public record Term(String code, boolean female) {
        @Override
        public String toString() {
            return female ? code + ".nu" : code;
        }
    }

    private interface Node {
        BigDecimal value(Function<Term, BigDecimal> values);
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final String text;
    private final Node root;
    private final Set<Term> terms;

    private Formula(String text, Node root, Set<Term> terms) {
        this.text = text;
        this.root = root;
        this.terms = Collections.unmodifiableSet(terms);
    }

    /** Parses {@code text}; a syntax error is refused with the position it was found at. */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("programme.error.formulaEmpty");
        }
        Parser parser = new Parser(text.trim());
        Node root = parser.expression();
        parser.expectEnd();
        return new Formula(text.trim(), root, parser.terms);
    }

    /** The value, or null when a referenced value is missing or a divisor is zero. */
    public BigDecimal evaluate(Function<Term, BigDecimal> values) {
        return root.value(values);
    }

    public Set<Term> terms() {
        return terms;
    }

    /** The indicator codes referenced, whether as total or female part. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        terms.forEach(term -> codes.add(term.code()));
        return codes;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        private final String text;
        private final Set<Term> terms = new LinkedHashSet<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            Node left = product();
            while (true) {
                skipSpaces();
                if (accept('+')) {
                    Node l = left;
                    Node r = product();
                    left = values -> combine(l.value(values), r.value(values), BigDecimal::add);
                } else if (accept('-')) {
                    Node l = left;
                    Node r = product();
                    left = values -> combine(l.value(values), r.value(values), BigDecimal::subtract);
                } else {
                    return left;
                }
            }
        }

        private Node product() {
            Node left = unary();
            while (true) {
                skipSpaces();
                if (accept('*')) {
                    Node l = left;
                    Node r = unary();
                    left = values -> combine(l.value(values), r.value(values), (a, b) -> a.multiply(b, PRECISION));
                } else if (accept('/')) {
                    Node l = left;
                    Node r = unary();
                    left = values -> {
                        BigDecimal divisor = r.value(values);
                        return divisor == null || divisor.signum() == 0 ? null
                                : combine(l.value(values), divisor, (a, b) -> a.divide(b, PRECISION));
                    };
                } else {
                    return left;
                }
            }
        }

        private Node unary() {
            skipSpaces();
            if (accept('-')) {
                Node operand = unary();
                return values -> {
                    BigDecimal v = operand.value(values);
                    return v == null ? null : v.negate();
                };
            }
            return primary();
        }

        private Node primary() {
            skipSpaces();
            if (accept('(')) {
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                return number();
            }
            if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                return name();
            }
            throw syntaxError();
        }

        private Node number() {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            try {
                BigDecimal constant = new BigDecimal(text.substring(start, pos));
                return values -> constant;
            } catch (NumberFormatException e) {
                pos = start;
                throw syntaxError();
            }
        }

        private Node name() {
            int start = pos;
            String word = word();
            skipSpaces();
            String upper = word.toUpperCase(Locale.ROOT);
            if ((upper.equals("MIN") || upper.equals("MAX")) && accept('(')) {
                Node a = expression();
                expect(',');
                Node b = expression();
                expect(')');
                boolean min = upper.equals("MIN");
                return values -> combine(a.value(values), b.value(values), min ? BigDecimal::min : BigDecimal::max);
            }
            if (!IndicatorCode.isValid(upper)) {
                pos = start;
                throw syntaxError();
            }
            boolean female = false;
            if (text.startsWith(".nu", pos) || text.startsWith(".NU", pos)) {
                pos += 3;
                female = true;
            }
            Term term = new Term(upper, female);
            terms.add(term);
            return values -> values.apply(term);
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos + 1 < text.length() && text.charAt(pos) == '-'
                    && Character.isLetterOrDigit(text.charAt(pos + 1))) {
                pos++;
                while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            return text.substring(start, pos);
        }

        void expectEnd() {
            skipSpaces();
            if (pos != text.length()) {
                throw syntaxError();
            }
        }

        private void expect(char c) {
            skipSpaces();
            if (!accept(c)) {
                throw syntaxError();
            }
        }

        private boolean accept(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private BusinessException syntaxError() {
            String near = pos >= text.length() ? "" : text.substring(pos, Math.min(text.length(), pos + 12));
            return new BusinessException("programme.error.formulaSyntax", text, pos + 1, near);
        }

        private static BigDecimal combine(BigDecimal a, BigDecimal b,
                                          java.util.function.BinaryOperator<BigDecimal> op) {
            return a == null || b == null ? null : op.apply(a, b);
        }
    }
}
