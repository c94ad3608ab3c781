package vn.bdg.infrastructure.persistence.jpa;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Column values of native queries as Java types. The JDBC drivers of H2 and PostgreSQL hand back dates
 * and timestamps as different classes, so the readers of set-based SQL convert them here.
 */
final class NativeValues {

    private NativeValues() {
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
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
}
