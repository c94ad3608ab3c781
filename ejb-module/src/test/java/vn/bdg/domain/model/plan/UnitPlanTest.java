package vn.bdg.domain.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RoundDefinition;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.domain.shared.BusinessException;

class UnitPlanTest {

    private static final Instant NOW = Instant.parse("2020-04-01T02:00:00Z");

    private Programme programme;
    private OrgUnit school;
    private OrgUnit preschool;

    @BeforeEach
    void publishedProgramme() throws ReflectiveOperationException {
        OrgUnit so = OrgUnit.found("SGD", UnitType.SO, new UnitDescription("Sở", "Sở", "SGDĐT", null, null),
                LocalDate.of(2015, 1, 1), null);
        school = withId(OrgUnit.found("THPT-NQ", UnitType.THPT,
                new UnitDescription("Trường THPT Ngô Quyền", "THPT Ngô Quyền", "THPTNQ", null, null),
                LocalDate.of(2015, 1, 1), null), 7L);
        preschool = withId(OrgUnit.found("MN-1", UnitType.MN,
                new UnitDescription("Trường Mầm non Hoa Sen", "MN Hoa Sen", "MNHS", null, null),
                LocalDate.of(2015, 1, 1), null), 8L);
        programme = Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16),
                "Hải Phòng", "V/v", SigningAuthority.NONE, null, "GIÁM ĐỐC", "A"), "so", NOW);
        DefaultCatalogue.loadInto(programme);
        programme.addRound(new RoundDefinition("6T", RoundKind.SIX_MONTH, "Sơ kết", LocalDate.of(2019, 12, 15),
                LocalDate.of(2020, 6, 14), LocalDate.of(2020, 5, 31), null, null, Set.of()));
        programme.publish(Set.of(7L, 8L), "so", NOW);
    }

    private static OrgUnit withId(OrgUnit unit, long id) throws ReflectiveOperationException {
        Field field = OrgUnit.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(unit, id);
        return unit;
    }

    private static ActivityDetails talk(List<IndicatorTarget> targets) {
        return new ActivityDetails("I.1", "Nói chuyện chuyên đề Luật Bình đẳng giới", null, "Học sinh khối 10",
                LocalDate.of(2020, 4, 6), LocalDate.of(2020, 4, 6), "Bí thư Đoàn trường",
                new BigDecimal("2000000"), targets);
    }

    @Test
    void anEditorDraftsAndTheHeadIssuesThenNothingChanges() {
        UnitPlan plan = UnitPlan.firstDraft(programme, school, "thpt.ngoquyen", NOW);
        plan.describe("15/KH-THPTNQ", LocalDate.of(2020, 3, 25), "thpt.ngoquyen", NOW);
        plan.addActivity(talk(List.of(new IndicatorTarget("BDG-19", new BigDecimal("600")))), "thpt.ngoquyen", NOW);
        assertEquals(new BigDecimal("2000000"), plan.totalBudget());
        plan.issue("hieutruong.ngoquyen", NOW);

        assertTrue(plan.isIssued());
        assertEquals("hieutruong.ngoquyen", plan.getIssuedBy());
        assertEquals("plan.error.issued", assertThrows(BusinessException.class,
                () -> plan.addActivity(talk(List.of()), "thpt.ngoquyen", NOW)).getMessageKey());
        assertEquals("plan.error.issued", assertThrows(BusinessException.class,
                () -> plan.describe("16/KH", LocalDate.now(), "thpt.ngoquyen", NOW)).getMessageKey());
        assertEquals("15/KH-THPTNQ", plan.getDocumentNumber());
    }

    @Test
    void aNewVersionStartsAsACopyAndTheIssuedOneStays() {
        UnitPlan first = UnitPlan.firstDraft(programme, school, "e", NOW);
        first.describe("15/KH-THPTNQ", LocalDate.of(2020, 3, 25), "e", NOW);
        first.addActivity(talk(List.of()), "e", NOW);
        assertEquals("plan.error.draftExists",
                assertThrows(BusinessException.class, () -> first.nextVersion("e", NOW)).getMessageKey());
        first.issue("h", NOW);

        UnitPlan second = first.nextVersion("e", NOW);
        assertEquals(2, second.getPlanVersion());
        assertFalse(second.isIssued());
        assertEquals(1, second.getActivities().size());
        assertEquals(null, second.getDocumentNumber());
        second.addActivity(talk(List.of()), "e", NOW);
        assertEquals(1, first.getActivities().size());
    }

    @Test
    void issuingNeedsTheDocumentAndAnActivity() {
        UnitPlan plan = UnitPlan.firstDraft(programme, school, "e", NOW);
        assertEquals("plan.error.issueNeedsDocument",
                assertThrows(BusinessException.class, () -> plan.issue("h", NOW)).getMessageKey());
        plan.describe("15/KH-THPTNQ", LocalDate.of(2020, 3, 25), "e", NOW);
        assertEquals("plan.error.issueNeedsActivities",
                assertThrows(BusinessException.class, () -> plan.issue("h", NOW)).getMessageKey());
        assertFalse(plan.isIssued());
    }

    @Test
    void activitiesSitUnderTheProgrammesTasksAndAimAtIndicatorsTheUnitReports() {
        UnitPlan plan = UnitPlan.firstDraft(programme, preschool, "e", NOW);
        ActivityDetails unknownTask = new ActivityDetails("IX.9", "Hoạt động", null, null, LocalDate.of(2020, 4, 1),
                LocalDate.of(2020, 4, 2), "Hiệu trưởng", null, List.of());
        assertEquals("plan.error.taskUnknown",
                assertThrows(BusinessException.class, () -> plan.addActivity(unknownTask, "e", NOW)).getMessageKey());
        assertEquals("plan.error.indicatorNotReported", assertThrows(BusinessException.class,
                () -> plan.addActivity(talk(List.of(new IndicatorTarget("BDG-17", BigDecimal.ONE))), "e", NOW))
                .getMessageKey());
        assertEquals("plan.error.targetTwice", assertThrows(BusinessException.class, () -> plan.addActivity(talk(List.of(
                new IndicatorTarget("BDG-19", BigDecimal.ONE), new IndicatorTarget("BDG-19", BigDecimal.TEN))), "e", NOW))
                .getMessageKey());
        ActivityDetails backwards = new ActivityDetails("I.1", "Hoạt động", null, null, LocalDate.of(2020, 4, 2),
                LocalDate.of(2020, 4, 1), "Hiệu trưởng", null, List.of());
        assertEquals("plan.error.endsBeforeStart",
                assertThrows(BusinessException.class, () -> plan.addActivity(backwards, "e", NOW)).getMessageKey());
        assertTrue(plan.getActivities().isEmpty());
    }

    @Test
    void onlyAUnitThePublishedProgrammeExpectsHasAPlan() throws ReflectiveOperationException {
        OrgUnit other = withId(OrgUnit.found("THPT-X", UnitType.THPT,
                new UnitDescription("Trường THPT X", "THPT X", "X", null, null), LocalDate.of(2015, 1, 1), null), 99L);
        assertEquals("plan.error.notExpected", assertThrows(BusinessException.class,
                () -> UnitPlan.firstDraft(programme, other, "e", NOW)).getMessageKey());
    }
}
