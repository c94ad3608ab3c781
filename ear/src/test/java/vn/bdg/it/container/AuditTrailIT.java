package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.audit.RequestOrigin;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.account.LoginOutcome;
import vn.bdg.domain.model.audit.AuditChange;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The audit trail through the real services, on H2 and PostgreSQL: logins, evidence downloads and
 * extensions are recorded with who, when, from where and what changed; a subject's trail is read only by
 * reviewers of its unit, a person's only by a SYS_ADMIN; on PostgreSQL the database itself refuses to
 * change or remove an entry.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String DEMO_PASSWORD = "Demo@2020";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    RequestOrigin origin;

    @Inject
    AuthenticationService authentication;

    @Inject
    EvidenceService evidence;

    @Inject
    ReportService reports;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Resource(lookup = "jdbc/bdg")
    DataSource dataSource;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(BusinessClock.ZONE);
    }

    /** An address no other test or run uses, from the documentation range of IPv6. */
    private static String someAddress() {
        return "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffL) + ":" + Long.toHexString(
                (System.nanoTime() >>> 16) & 0xffffL);
    }

    private List<AuditEntry> trailOf(String username) {
        return audit.ofUser(actor("admin"), username, today(), today(), 0, AuditTrail.MAX_PAGE);
    }

    private static AuditEntry from(List<AuditEntry> entries, String address) {
        return entries.stream().filter(e -> e.getOrigin().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry from " + address + " in " + entries.size()));
    }

    @Test
    void everyLoginIsRecordedWithTheAddressItCameFromAndOnlyASysAdminReadsAPersonsTrail() {
        String failedFrom = someAddress();
        String succeededFrom = someAddress();
        assertEquals(LoginOutcome.WRONG_PASSWORD,
                authentication.authenticate("thpt.ngoquyen", "Sai@2020".toCharArray(), failedFrom));
        assertEquals(LoginOutcome.SUCCESS,
                authentication.authenticate(" THPT.NgoQuyen ", DEMO_PASSWORD.toCharArray(), succeededFrom));
        String stranger = "khong.co." + Long.toString(System.nanoTime(), 36);
        String strangerFrom = someAddress();
        authentication.authenticate(stranger, "x".toCharArray(), strangerFrom);

        List<AuditEntry> trail = trailOf("thpt.ngoquyen");
        AuditEntry succeeded = from(trail, succeededFrom);
        assertEquals(AuditKind.LOGIN, succeeded.getKind());
        assertEquals("thpt.ngoquyen", succeeded.getActor());
        assertEquals("audit.login.SUCCESS", succeeded.getMessageKey());
        assertEquals(AuditSubjects.ACCOUNT, succeeded.getSubjectType());
        assertEquals(actor("thpt.ngoquyen").accountId(), succeeded.getSubjectId());
        assertEquals("audit.login.WRONG_PASSWORD", from(trail, failedFrom).getMessageKey());
        assertTrue(trail.indexOf(succeeded) < trail.indexOf(from(trail, failedFrom)), "newest first");
        assertTrue(audit.countOfUser(actor("admin"), "thpt.ngoquyen", today(), today()) >= 2);
        assertEquals(List.of(), audit.ofUser(actor("admin"), "thpt.ngoquyen", today().minusDays(9),
                today().minusDays(1), 0, 10).stream().filter(e -> e.getOrigin().equals(succeededFrom)).toList());

        AuditEntry unknown = from(trailOf(stranger), strangerFrom);
        assertEquals("audit.login.UNKNOWN_USER", unknown.getMessageKey());
        assertNull(unknown.getSubjectId());

        for (String notAdmin : List.of("so.ctrtt", "phong.lechan", "thpt.ngoquyen", "hieutruong.ngoquyen")) {
            assertThrows(AccessDeniedException.class,
                    () -> audit.ofUser(actor(notAdmin), "thpt.ngoquyen", today(), today(), 0, 10), notAdmin);
            assertThrows(AccessDeniedException.class,
                    () -> audit.countOfUser(actor(notAdmin), "thpt.ngoquyen", today(), today()), notAdmin);
        }
    }

    @Test
    void anEvidenceDownloadIsRecordedFromTheRequestsAddressAndReadOnlyByReviewersOfItsUnit() {
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, actor("so.ctrtt"), year);
        Actor editor = actor("thpt.ngoquyen");
        Actor head = actor("hieutruong.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, programmeId, "6T-" + year, unitId);
        Attachment minutes = evidence.attachToReport(editor, reportId, "bien-ban-hop.pdf",
                "%PDF-1.4\n% biên bản họp".getBytes(StandardCharsets.UTF_8));
        String headAt = someAddress();

        origin.set(headAt);
        evidence.download(head, minutes.getId());
        assertThrows(NotFoundException.class, () -> evidence.download(actor("phong.lechan"), minutes.getId()));

        Actor soReviewer = actor("so.ctrtt");
        List<AuditEntry> trail = audit.ofSubject(soReviewer, AuditSubjects.ATTACHMENT, minutes.getId(), 0, 10);
        assertEquals(1, trail.size(), "a refused download is not recorded");
        AuditEntry download = trail.get(0);
        assertEquals(AuditKind.DOWNLOAD, download.getKind());
        assertEquals("hieutruong.ngoquyen", download.getActor());
        assertEquals(headAt, download.getOrigin());
        assertEquals(unitId, download.getUnitId());
        assertEquals("audit.download.evidence", download.getMessageKey());
        assertEquals(List.of("bien-ban-hop.pdf"), download.getArguments());
        assertEquals(1, audit.countOfSubject(soReviewer, AuditSubjects.ATTACHMENT, minutes.getId()));
        assertEquals(1, audit.ofSubject(actor("admin"), AuditSubjects.ATTACHMENT, minutes.getId(), 0, 10).size());

        assertThrows(NotFoundException.class,
                () -> audit.ofSubject(actor("phong.lechan"), AuditSubjects.ATTACHMENT, minutes.getId(), 0, 10),
                "a reviewer of another district");
        assertThrows(NotFoundException.class,
                () -> audit.countOfSubject(actor("phong.lechan"), AuditSubjects.ATTACHMENT, minutes.getId()));
        assertThrows(AccessDeniedException.class,
                () -> audit.ofSubject(editor, AuditSubjects.ATTACHMENT, minutes.getId(), 0, 10), "the unit's editor");
        assertThrows(AccessDeniedException.class,
                () -> audit.ofSubject(head, AuditSubjects.ATTACHMENT, minutes.getId(), 0, 10), "the unit's head");
        assertEquals(List.of(), audit.ofSubject(soReviewer, AuditSubjects.REPORT, Long.MAX_VALUE, 0, 10),
                "nothing recorded yet");
        assertThrows(AccessDeniedException.class,
                () -> audit.ofSubject(editor, AuditSubjects.REPORT, Long.MAX_VALUE, 0, 10));
    }

    @Test
    void anExtensionIsRecordedWithTheDueDateBeforeAndAfter() {
        Actor so = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, so, year);
        String code = "6T-" + year;
        OrgUnit ngoQuyen = org.unitByCode(so, "THPT-NGOQUYEN");

        programmes.extend(so, programmeId, code, ngoQuyen.getId(), LocalDate.of(year, 6, 10), "Trường là điểm thi");
        programmes.extend(so, programmeId, code, ngoQuyen.getId(), LocalDate.of(year, 6, 20), "Mất điện kéo dài");

        ReportingRound round = programmes.programme(so, programmeId).round(code);
        List<AuditEntry> trail = audit.ofSubject(so, AuditSubjects.ROUND, round.getId(), 0, 10);
        assertEquals(2, trail.size());
        AuditEntry latest = trail.get(0);
        assertEquals(AuditKind.EXTENSION, latest.getKind());
        assertEquals("so.ctrtt", latest.getActor());
        assertEquals(AuditEntry.SERVER, latest.getOrigin(), "the tests' module sets no address, as for a timer");
        assertEquals(ngoQuyen.getId(), latest.getUnitId());
        assertEquals(List.of(round.getName(), ngoQuyen.getName(), "Mất điện kéo dài"), latest.getArguments());
        assertEquals(List.of(AuditChange.of("dueDate", "10/06/" + year, "20/06/" + year)), latest.getChanges());
        assertEquals(List.of(AuditChange.of("dueDate", "31/05/" + year, "10/06/" + year)), trail.get(1).getChanges());

        assertThrows(NotFoundException.class,
                () -> audit.ofSubject(actor("phong.lechan"), AuditSubjects.ROUND, round.getId(), 0, 10));
        assertEquals(2, audit.ofUser(actor("admin"), "so.ctrtt", today(), today(), 0, AuditTrail.MAX_PAGE).stream()
                .filter(e -> e.getKind() == AuditKind.EXTENSION && round.getId().equals(e.getSubjectId())).count());
    }

    /** Only in the PostgreSQL run (the H2 run excludes this tag): H2 in Payara cannot load trigger classes. */
    @Test
    @Tag("postgresql-only")
    void onPostgresqlTheDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertTrue(connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
            authentication.authenticate("admin", "Sai@2020".toCharArray(), someAddress());
            String newest = "(SELECT MAX(id) FROM audit_entry)";
            for (String change : List.of(
                    "UPDATE audit_entry SET actor = 'someone.else' WHERE id = " + newest,
                    "UPDATE audit_entry SET origin = '10.0.0.1'",
                    "DELETE FROM audit_entry WHERE id = " + newest,
                    "TRUNCATE audit_entry CASCADE",
                    "TRUNCATE audit_argument",
                    "TRUNCATE audit_change")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }
}
