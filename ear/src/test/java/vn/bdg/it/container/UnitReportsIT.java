package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.plan.ActivityForm;
import vn.bdg.application.plan.PlanService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.ReportEntry;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.report.ProgressStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * A school's report through the real services, on H2 and PostgreSQL: Vietnamese numbers, drafts saved
 * whatever the checks find, a second save from an older form refused naming who saved, submission only
 * without errors and only by the head, stamped late after the due date; invisible to another district.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class UnitReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(UnitReportsIT.class);
    }

    @Inject
    ReportService reports;

    @Inject
    EvidenceService evidence;

    @Inject
    PlanService plans;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }


    @Test
    void draftsKeepWhatWasTypedConflictsNameTheOtherEditorAndSubmissionIsStamped() {
        Actor admin = actor("so.ctrtt");
        int pastYear = 2016 + (int) (System.nanoTime() % 4);
        long programmeId = TestProgrammes.published(programmes, admin, pastYear);
        String round = "6T-" + pastYear;
        Actor editor = actor("thpt.ngoquyen");
        Actor head = actor("hieutruong.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();

        long reportId = reports.open(editor, programmeId, round, unitId);
        assertEquals(reportId, reports.open(editor, programmeId, round, unitId));
        assertThrows(AccessDeniedException.class, () -> reports.open(head, programmeId, round, unitId));

        int opened = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();
        UnitReport first = reports.record(editor, reportId, opened, Map.of("BDG-01", "1.000", "BDG-01.nu", "1.200"));
        assertEquals(0, new BigDecimal("1000").compareTo(first.value("BDG-01")));
        assertTrue(first.check().blocksSubmission(), "Nữ above Tổng is an error, but the draft is saved");
        int saved = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();

        BusinessException conflict = assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, saved - 1, Map.of("BDG-01", "5")));
        assertEquals("report.error.conflict", conflict.getMessageKey());
        assertEquals("thpt.ngoquyen", conflict.getArguments().get(0));
        BusinessException ambiguous = assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, saved, Map.of("BDG-01", "12.5")));
        assertEquals("number.error.dotNotThousands", ambiguous.getMessageKey());
        assertTrue(ambiguous.getArguments().get(0).toString().startsWith("BDG-01"));
        assertEquals(0, new BigDecimal("1200").compareTo(
                reports.find(editor, programmeId, round, unitId).orElseThrow().value("BDG-01.nu")), "nothing half-saved");

        byte[] minutes = "%PDF-1.4\n% biên bản họp Ban VSTBPN".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Attachment attached = evidence.attachToReport(editor, reportId, "bien-ban-hop.pdf", minutes);
        assertEquals(1, evidence.ofReport(head, reportId).size());
        assertThrows(AccessDeniedException.class,
                () -> evidence.attachToReport(head, reportId, "bien-ban-hop.pdf", minutes), "the head does not edit");

        BusinessException withErrors = assertThrows(BusinessException.class, () -> reports.submit(head, reportId));
        assertEquals("report.error.hasErrors", withErrors.getMessageKey());
        reports.record(editor, reportId, saved, TestProgrammes.completeSchoolReport());
        assertThrows(AccessDeniedException.class, () -> reports.submit(editor, reportId), "only the head submits");
        UnitReport submitted = reports.submit(head, reportId);
        assertTrue(submitted.isSubmitted());
        assertTrue(submitted.getLate(), "due 31/05/" + pastYear + ": accepted and marked late");
        BusinessException locked = assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, submitted.getVersion(), TestProgrammes.completeSchoolReport()));
        assertEquals("report.error.submitted", locked.getMessageKey());

        assertEquals("report.error.submitted", assertThrows(BusinessException.class,
                () -> evidence.attachToReport(editor, reportId, "muon.pdf", minutes)).getMessageKey());

        Actor otherDistrict = actor("phong.lechan");
        assertThrows(NotFoundException.class, () -> evidence.download(otherDistrict, attached.getId()));
        assertThrows(NotFoundException.class, () -> evidence.ofReport(otherDistrict, reportId));
        assertThrows(NotFoundException.class, () -> reports.find(otherDistrict, programmeId, round, unitId));
        assertThrows(NotFoundException.class, () -> reports.record(otherDistrict, reportId, 0, TestProgrammes.completeSchoolReport()));
    }

    @Test
    void aReportBeforeItsDueDateIsOnTimeAndCellsOutsideTheFormAreRefused() {
        Actor admin = actor("so.ctrtt");
        int futureYear = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, admin, futureYear);
        String round = "6T-" + futureYear;
        Actor editor = actor("thpt.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, programmeId, round, unitId);
        int opened = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();

        assertEquals("report.error.cellUnknown", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, opened, Map.of("BDG-05", "50"))).getMessageKey(), "derived");
        assertEquals("report.error.cellUnknown", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, opened, Map.of("BDG-18.nu", "2"))).getMessageKey(), "no female part");
        assertEquals("report.error.yesNo", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, opened, Map.of("BDG-29", "2"))).getMessageKey());

        reports.record(editor, reportId, opened, TestProgrammes.completeSchoolReport(), Map.of("I.1",
                "<p>Đã tổ chức <strong>3 buổi</strong> nói chuyện.</p><script>alert(1)</script>", "II.2", "<p><br></p>"));
        UnitReport saved = reports.find(editor, programmeId, round, unitId).orElseThrow();
        assertEquals(Map.of("I.1", "<p>Đã tổ chức <strong>3 buổi</strong> nói chuyện.</p>"), saved.getNarratives());
        UnitReport submitted = reports.submit(actor("hieutruong.ngoquyen"), reportId);
        assertFalse(submitted.getLate());
        assertEquals(0, new BigDecimal("66.66666666666667")
                .compareTo(submitted.check().derived().get("BDG-05").setScale(14, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void progressOfTheIssuedPlansActivitiesIsSavedWithTheReportAndRefusedForOtherActivities() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, admin, year);
        String round = "6T-" + year;
        Actor editor = actor("thpt.ngoquyen");
        Actor head = actor("hieutruong.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, programmeId, round, unitId);
        int opened = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();

        ActivityForm talk = new ActivityForm();
        talk.setTaskCode("I.1");
        talk.setTitle("Nói chuyện chuyên đề Luật Bình đẳng giới");
        talk.setPlannedFrom(LocalDate.of(year, 4, 6));
        talk.setPlannedTo(LocalDate.of(year, 4, 6));
        talk.setResponsible("Bí thư Đoàn trường");
        talk.addTarget();
        talk.getTargets().get(0).setIndicatorCode("BDG-19");
        talk.getTargets().get(0).setValue(new BigDecimal("600"));
        long planId = plans.draft(editor, programmeId, unitId);
        plans.describe(editor, planId, "15/KH-THPTNQ", LocalDate.of(year, 3, 25));
        plans.addActivity(editor, planId, talk);
        long activityId = plans.versions(editor, programmeId, unitId).get(0).getActivities().get(0).getId();

        ReportEntry early = ReportEntry.ofCells(Map.of()).withProgress(Map.of(activityId,
                new ReportEntry.Progress(ProgressStatus.IN_PROGRESS, null, Map.of())));
        assertEquals("report.error.planNotIssued", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, opened, early)).getMessageKey(), "a draft plan has no progress yet");

        plans.issue(head, planId);
        assertEquals(activityId, reports.issuedPlan(editor, programmeId, unitId).orElseThrow().getActivities().get(0).getId());
        ReportEntry entry = ReportEntry.ofCells(Map.of("BDG-19", "1.200", "BDG-19.nu", "640"))
                .withProgress(Map.of(activityId, new ReportEntry.Progress(ProgressStatus.DONE,
                        "  Tổ chức ngày 06/4 cho khối 10  ", Map.of("BDG-19", "612"))));
        reports.record(editor, reportId, opened, entry);
        UnitReport saved = reports.find(head, programmeId, round, unitId).orElseThrow();
        assertEquals(ProgressStatus.DONE, saved.progressOf(activityId).orElseThrow().getStatus());
        assertEquals("Tổ chức ngày 06/4 cho khối 10", saved.progressOf(activityId).orElseThrow().getNote());
        assertEquals(0, new BigDecimal("612").compareTo(saved.actualOf(activityId, "BDG-19")));
        assertEquals(0, new BigDecimal("1200").compareTo(saved.value("BDG-19")), "values saved with the progress");

        ReportEntry untargeted = ReportEntry.ofCells(Map.of()).withProgress(Map.of(activityId,
                new ReportEntry.Progress(ProgressStatus.DONE, null, Map.of("BDG-07", "5"))));
        assertEquals("report.error.actualWithoutTarget", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, saved.getVersion(), untargeted)).getMessageKey());
        ReportEntry fractional = ReportEntry.ofCells(Map.of()).withProgress(Map.of(activityId,
                new ReportEntry.Progress(ProgressStatus.DONE, null, Map.of("BDG-19", "12,5"))));
        assertEquals("number.error.countWithComma", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, saved.getVersion(), fractional)).getMessageKey());
        ReportEntry foreign = ReportEntry.ofCells(Map.of()).withProgress(Map.of(activityId + 100_000,
                new ReportEntry.Progress(ProgressStatus.DONE, null, Map.of())));
        assertEquals("report.error.activityUnknown", assertThrows(BusinessException.class,
                () -> reports.record(editor, reportId, saved.getVersion(), foreign)).getMessageKey());
        UnitReport unchanged = reports.find(editor, programmeId, round, unitId).orElseThrow();
        assertEquals(saved.getVersion(), unchanged.getVersion(), "a refused save leaves nothing half-saved");
        assertEquals(ProgressStatus.DONE, unchanged.progressOf(activityId).orElseThrow().getStatus());
        assertThrows(NotFoundException.class, () -> reports.issuedPlan(actor("phong.lechan"), programmeId, unitId));

        long revisedPlan = plans.draft(editor, programmeId, unitId);
        plans.describe(editor, revisedPlan, "27/KH-THPTNQ", LocalDate.of(year, 5, 2));
        plans.issue(head, revisedPlan);
        long revisedActivityId = reports.issuedPlan(editor, programmeId, unitId).orElseThrow()
                .getActivities().get(0).getId();
        assertTrue(revisedActivityId != activityId, "a new plan version has its own activities");
        reports.record(editor, reportId, unchanged.getVersion(), ReportEntry.ofCells(Map.of("BDG-19", "1.200"))
                .withProgress(Map.of(revisedActivityId, new ReportEntry.Progress(ProgressStatus.IN_PROGRESS, null, Map.of()))));
        UnitReport revised = reports.find(editor, programmeId, round, unitId).orElseThrow();
        assertEquals(ProgressStatus.IN_PROGRESS, revised.progressOf(revisedActivityId).orElseThrow().getStatus());
        assertEquals(ProgressStatus.DONE, revised.progressOf(activityId).orElseThrow().getStatus(),
                "what was reported on the earlier plan version is kept");
        assertEquals(0, new BigDecimal("612").compareTo(revised.actualOf(activityId, "BDG-19")));
    }
}
