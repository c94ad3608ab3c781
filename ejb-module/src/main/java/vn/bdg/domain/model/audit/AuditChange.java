package vn.bdg.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One field of a value change: its name and its value before and after, as text written the way the
 * screens show it. No value ({@code null}) means the field was empty. Values longer than
 * {@value #MAX_VALUE} characters (a long narrative) are cut and end in "…": the trail says that and
 * roughly how it changed, the report itself keeps the full text.
 */
@Embeddable
public class AuditChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FIELD = 200;
    public static final int MAX_VALUE = 4000;

    @Column(name = "field_name", nullable = false, length = MAX_FIELD, updatable = false)
    private String field;

    @Column(name = "before_value", length = MAX_VALUE, updatable = false)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE, updatable = false)
    private String after;

    protected AuditChange() {
    }

    private AuditChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public static AuditChange of(String field, String before, String after) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A change names its field");
        }
        return new AuditChange(cut(field.trim(), MAX_FIELD), cut(before, MAX_VALUE), cut(after, MAX_VALUE));
    }

    /** {@code text} if it fits in {@code max} characters, otherwise its beginning and "…"; never half a character. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditChange that && field.equals(that.field)
                && Objects.equals(before, that.before) && Objects.equals(after, that.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, before, after);
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
