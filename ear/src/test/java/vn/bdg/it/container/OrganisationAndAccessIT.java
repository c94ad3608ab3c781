package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.AccountService;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.ImportResult;
import vn.bdg.application.OrgService;
import vn.bdg.application.UnitForm;
import vn.bdg.application.UnitImportService;
import vn.bdg.application.UnitNode;
import vn.bdg.domain.model.account.LoginOutcome;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The organisation tree and its access rules through the real services, in Payara, on the database of
 * the run (H2, then PostgreSQL). Starts from the demo data; what a test creates carries a unique code.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class OrganisationAndAccessIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(OrganisationAndAccessIT.class);
    }

    @Inject
    OrgService org;

    @Inject
    UnitImportService imports;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void demoTreeHasTheSoWithFourteenPhongAndTheirSchools() {
        Actor admin = actor("admin");
        List<UnitNode> roots = org.roots(admin, TODAY);
        assertEquals(1, roots.size());
        assertEquals("SGD-HP", roots.get(0).code());
        List<UnitNode> underSo = org.children(admin, roots.get(0).id(), TODAY);
        assertEquals(14, underSo.stream().filter(u -> u.type() == UnitType.PHONG).count());
        assertTrue(underSo.stream().filter(u -> u.type() == UnitType.THPT).count() >= 57);
        for (int i = 1; i < underSo.size(); i++) {
            assertTrue(underSo.get(i - 1).type().compareTo(underSo.get(i).type()) <= 0, "siblings grouped by type");
        }
        assertEquals(UnitType.SO_OFFICE, underSo.get(0).type());
        OrgUnit leChan = org.unitByCode(admin, "PGD-LECHAN");
        assertTrue(org.children(admin, leChan.getId(), TODAY).size() >= 22);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        Actor admin = actor("admin");
        assertTrue(names(org.search(admin, "le chan", TODAY)).contains("Phòng Giáo dục và Đào tạo quận Lê Chân"));
        assertTrue(names(org.search(admin, "DUONG KINH", TODAY)).contains("Phòng Giáo dục và Đào tạo quận Dương Kinh"));
        assertEquals(names(org.search(admin, "đồ sơn", TODAY)), names(org.search(admin, "do son", TODAY)));
    }

    @Test
    void aDistrictReviewerSeesOnlyTheirDistrict() {
        Actor reviewer = actor("phong.lechan");
        List<UnitNode> roots = org.roots(reviewer, TODAY);
        assertEquals(List.of("PGD-LECHAN"), roots.stream().map(UnitNode::code).toList());
        assertTrue(org.search(reviewer, "ngo quyen", TODAY).stream().noneMatch(u -> u.code().equals("THPT-NGOQUYEN")));
        long ngoQuyen = org.unitByCode(actor("admin"), "THPT-NGOQUYEN").getId();
        assertThrows(NotFoundException.class, () -> org.unit(reviewer, ngoQuyen));
        long so = org.unitByCode(actor("admin"), "SGD-HP").getId();
        assertThrows(NotFoundException.class, () -> org.children(reviewer, so, TODAY));
        assertThrows(AccessDeniedException.class, () -> org.create(reviewer, roots.get(0).id(), form(unique("X-"))));
    }

    @Test
    void anImportWithOneBadRowSavesNothingAndNamesTheRow() {
        Actor admin = actor("admin");
        String good = unique("IT-GOOD-");
        String alsoGood = unique("IT-GOOD2-");
        String csv = String.join("\n",
                "code,parent_code,type,name,short_name,symbol,address,email,valid_from",
                good + ",PGD-LECHAN,TH,Trường Tiểu học Thử Nghiệm,TH Thử Nghiệm,THTN,,,01/09/2020",
                alsoGood + "," + good + ",MN,Trường Mầm non Thử Nghiệm,,,,,01/09/2020",
                unique("IT-BAD-") + ",NO-SUCH-PARENT,TH,Trường lỗi,,,,,31/02/2020");
        ImportResult refused = imports.importUnits(admin, csv.getBytes(StandardCharsets.UTF_8));
        assertFalse(refused.accepted());
        assertTrue(refused.problems().stream().allMatch(p -> p.row() == 4));
        assertTrue(refused.problems().stream().anyMatch(p -> p.column().equals("parent_code")));
        assertTrue(refused.problems().stream().anyMatch(p -> p.column().equals("valid_from")));
        assertThrows(NotFoundException.class, () -> org.unitByCode(admin, good));

        String valid = csv.substring(0, csv.lastIndexOf('\n'));
        ImportResult accepted = imports.importUnits(admin, valid.getBytes(StandardCharsets.UTF_8));
        assertTrue(accepted.accepted(), () -> accepted.problems().toString());
        assertEquals(2, accepted.imported());
        assertEquals("PGD-LECHAN", org.unitByCode(admin, good).parentOn(TODAY).orElseThrow().getCode());
        assertEquals(good, org.unitByCode(admin, alsoGood).parentOn(TODAY).orElseThrow().getCode());
    }

    @Test
    void movingAndClosingKeepTheHistory() {
        Actor admin = actor("admin");
        long leChan = org.unitByCode(admin, "PGD-LECHAN").getId();
        long ngoQuyen = org.unitByCode(admin, "PGD-NGOQUYEN").getId();
        OrgUnit unit = org.create(admin, leChan, form(unique("IT-MOVE-")));
        LocalDate moveDay = LocalDate.of(2024, 9, 1);
        unit = org.move(admin, unit.getId(), unit.getVersion(), ngoQuyen, moveDay);
        long id = unit.getId();
        assertTrue(org.children(admin, leChan, moveDay.minusDays(1)).stream().anyMatch(u -> u.id() == id));
        assertTrue(org.children(admin, leChan, moveDay).stream().noneMatch(u -> u.id() == id));
        assertTrue(org.children(admin, ngoQuyen, moveDay).stream().anyMatch(u -> u.id() == id));

        OrgUnit moved = unit;
        BusinessException cycle = assertThrows(BusinessException.class,
                () -> org.move(admin, ngoQuyen, org.unitByCode(admin, "PGD-NGOQUYEN").getVersion(), id, TODAY));
        assertEquals("org.error.moveUnderDescendant", cycle.getMessageKey());

        OrgUnit closed = org.close(admin, id, moved.getVersion(), TODAY, "Sáp nhập");
        assertTrue(closed.isClosed());
        assertEquals(2, org.unit(admin, id).getParentLinks().size());
        assertTrue(org.children(admin, ngoQuyen, TODAY.plusDays(1)).stream().noneMatch(u -> u.id() == id));
    }

    @Test
    void aDistrictAdministratorManagesOnlyTheirDistrict() {
        Actor admin = actor("admin");
        String username = unique("it.admin.").toLowerCase();
        UserAccount account = accounts.create(admin, username, "Quản trị quận Dương Kinh", null,
                "Secret2020x".toCharArray());
        long duongKinh = org.unitByCode(admin, "PGD-DUONGKINH").getId();
        accounts.grant(admin, account.getId(), Role.SYS_ADMIN, duongKinh);
        Actor districtAdmin = actor(username);

        long so = org.unitByCode(admin, "SGD-HP").getId();
        assertThrows(AccessDeniedException.class, () -> accounts.grant(districtAdmin, account.getId(), Role.VIEWER, so));
        assertTrue(accounts.search(districtAdmin, "").stream().noneMatch(a -> a.getUsername().equals("so.ctrtt")));
        ImportResult outside = imports.importUnits(districtAdmin, String.join("\n",
                "code,parent_code,type,name,short_name,symbol,address,email,valid_from",
                unique("IT-OUT-") + ",SGD-HP,THPT,Trường THPT Ngoài Phạm Vi,,,,,01/01/2021")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("import.error.parentNotAllowed", outside.problems().get(0).messageKey());
        assertTrue(org.canManage(districtAdmin, duongKinh));
        assertFalse(org.canManage(districtAdmin, so));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEveryAttemptIsAudited() {
        Actor admin = actor("admin");
        String username = unique("it.lock.").toLowerCase();
        UserAccount account = accounts.create(admin, username, "Khóa Thử", null, "Right2020x".toCharArray());
        accounts.grant(admin, account.getId(), Role.VIEWER, org.unitByCode(admin, "PGD-LECHAN").getId());
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginOutcome.WRONG_PASSWORD,
                    authentication.authenticate(username, "Wrong2020x".toCharArray(), "192.0.2.7"));
        }
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(username, "Right2020x".toCharArray(), "192.0.2.7"));
        var attempts = accounts.loginAttempts(admin, username, java.time.Duration.ofHours(1));
        assertEquals(6, attempts.size());
        assertEquals("192.0.2.7", attempts.get(0).getRemoteAddress());
        assertEquals(LoginOutcome.LOCKED, attempts.get(0).getOutcome());

        accounts.resetPassword(admin, account.getId(), "Fresh2020x".toCharArray());
        assertEquals(LoginOutcome.SUCCESS, authentication.authenticate(username, "Fresh2020x".toCharArray(), null));
    }

    private static UnitForm form(String code) {
        return new UnitForm(code, UnitType.TH, new UnitDescription("Trường Tiểu học " + code, null, null, null, null),
                LocalDate.of(2020, 1, 1));
    }

    private static List<String> names(List<UnitNode> nodes) {
        return nodes.stream().map(UnitNode::name).toList();
    }
}
