package vn.bdg.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.audit.AuditChange;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;

class AuditEventTest {

    @Test
    void argumentsAndValuesAreWrittenAsTheScreensWriteThem() {
        AuditEvent event = AuditEvent.of("phong.lechan", AuditKind.VALUE_CHANGE, AuditSubjects.REPORT, 5L, 9L,
                        "audit.x", LocalDate.of(2020, 5, 31), Instant.parse("2020-05-31T17:05:00Z"),
                        new BigDecimal("1234.5"), AuditKind.EXPORT, null, 12)
                .withChange("BDG-01", new BigDecimal("1000"), new BigDecimal("1029"));
        assertEquals(List.of("31/05/2020", "00:05 01/06/2020", "1.234,5", "EXPORT", "", "12"),
                event.arguments(), "moments in Vietnam's time zone");
        assertEquals(List.of(AuditChange.of("BDG-01", "1.000", "1.029")), event.changes());
    }

    @Test
    void eachChangeIsAddedToACopy() {
        AuditEvent plain = AuditEvent.of("so.ctrtt", AuditKind.EXTENSION, AuditSubjects.ROUND, 3L, 4L, "audit.x");
        AuditEvent changed = plain.withChange("dueDate", LocalDate.of(2020, 5, 31), LocalDate.of(2020, 6, 10))
                .withChange("reason", null, "Điểm thi");
        assertEquals(List.of(), plain.changes());
        assertEquals(2, changed.changes().size());
        assertNull(changed.changes().get(1).getBefore());
        assertEquals("10/06/2020", changed.changes().get(0).getAfter());
        assertThrows(UnsupportedOperationException.class, () -> changed.changes().clear());
    }

    @Test
    void anEventSaysWhoWhatAndAboutWhat() {
        assertThrows(NullPointerException.class,
                () -> AuditEvent.of(null, AuditKind.LOGIN, AuditSubjects.ACCOUNT, null, null, "audit.x"));
        assertThrows(NullPointerException.class,
                () -> AuditEvent.of("admin", AuditKind.LOGIN, AuditSubjects.ACCOUNT, null, null, null));
    }

    @Test
    void withoutAClientTheOriginIsTheServer() {
        RequestOrigin origin = new RequestOrigin();
        assertEquals("server", origin.address());
        origin.set(" 198.51.100.4 ");
        assertEquals("198.51.100.4", origin.address());
        origin.set("");
        assertEquals("server", origin.address());
    }
}
