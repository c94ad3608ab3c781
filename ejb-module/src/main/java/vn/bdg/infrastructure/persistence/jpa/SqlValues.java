package vn.bdg.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.bdg.domain.model.org.UnitType;

/**
 * The values native queries return, read alike on H2 and PostgreSQL, whose drivers hand back different
 * Java types for the same SQL type; and SQL fragments the native queries share.
 */
final class SqlValues {

    private SqlValues() {
    }

    /**
     * The rows of a native query with positional parameters ?1, ?2… bound in order, each as an array even
     * when the query selects one column (the provider then returns the bare value).
     */
    static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    static LocalDate day(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** Timestamps are written by {@link InstantConverter} in the server's zone, so read back in it. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
    }

    /**
     * The code of the indicator a cell belongs to, as SQL over the cell's column: the cell up to its
     * first '[' or '.' ("BDG-01", "BDG-01.nu", "BDG-01[Nhóm=GV].nu" all belong to BDG-01; codes hold
     * neither), so that the indicator is found by equality on its unique key.
     */
    static String indicatorCodeOf(String cell) {
        return """
                CASE WHEN POSITION('[' IN %1$s) > 0 THEN SUBSTRING(%1$s FROM 1 FOR POSITION('[' IN %1$s) - 1)
                     WHEN POSITION('.' IN %1$s) > 0 THEN SUBSTRING(%1$s FROM 1 FOR POSITION('.' IN %1$s) - 1)
                     ELSE %1$s END""".formatted(cell);
    }

    /**
     * The cell of a percentage's base that weighs the cell {@code cell} of indicator {@code indicator}:
     * the same part of the base ("BDG-27.nu" is weighed by "BDG-01.nu").
     */
    static String baseCellOf(String cell, String indicator) {
        return "CONCAT(%2$s.share_of, SUBSTRING(%1$s FROM CHAR_LENGTH(%2$s.code) + 1))".formatted(cell, indicator);
    }

    /** Unit types in the tree's order (offices, Phòng, schools from the highest level down, centres). */
    static String unitTypeOrder(String column) {
        StringBuilder order = new StringBuilder("CASE ").append(column);
        for (UnitType type : UnitType.values()) {
            order.append(" WHEN '").append(type.name()).append("' THEN ").append(type.ordinal());
        }
        return order.append(" END").toString();
    }
}
