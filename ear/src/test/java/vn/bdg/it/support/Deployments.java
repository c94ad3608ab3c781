package vn.bdg.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: always the EAR exactly as the build made it. In-container tests
 * add one extra web module holding their own test classes (and nothing of the application), so the
 * application's modules, descriptors and security stay as in production.
 */
public final class Deployments {

    private static final ArchivePath APPLICATION_XML = ArchivePaths.create("META-INF/application.xml");

    private Deployments() {
    }

    /** The built EAR, unchanged. */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("bdg.it.ear", "target/bdg.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The built EAR plus a web module "bdg-tests" with the given test class's package. */
    public static EnterpriseArchive applicationWithTests(Class<?> testClass) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "bdg-tests.war")
                .addPackage(testClass.getPackage())
                .addClass(PostgresqlAvailable.class)
                .addClass(FormCells.class)
                .addClass(TestDomain.class)
                .addClass(SeededRound.class)
                .addClass(SeededRound.Unit.class)
                .addClass(SeededRound.Seeded.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        Testable.archiveToTest(tests);
        ear.addAsModule(tests);
        String original = read(ear);
        int afterLastModule = original.lastIndexOf("</module>") + "</module>".length();
        String applicationXml = original.substring(0, afterLastModule)
                + "<module><web><web-uri>bdg-tests.war</web-uri><context-root>/bdg-tests</context-root></web></module>"
                + original.substring(afterLastModule);
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    private static String read(EnterpriseArchive ear) {
        try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
