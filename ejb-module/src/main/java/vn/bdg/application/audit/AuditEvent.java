package vn.bdg.application.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.audit.AuditChange;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.shared.VietnameseNumber;

/**
 * What a use case tells the {@link AuditTrail}: who did what kind of thing to which subject in which
 * unit, the message key (of the web bundle) and arguments that describe it, and for a value change each
 * field before and after. The trail adds when and from where.
 * <p>
 * Arguments and values are kept as text written the way the screens write them — dates dd/MM/yyyy,
 * moments HH:mm dd/MM/yyyy, numbers the Vietnamese way — so that an entry reads the same years later,
 * whatever has changed in the code or the data since.
 *
 * @param actor       the username, or {@value vn.bdg.domain.model.audit.AuditEntry#SYSTEM} for the server's own work
 * @param subjectType one of {@link vn.bdg.domain.model.audit.AuditSubjects}, or a part's own
 * @param subjectId   the subject's id, if it has one
 * @param unitId      the unit the subject belongs to: its reviewers may read the entry
 */
public record AuditEvent(String actor, AuditKind kind, String subjectType, Long subjectId, Long unitId,
                         String messageKey, List<String> arguments, List<AuditChange> changes) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessClock.ZONE);

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
        changes = List.copyOf(changes);
    }

    /** An event without changes; each argument becomes text as the screens write it ({@link #text}). */
    public static AuditEvent of(String actor, AuditKind kind, String subjectType, Long subjectId, Long unitId,
                                String messageKey, Object... arguments) {
        List<String> texts = Arrays.stream(arguments).map(a -> a == null ? "" : text(a)).toList();
        return new AuditEvent(actor, kind, subjectType, subjectId, unitId, messageKey, texts, List.of());
    }

    /** This event with one more changed field; {@code null} stands for "empty". */
    public AuditEvent withChange(String field, Object before, Object after) {
        List<AuditChange> more = new ArrayList<>(changes);
        more.add(AuditChange.of(field, text(before), text(after)));
        return new AuditEvent(actor, kind, subjectType, subjectId, unitId, messageKey, arguments, more);
    }

    /** A value as the screens write it: dates dd/MM/yyyy, moments HH:mm dd/MM/yyyy in Vietnam, Vietnamese numbers. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Instant moment) {
            return MOMENT.format(moment);
        }
        if (value instanceof BigDecimal number) {
            return VietnameseNumber.format(number);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
