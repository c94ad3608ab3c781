package vn.bdg.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2020-06-01T02:30:00Z");

    private static AuditEntry entry(String actor, String origin, List<String> arguments, List<AuditChange> changes) {
        return new AuditEntry(NOW, actor, origin, AuditKind.EXTENSION, AuditSubjects.ROUND, 7L, 42L,
                "audit.extension.granted", arguments, changes);
    }

    @Test
    void keepsWhatHappenedAsItWasGiven() {
        AuditEntry entry = entry("so.ctrtt", "203.0.113.9", List.of("6 tháng", "THPT Ngô Quyền"),
                List.of(AuditChange.of("dueDate", "31/05/2020", "10/06/2020")));
        assertEquals(NOW, entry.getAt());
        assertEquals("so.ctrtt", entry.getActor());
        assertEquals("203.0.113.9", entry.getOrigin());
        assertEquals(AuditKind.EXTENSION, entry.getKind());
        assertEquals("ROUND", entry.getSubjectType());
        assertEquals(7L, entry.getSubjectId());
        assertEquals(42L, entry.getUnitId());
        assertEquals("audit.extension.granted", entry.getMessageKey());
        assertEquals(List.of("6 tháng", "THPT Ngô Quyền"), entry.getArguments());
        assertEquals(List.of(AuditChange.of("dueDate", "31/05/2020", "10/06/2020")), entry.getChanges());
    }

    @Test
    void anEntryWithoutAClientAddressComesFromTheServerAndOverlongTextsAreCut() {
        String longName = "x".repeat(70);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add("y".repeat(1200));
        AuditEntry entry = entry(longName, " ", withNull, List.of());
        assertEquals(AuditEntry.SERVER, entry.getOrigin());
        assertEquals(60, entry.getActor().length());
        assertTrue(entry.getActor().endsWith("…"));
        assertEquals("", entry.getArguments().get(0));
        assertEquals(1000, entry.getArguments().get(1).length());
        assertEquals(AuditEntry.SERVER, entry(AuditEntry.SYSTEM, null, List.of(), List.of()).getOrigin());
    }

    @Test
    void refusesAnEntryThatDoesNotSayWhoWhatOrAboutWhat() {
        assertThrows(IllegalArgumentException.class, () -> entry(" ", "server", List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new AuditEntry(NOW, "admin", "server", null,
                AuditSubjects.REPORT, 1L, 1L, "audit.x", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(NOW, "admin", "server", AuditKind.EXPORT,
                "", 1L, 1L, "audit.x", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(NOW, "admin", "server", AuditKind.EXPORT,
                "A_SUBJECT_TYPE_TOO_LONG", 1L, 1L, "audit.x", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(NOW, "admin", "server", AuditKind.EXPORT,
                AuditSubjects.REPORT, 1L, 1L, null, List.of(), List.of()));
    }

    @Test
    void whatItHandsOutCannotBeChanged() {
        List<String> arguments = new ArrayList<>(List.of("a"));
        AuditEntry entry = entry("admin", "server", arguments, List.of(AuditChange.of("f", null, "1")));
        arguments.add("added later");
        assertEquals(List.of("a"), entry.getArguments());
        assertThrows(UnsupportedOperationException.class, () -> entry.getArguments().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> entry.getChanges().clear());
    }

    @Test
    void anUpdateOrRemovalThroughJpaIsRefused() {
        AuditEntry entry = entry("admin", "server", List.of(), List.of());
        assertThrows(IllegalStateException.class, entry::refuseChange);
    }

    /** Guards the "append-only in code" promise against a setter or a delete method added later. */
    @Test
    void neitherTheEntryNorItsStoreOffersAWayToChangeOrRemoveIt() {
        for (Class<?> type : List.of(AuditEntry.class, AuditChange.class)) {
            List<String> mutators = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .filter(name -> !name.startsWith("get") && !Set.of("equals", "hashCode", "toString").contains(name))
                    .toList();
            assertEquals(List.of(), mutators, type.getSimpleName());
        }
        Set<String> store = Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("append", "ofSubject", "countOfSubject", "unitsOfSubject", "ofActor", "countOfActor"), store);
    }

    @Test
    void aChangeNamesItsFieldAndCutsLongValuesWithoutSplittingACharacter() {
        assertThrows(IllegalArgumentException.class, () -> AuditChange.of(" ", "a", "b"));
        AuditChange emptied = AuditChange.of(" BDG-01.nu ", "823", null);
        assertEquals("BDG-01.nu", emptied.getField());
        assertEquals(null, emptied.getAfter());
        assertEquals(AuditChange.of("BDG-01.nu", "823", null), emptied);
        assertNotEquals(AuditChange.of("BDG-01.nu", "823", "824"), emptied);

        String narrative = "a".repeat(AuditChange.MAX_VALUE - 2) + "😀" + "tail";
        String cut = AuditChange.of("I.1", narrative, null).getBefore();
        assertEquals(AuditChange.MAX_VALUE - 1, cut.length());
        assertTrue(cut.endsWith("a…"), "the emoji's two halves are dropped together");
        assertEquals("ngắn", AuditChange.cut("ngắn", 10));
    }
}
