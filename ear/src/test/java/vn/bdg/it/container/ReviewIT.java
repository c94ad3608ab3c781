package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.application.report.ReportService;
import vn.bdg.application.review.ReviewService;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.domain.model.report.ReportCriteria;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.model.report.ValueChange;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * Review up the tree through the real services, on H2 and PostgreSQL, with a programme that
 * consolidates at the Phòng: a school submits, its Phòng returns it with a field comment, the school
 * resubmits and the change is shown, the Phòng accepts; the Sở may neither accept a Phòng's school nor
 * be bypassed; the Phòng submits only once its schools are accepted or marked missing, with its figures
 * summed from the accepted ones; the Sở accepts the Phòng and may reopen it with a reason.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReviewIT.class);
    }

    @Inject
    ReportService reports;

    @Inject
    ReviewService review;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    @Inject
    AuditTrail audit;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** Published to the primary schools and the Phòng, consolidating at the Phòng. */
    private long consolidatingProgramme(Actor admin, int year) {
        ProgrammeForm form = new ProgrammeForm();
        form.setYear(year);
        form.setLetterNumber(String.valueOf(System.nanoTime() % 1_000_000));
        form.setLetterSymbol("SGDĐT-CTrTT");
        form.setIssuedOn(LocalDate.of(year, 3, 1));
        form.setPlace("Hải Phòng");
        form.setSubject("V/v triển khai thực hiện công tác bình đẳng giới năm " + year);
        form.setSigningAuthority(SigningAuthority.KT);
        form.setAuthorityTitle("GIÁM ĐỐC");
        form.setSignerTitle("PHÓ GIÁM ĐỐC");
        form.setSignerName("Nguyễn Văn Thử");
        form.setReporterTypes(List.of(UnitType.TH, UnitType.PHONG));
        form.setIntermediateLevel(true);
        long id = programmes.create(admin, form);
        programmes.loadDefaultCatalogue(admin, id);
        RoundForm round = RoundForm.defaults(RoundKind.SIX_MONTH, year);
        round.setCode("6T-" + year);
        round.setName("Báo cáo sơ kết 6 tháng đầu năm " + year);
        round.setDueIntermediate(LocalDate.of(year, 5, 25));
        round.setDueTop(LocalDate.of(year, 5, 31));
        programmes.addRound(admin, id, round);
        programmes.publish(admin, id);
        return id;
    }

    /** Every mandatory indicator of a primary school, coherent. */
    private static Map<String, String> complete() {
        Map<String, String> typed = new HashMap<>();
        typed.put("BDG-01", "60");
        typed.put("BDG-01.nu", "50");
        typed.put("BDG-02", "3");
        typed.put("BDG-02.nu", "2");
        typed.put("BDG-03", "1");
        typed.put("BDG-04", "1");
        typed.put("BDG-07", "45");
        typed.put("BDG-07.nu", "40");
        typed.put("BDG-09", "20");
        typed.put("BDG-09.nu", "16");
        typed.put("BDG-16", "900");
        typed.put("BDG-16.nu", "430");
        typed.put("BDG-18", "4");
        typed.put("BDG-19", "700");
        typed.put("BDG-19.nu", "380");
        typed.put("BDG-29", "1");
        typed.put("BDG-34", "1");
        typed.put("BDG-45", "1");
        typed.put("BDG-49", "0");
        typed.put("BDG-50", "0");
        return typed;
    }

    @Test
    void aSchoolIsReturnedFixedAndAcceptedThenThePhongSubmitsItsTotalsAndTheSoAcceptsAndReopens() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long programmeId = consolidatingProgramme(admin, year);
        String round = "6T-" + year;
        Actor schoolEditor = actor("th.anbien");
        Actor schoolHead = actor("hieutruong.anbien");
        Actor phong = actor("phong.lechan");
        Actor phongHead = actor("truongphong.lechan");
        long school = org.unitByCode(schoolEditor, "TH-LECHAN-01").getId();
        long phongUnit = org.unitByCode(phong, "PGD-LECHAN").getId();

        long schoolReport = reports.open(schoolEditor, programmeId, round, school);
        reports.record(schoolEditor, schoolReport, version(schoolEditor, programmeId, round, school), complete());
        reports.submit(schoolHead, schoolReport);

        assertEquals(1, review.inboxCount(phong, programmeId, round, new ReportCriteria(ReportStatus.SUBMITTED, null, null), null));
        assertEquals(0, review.inboxCount(admin, programmeId, round, ReportCriteria.any(), phongUnit),
                "the Sở's inbox holds the Phòng, not its schools");
        assertThrows(AccessDeniedException.class, () -> review.accept(admin, schoolReport), "the Sở does not bypass the Phòng");
        assertEquals("review.error.commentRequired", assertThrows(BusinessException.class,
                () -> review.returnToUnit(phong, schoolReport, " ", Map.of())).getMessageKey());
        review.returnToUnit(phong, schoolReport, "Số giáo viên nữ chưa khớp hồ sơ.",
                Map.of("BDG-07.nu", "Kiểm tra lại: hồ sơ có 41 giáo viên nữ.", "I.1", "Bổ sung minh chứng."));
        UnitReport returned = reports.find(schoolEditor, programmeId, round, school).orElseThrow();
        assertEquals(ReportStatus.RETURNED, returned.getStatus());
        assertEquals("Kiểm tra lại: hồ sơ có 41 giáo viên nữ.", returned.getFieldComments().get("BDG-07.nu"));

        Map<String, String> fixed = new HashMap<>(complete());
        fixed.put("BDG-07.nu", "41");
        reports.record(schoolEditor, schoolReport, returned.getVersion(), fixed);
        reports.submit(schoolHead, schoolReport);
        UnitReport resubmitted = reports.find(phong, programmeId, round, school).orElseThrow();
        assertEquals(2, resubmitted.getSubmissionNumber());
        List<ValueChange> changes = resubmitted.changesSincePreviousSubmission();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("BDG-07.nu", changes.get(0).cell());
        assertEquals(0, new BigDecimal("41").compareTo(changes.get(0).after()));

        long phongReport = reports.open(phong, programmeId, round, phongUnit);
        BusinessException pending = assertThrows(BusinessException.class, () -> reports.submit(phongHead, phongReport));
        assertEquals("report.error.schoolsPending", pending.getMessageKey());

        review.accept(phong, schoolReport);
        assertEquals("report.error.submitted", assertThrows(BusinessException.class, () -> reports.record(schoolEditor,
                schoolReport, version(schoolEditor, programmeId, round, school), fixed)).getMessageKey(), "accepted is locked");
        int marked = review.markRemainingMissing(phong, programmeId, round, phongUnit, "Hết hạn tổng hợp của Phòng.");
        assertTrue(marked > 0, "Lê Chân has more primary schools than An Biên");
        assertEquals(marked, review.inboxCount(phong, programmeId, round, new ReportCriteria(ReportStatus.MISSING, null, null), null));

        reports.record(phong, phongReport, version(phong, programmeId, round, phongUnit),
                Map.of("BDG-01", "999", "BDG-29", "1", "BDG-34", "1", "BDG-45", "1"));
        UnitReport phongSaved = reports.find(phong, programmeId, round, phongUnit).orElseThrow();
        assertEquals(0, new BigDecimal("60").compareTo(phongSaved.value("BDG-01")), "typed totals give way to the schools' sums");
        assertEquals(0, new BigDecimal("41").compareTo(phongSaved.value("BDG-07.nu")));
        assertEquals(0, BigDecimal.ONE.compareTo(phongSaved.value("BDG-29")), "yes/no answers are the Phòng's own");
        UnitReport phongSubmitted = reports.submit(phongHead, phongReport);
        assertEquals(ReportStatus.SUBMITTED, phongSubmitted.getStatus());

        assertThrows(AccessDeniedException.class, () -> review.accept(phong, phongReport), "a Phòng does not accept itself");
        review.accept(admin, phongReport);
        assertTrue(review.mayReopen(admin, reports.find(admin, programmeId, round, school).orElseThrow()),
                "the Sở, above the Phòng, may reopen a school the Phòng accepted");
        assertFalse(review.mayReopen(phong, reports.find(phong, programmeId, round, school).orElseThrow()),
                "the Phòng that accepted it may not");
        assertEquals("review.error.reasonRequired", assertThrows(BusinessException.class,
                () -> review.reopen(admin, phongReport, "")).getMessageKey());
        review.reopen(admin, phongReport, "Số liệu BDG-19 cần đối chiếu lại.");
        UnitReport reopened = reports.find(phong, programmeId, round, phongUnit).orElseThrow();
        assertEquals(ReportStatus.RETURNED, reopened.getStatus());
        assertEquals("Số liệu BDG-19 cần đối chiếu lại.", reopened.getReviewComment());

        List<AuditEntry> trail = audit.ofSubject(phong, AuditSubjects.REPORT, schoolReport, 0, 100);
        assertTrue(trail.stream().anyMatch(e -> e.getKind() == AuditKind.VALUE_CHANGE && e.getActor().equals("th.anbien")
                && e.getChanges().stream().anyMatch(c -> c.getField().equals("BDG-07.nu") && "40".equals(c.getBefore())
                        && "41".equals(c.getAfter()))), "the fix is in the trail with before and after");
        assertEquals(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"), trail.stream()
                .filter(e -> e.getKind() == AuditKind.STATUS_CHANGE)
                .sorted(java.util.Comparator.comparing(AuditEntry::getId))
                .map(e -> e.getChanges().get(0).getAfter()).toList());
        assertThrows(AccessDeniedException.class, () -> audit.ofSubject(schoolEditor, AuditSubjects.REPORT, schoolReport, 0, 10));
    }

    private int version(Actor actor, long programmeId, String round, long unitId) {
        return reports.find(actor, programmeId, round, unitId).orElseThrow().getVersion();
    }
}
