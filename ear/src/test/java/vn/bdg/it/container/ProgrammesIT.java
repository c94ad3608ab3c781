package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.NoticeService;
import vn.bdg.application.OrgService;
import vn.bdg.application.programme.IndicatorForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.model.notice.NoticeTopic;
import vn.bdg.domain.model.notice.OutgoingMail;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeStatus;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * Programmes through the real services, in Payara, on H2 and on PostgreSQL: the demo programme of 2020,
 * creating and publishing a new one, what publishing refuses afterwards, bad input that saves nothing,
 * copying, extensions, and access from units the programme does not concern.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ProgrammesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ProgrammesIT.class);
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    NoticeService notices;

    @Inject
    NoticeRepository noticeRepository;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    private Programme demo2020(Actor who) {
        return programmes.programmes(who).stream().filter(p -> p.getYear() == 2020).findFirst().orElseThrow();
    }

    private static IndicatorForm count(String code, String task) {
        IndicatorForm form = new IndicatorForm();
        form.setCode(code);
        form.setTaskCode(task);
        form.setNameVi("Chỉ tiêu thử " + code);
        form.setNameEn("Test indicator " + code);
        form.setUnitVi("người");
        form.setUnitEn("persons");
        form.setKind(IndicatorKind.SNAPSHOT);
        form.setUnitTypes(List.of(UnitType.THPT));
        return form;
    }

    private static void refused(String messageKey, Executable action) {
        BusinessException refusal = assertThrows(BusinessException.class, action);
        assertEquals(messageKey, refusal.getMessageKey());
    }

    @Test
    void theDemoProgrammeOf2020IsPublishedToEveryUnitBelowTheSo() {
        Actor admin = actor("so.ctrtt");
        Programme programme = programmes.programme(admin, demo2020(admin).getId());
        assertEquals("571/SGDĐT-CTrTT", programme.getLetter().reference());
        assertEquals("KT. GIÁM ĐỐC", programme.getLetter().authorityLine());
        assertEquals("72/KH-UBND", programme.getLegalBases().get(0).getDocumentNumber());
        assertEquals(ProgrammeStatus.PUBLISHED, programme.getStatus());
        assertEquals(60, programme.getIndicators().size());
        assertEquals(11, programme.getTasks().size());
        assertEquals(List.of("6T-2020", "NAM-2020", "THD-2020"),
                programme.getRounds().stream().map(ReportingRound::getCode).toList());
        assertEquals(LocalDate.of(2020, 11, 30), programme.round("NAM-2020").getDueTop());
        assertEquals(LocalDate.of(2020, 6, 14), programme.round("6T-2020").getDataTo());
        assertEquals("NAM-2020", programme.round("THD-2020").getAddendumToCode());

        OrgUnit so = org.unitByCode(admin, "SGD-HP");
        OrgUnit ngoQuyen = org.unitByCode(admin, "THPT-NGOQUYEN");
        OrgUnit leChan = org.unitByCode(admin, "PGD-LECHAN");
        assertFalse(programme.expects(so.getId()));
        assertTrue(programme.expects(ngoQuyen.getId()));
        assertTrue(programme.expects(leChan.getId()));
        assertTrue(programme.getExpectedUnits().size() > 780, "every school, centre and Phòng");

        Actor school = actor("thpt.ngoquyen");
        assertEquals(programme.getId(), demo2020(school).getId());
        assertTrue(notices.latest(school).stream().anyMatch(n -> n.getTopic() == NoticeTopic.PROGRAMME_PUBLISHED
                && n.getArguments().get(0).equals("571/SGDĐT-CTrTT")));
    }

    @Test
    void publishingAnnouncesToTheExpectedUnitsOnlyAndQueuesTheirMail() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long id = TestProgrammes.draft(programmes, admin, year);
        assertEquals(ProgrammeStatus.DRAFT, programmes.programme(admin, id).getStatus());
        assertThrows(NotFoundException.class, () -> programmes.programme(actor("thpt.ngoquyen"), id),
                "a draft is invisible to units");

        assertEquals(60, programmes.loadDefaultCatalogue(admin, id));
        programmes.addRound(admin, id, TestProgrammes.sixMonth(year));
        int before = noticeRepository.mailsTo("thpt.ngoquyen@haiphong.example").size();
        int expected = programmes.publish(admin, id);
        assertTrue(expected >= 57 && expected < 80, "THPT schools only: " + expected);

        Actor school = actor("thpt.ngoquyen");
        assertEquals(id, programmes.programme(school, id).getId());
        assertTrue(notices.latest(school).stream().anyMatch(n -> n.getLink().endsWith("id=" + id)));
        List<OutgoingMail> mails = noticeRepository.mailsTo("thpt.ngoquyen@haiphong.example");
        assertEquals(before + 1, mails.size());
        OutgoingMail mail = mails.get(mails.size() - 1);
        assertTrue(mail.getSubject().contains("SGDĐT-CTrTT"), mail.getSubject());
        assertTrue(mail.getBody().contains("Trường THPT Ngô Quyền") || mail.getBody().contains("Ngô Quyền"), mail.getBody());
        assertTrue(mail.getBody().contains("31/05/" + year), mail.getBody());

        Actor district = actor("phong.lechan");
        assertThrows(NotFoundException.class, () -> programmes.programme(district, id),
                "the programme expects no unit of Lê Chân");
        assertTrue(notices.latest(district).stream().noneMatch(n -> n.getLink().endsWith("id=" + id)));
        assertThrows(AccessDeniedException.class, () -> programmes.publish(school, id));
        assertThrows(AccessDeniedException.class, () -> programmes.removeIndicator(school, id, "BDG-01"));
    }

    @Test
    void afterPublishingChangesThatWouldInvalidateEnteredDataAreRefusedAndAdditionsVersioned() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long id = TestProgrammes.draft(programmes, admin, year);
        programmes.loadDefaultCatalogue(admin, id);
        programmes.addRound(admin, id, TestProgrammes.sixMonth(year));
        programmes.publish(admin, id);

        IndicatorForm staff = IndicatorForm.of(programmes.programme(admin, id).indicator("BDG-01"));
        staff.setKind(IndicatorKind.FLOW);
        refused("programme.error.publishedKindChange", () -> programmes.changeIndicator(admin, id, staff));
        IndicatorForm split = IndicatorForm.of(programmes.programme(admin, id).indicator("BDG-01"));
        split.setDimensions("");
        refused("programme.error.publishedDisaggregationChange", () -> programmes.changeIndicator(admin, id, split));
        refused("programme.error.publishedIndicatorRemoval", () -> programmes.removeIndicator(admin, id, "BDG-19"));
        refused("programme.error.publishedRoundRemoval", () -> programmes.removeRound(admin, id, "6T-" + year));

        Programme unchanged = programmes.programme(admin, id);
        assertEquals(IndicatorKind.SNAPSHOT, unchanged.indicator("BDG-01").getKind());
        assertEquals(1, unchanged.indicator("BDG-01").getDimensions().size());
        assertEquals(60, unchanged.getIndicators().size());
        assertEquals(1, unchanged.getCatalogueVersion());

        IndicatorForm renamed = IndicatorForm.of(unchanged.indicator("BDG-01"));
        renamed.setNameVi("Tổng số cán bộ, giáo viên, nhân viên");
        programmes.changeIndicator(admin, id, renamed);
        programmes.addIndicator(admin, id, count("HP-01", "I.1"));
        Programme changed = programmes.programme(admin, id);
        assertEquals("Tổng số cán bộ, giáo viên, nhân viên", changed.indicator("BDG-01").getNameVi());
        assertEquals(2, changed.indicator("HP-01").getSinceVersion());
        assertEquals(2, changed.getCatalogueVersion());
        assertEquals(1, changed.indicator("BDG-01").getSinceVersion());
    }

    @Test
    void badInputGetsItsMessageAndSavesNothing() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long id = TestProgrammes.draft(programmes, admin, year);
        programmes.addTask(admin, id, null, "I", "Các nhiệm vụ chủ yếu", null);
        programmes.addIndicator(admin, id, count("BDG-02", "I"));

        refused("programme.error.taskCodeDuplicate", () -> programmes.addTask(admin, id, null, "I", "Lặp", null));
        refused("programme.error.indicatorCodeDuplicate", () -> programmes.addIndicator(admin, id, count("BDG-02", "I")));
        IndicatorForm unknown = count("BDG-05", "I");
        unknown.setKind(IndicatorKind.DERIVED);
        unknown.setSexSplit(false);
        unknown.setFormula("100 * (BDG-03 + BDG-04) / BDG-02");
        refused("programme.error.formulaUnknownIndicator", () -> programmes.addIndicator(admin, id, unknown));
        IndicatorForm share = count("BDG-05", "I");
        share.setKind(IndicatorKind.DERIVED);
        share.setSexSplit(false);
        share.setFormula("BDG-02 / 2");
        programmes.addIndicator(admin, id, share);
        IndicatorForm loop = count("BDG-06", "I");
        loop.setKind(IndicatorKind.DERIVED);
        loop.setSexSplit(false);
        loop.setFormula("BDG-05 + 1");
        programmes.addIndicator(admin, id, loop);
        share.setFormula("BDG-06 * 2");
        refused("programme.error.formulaCycle", () -> programmes.changeIndicator(admin, id, share));

        RoundForm backwards = TestProgrammes.sixMonth(year);
        backwards.setDataTo(backwards.getDataFrom().minusDays(1));
        refused("programme.error.windowEndsBeforeStart", () -> programmes.addRound(admin, id, backwards));
        RoundForm early = TestProgrammes.sixMonth(year);
        early.setDueTop(early.getDataFrom().minusDays(1));
        refused("programme.error.dueBeforeWindow", () -> programmes.addRound(admin, id, early));

        Programme saved = programmes.programme(admin, id);
        assertEquals(1, saved.getTasks().size());
        assertEquals(3, saved.getIndicators().size());
        assertEquals("BDG-02 / 2", saved.indicator("BDG-05").getFormula());
        assertTrue(saved.getRounds().isEmpty());
        assertEquals(1, saved.getRules().size(), "only Nữ ≤ Tổng of BDG-02");
    }

    @Test
    void aCopyForTheNextYearIsAnEditableDraftAndTheOriginalStaysAsItWas() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long id = TestProgrammes.draft(programmes, admin, year);
        programmes.loadDefaultCatalogue(admin, id);
        programmes.addRound(admin, id, TestProgrammes.sixMonth(year));
        programmes.publish(admin, id);

        long copyId = programmes.copyToNextYear(admin, id);
        Programme copy = programmes.programme(admin, copyId);
        assertEquals(year + 1, copy.getYear());
        assertEquals(ProgrammeStatus.DRAFT, copy.getStatus());
        assertNull(copy.getLetter().getNumber());
        assertEquals(60, copy.getIndicators().size());
        assertEquals(LocalDate.of(year + 1, 5, 31), copy.round("6T-" + year).getDueTop());
        programmes.removeIndicator(admin, copyId, "BDG-19");
        refused("programme.error.alreadyCopied", () -> programmes.copyToNextYear(admin, id));

        Programme original = programmes.programme(admin, id);
        assertEquals(60, original.getIndicators().size());
        assertEquals(LocalDate.of(year, 5, 31), original.round("6T-" + year).getDueTop());
        assertEquals(59, programmes.programme(admin, copyId).getIndicators().size());
    }

    @Test
    void aReviewerExtendsAUnitsDeadlineOnRecordAndOnlyForExpectedUnits() {
        Actor admin = actor("so.ctrtt");
        Programme programme = demo2020(admin);
        OrgUnit ngoQuyen = org.unitByCode(admin, "THPT-NGOQUYEN");
        refused("programme.error.extensionNotAfterDue", () -> programmes.extend(admin, programme.getId(), "6T-2020",
                ngoQuyen.getId(), LocalDate.of(2020, 5, 30), "Ốm"));
        refused("programme.error.extensionReasonRequired", () -> programmes.extend(admin, programme.getId(),
                "6T-2020", ngoQuyen.getId(), LocalDate.of(2020, 6, 10), " "));
        programmes.extend(admin, programme.getId(), "6T-2020", ngoQuyen.getId(), LocalDate.of(2020, 6, 10),
                "Trường là điểm thi, xin lùi hạn");

        Programme reloaded = programmes.programme(admin, programme.getId());
        ReportingRound round = reloaded.round("6T-2020");
        assertEquals(LocalDate.of(2020, 6, 10), reloaded.dueFor(round, ngoQuyen));
        assertEquals("so.ctrtt", round.latestExtension(ngoQuyen.getId()).orElseThrow().getGrantedBy());
        OrgUnit other = org.unitByCode(admin, "THPT-TRANPHU");
        assertEquals(LocalDate.of(2020, 5, 31), reloaded.dueFor(round, other));

        OrgUnit so = org.unitByCode(admin, "SGD-HP");
        refused("programme.error.extensionNotExpected", () -> programmes.extend(admin, programme.getId(), "6T-2020",
                so.getId(), LocalDate.of(2020, 6, 10), "Không thuộc diện báo cáo"));
        Actor school = actor("thpt.ngoquyen");
        assertThrows(AccessDeniedException.class, () -> programmes.extend(school, programme.getId(), "6T-2020",
                ngoQuyen.getId(), LocalDate.of(2020, 7, 1), "Tự gia hạn"));
        assertTrue(notices.latest(school).stream().anyMatch(n -> n.getTopic() == NoticeTopic.DEADLINE_EXTENDED));
    }
}
