package vn.bdg.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.ImportResult;
import vn.bdg.application.internal.UnitRowsImporter;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.infrastructure.importing.TabularFile;

/**
 * Fills an empty database on first start. Profile {@code demo} (set by the run command and the tests)
 * loads the Hải Phòng 2020 organisation tree, one account per role, all with the documented demo
 * password and an address at the reserved domain haiphong.example, the 2020 programme and the 2019 one
 * before it ({@link DemoProgramme}), and the reports the units sent in their 6-month and annual rounds
 * ({@link DemoReports}). Any other profile is production: it creates only the root unit and one
 * SYS_ADMIN whose password the operator supplies in {@code bdg.admin.password} (environment
 * BDG_ADMIN_PASSWORD); there is no default production password, so without one nobody is created and
 * the log says why.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class Bootstrap {

    public static final String DEMO_PASSWORD = "Demo@2020";

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
    private static final String DEMO_UNITS = "/demo/hp-2020-units.csv";
    private static final String CAMPAIGN_ADMIN = "so.ctrtt";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record DemoAccount(String username, String fullName, Map<Role, String> grants) {
        String email() {
            return username + "@haiphong.example";
        }
    }

    private static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", Map.of(Role.SYS_ADMIN, "SGD-HP")),
            new DemoAccount("so.ctrtt", "Chuyên viên Phòng Chính trị Tư tưởng",
                    Map.of(Role.CAMPAIGN_ADMIN, "SGD-HP", Role.REVIEWER, "SGD-HP")),
            new DemoAccount("phong.lechan", "Chuyên viên Phòng GD&ĐT Lê Chân",
                    Map.of(Role.REVIEWER, "PGD-LECHAN", Role.UNIT_EDITOR, "PGD-LECHAN")),
            new DemoAccount("truongphong.lechan", "Trưởng phòng GD&ĐT Lê Chân", Map.of(Role.UNIT_HEAD, "PGD-LECHAN")),
            new DemoAccount("th.anbien", "Thư ký Ban VSTBPN TH An Biên", Map.of(Role.UNIT_EDITOR, "TH-LECHAN-01")),
            new DemoAccount("hieutruong.anbien", "Hiệu trưởng TH An Biên", Map.of(Role.UNIT_HEAD, "TH-LECHAN-01")),
            new DemoAccount("thpt.ngoquyen", "Thư ký Ban VSTBPN THPT Ngô Quyền",
                    Map.of(Role.UNIT_EDITOR, "THPT-NGOQUYEN")),
            new DemoAccount("hieutruong.ngoquyen", "Hiệu trưởng THPT Ngô Quyền",
                    Map.of(Role.UNIT_HEAD, "THPT-NGOQUYEN")));

    @Inject
    @ConfigProperty(name = "bdg.profile", defaultValue = "production")
    private String profile;

    @Inject
    @ConfigProperty(name = "bdg.admin.password")
    private Optional<String> adminPassword;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private UnitRowsImporter importer;

    @Inject
    private BusinessClock clock;

    @Inject
    private DemoProgramme demoProgramme;

    @Inject
    private DemoReports demoReports;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @PostConstruct
    void fillEmptyDatabase() {
        if (units.count() > 0) {
            return;
        }
        if ("demo".equals(profile)) {
            loadDemo();
        } else {
            createProductionAdmin();
        }
    }

    private void loadDemo() {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        OrgUnit root = OrgUnit.found("SGD-HP", UnitType.SO, new UnitDescription("Sở Giáo dục và Đào tạo Hải Phòng",
                "Sở GD&ĐT Hải Phòng", "SGDĐT", "10 Lạch Tray, Ngô Quyền, Hải Phòng", "sogddt@haiphong.edu.vn"),
                LocalDate.of(2015, 1, 1), null);
        units.store(root);
        ImportResult result = importer.importLines(TabularFile.read(demoUnits()), unit -> true);
        if (!result.accepted()) {
            throw new IllegalStateException("The demo units do not import: " + result.problems());
        }
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            UserAccount account = UserAccount.create(demo.username(), demo.fullName(), demo.email(),
                    DEMO_PASSWORD.toCharArray(), clock.now());
            demo.grants().forEach((role, code) ->
                    account.grant(role, units.findByCode(code).orElseThrow(), "demo", clock.now()));
            accounts.store(account);
        }
        Programme current = demoProgramme.load(root, CAMPAIGN_ADMIN);
        Programme previous = demoProgramme.loadPreviousYear(root, CAMPAIGN_ADMIN);
        Map<ReportStatus, Integer> reports = demoReports.fill(List.of(previous, current));
        // A past year is closed for entry once its reports are in, so nobody is reminded of 2019.
        previous.getRounds().forEach(ReportingRound::closeForEntry);
        String loaded = "Demo data loaded: " + (result.imported() + 1) + " units, " + DEMO_ACCOUNTS.size()
                + " accounts (password " + DEMO_PASSWORD + "), programmes " + current.label() + " and "
                + previous.label() + ", " + reports.values().stream().mapToInt(Integer::intValue).sum()
                + " unit reports in their 6-month and annual rounds " + reports;
        // The CPU time of this thread, which also writes to an embedded H2, tells the load's own cost
        // apart from a busy machine's.
        afterCommit(() -> LOG.info(() -> loaded + ", in " + (System.nanoTime() - started) / 1_000_000 + " ms ("
                + (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000 + " ms of CPU)"));
    }

    /** Runs {@code task} once the transaction has committed, so that a time it logs includes the writing. */
    private void afterCommit(Runnable task) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before; only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    task.run();
                }
            }
        });
    }

    private void createProductionAdmin() {
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.severe("Empty database and no bdg.admin.password (BDG_ADMIN_PASSWORD) set: no administrator"
                    + " was created. Set it and restart to create the first SYS_ADMIN 'admin'.");
            return;
        }
        OrgUnit root = OrgUnit.found("SGD", UnitType.SO,
                new UnitDescription("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "SGDĐT", null, null),
                LocalDate.of(2015, 1, 1), null);
        units.store(root);
        UserAccount admin = UserAccount.create("admin", "Quản trị hệ thống", null,
                adminPassword.get().toCharArray(), clock.now());
        admin.grant(Role.SYS_ADMIN, root, "bootstrap", clock.now());
        accounts.store(admin);
        LOG.info("First start: created the root unit and the SYS_ADMIN account 'admin'.");
    }

    private static byte[] demoUnits() {
        try (InputStream in = Bootstrap.class.getResourceAsStream(DEMO_UNITS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
