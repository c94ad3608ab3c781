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

        String sql(Function<Term, String> column);
    }

    /** A binary operation: + - * or /, where a zero divisor gives no value. */
    private record Operation(Node left, Node right, char symbol) implements Node {
        @Override
        public BigDecimal value(Function<Term, BigDecimal> values) {
            BigDecimal a = left.value(values);
            BigDecimal b = right.value(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (symbol) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b, PRECISION);
                default -> b.signum() == 0 ? null : a.divide(b, PRECISION);
            };
        }

        @Override
        public String sql(Function<Term, String> column) {
            String right = this.right.sql(column);
            return "(" + left.sql(column) + " " + symbol + " " + (symbol == '/' ? "NULLIF(" + right + ", 0)" : right) + ")";
        }
    }

    /** MIN or MAX of two values; SQL's LEAST and GREATEST, which H2 and PostgreSQL both know. */
    private record Extreme(Node a, Node b, boolean min) implements Node {
        @Override
        public BigDecimal value(Function<Term, BigDecimal> values) {
            BigDecimal x = a.value(values);
            BigDecimal y = b.value(values);
            return x == null || y == null ? null : min ? x.min(y) : x.max(y);
        }

        @Override
        public String sql(Function<Term, String> column) {
            String x = a.sql(column);
            String y = b.sql(column);
            // LEAST of a NULL is the other value on PostgreSQL; the formula's rule is "missing gives missing".
            return "CASE WHEN " + x + " IS NULL OR " + y + " IS NULL THEN NULL ELSE " + (min ? "LEAST(" : "GREATEST(")
                    + x + ", " + y + ") END";
        }
    }

    private record Negation(Node operand) implements Node {
        @Override
        public BigDecimal value(Function<Term, BigDecimal> values) {
            BigDecimal v = operand.value(values);
            return v == null ? null : v.negate();
        }

        @Override
        public String sql(Function<Term, String> column) {
            return "(-" + operand.sql(column) + ")";
        }
    }

    private record Constant(BigDecimal constant) implements Node {
        @Override
        public BigDecimal value(Function<Term, BigDecimal> values) {
            return constant;
        }

        @Override
        public String sql(Function<Term, String> column) {
            return "CAST(" + constant.toPlainString() + " AS DECIMAL(30, 10))";
        }
    }

    private record Reference(Term term) implements Node {
        @Override
        public BigDecimal value(Function<Term, BigDecimal> values) {
            return values.apply(term);
        }

        @Override
        public String sql(Function<Term, String> column) {
            return column.apply(term);
        }
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

    /**
     * The same expression in SQL, for set-based evaluation in the database: {@code column} renders a
     * term as an SQL expression (it must give NULL for a missing value); a zero divisor gives NULL, and
     * a missing value gives NULL, as {@link #evaluate} gives null. Constants are rendered as decimals
     * so that no database divides integers.
     */
    public String toSql(Function<Term, String> column) {
        return root.sql(column);
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
                    left = new Operation(left, product(), '+');
                } else if (accept('-')) {
                    left = new Operation(left, product(), '-');
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
                    left = new Operation(left, unary(), '*');
                } else if (accept('/')) {
                    left = new Operation(left, unary(), '/');
                } else {
                    return left;
                }
            }
        }

        private Node unary() {
            skipSpaces();
            if (accept('-')) {
                return new Negation(unary());
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
                return new Constant(new BigDecimal(text.substring(start, pos)));
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
                return new Extreme(a, b, upper.equals("MIN"));
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
            return new Reference(term);
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
    }
}
