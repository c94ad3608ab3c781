package vn.bdg.it.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The Payara domain the current test run deploys to (as src/server/test-domains.sh names it), for the
 * tests that must restart it or cut it off: each call returns once the application answers again, so
 * the classes after it find the server as before. Its database survives both.
 */
public final class TestDomain {

    private static final Duration START = Duration.ofMinutes(5);

    private TestDomain() {
    }

    public static String name() {
        return "bdg-it-" + System.getProperty("bdg.it.database", "h2");
    }

    /** {@code asadmin restart-domain}: an orderly stop, then a start. */
    public static void restart(URL application) throws IOException, InterruptedException {
        asadmin("restart-domain");
        awaitApplication(application);
    }

    /** A crash: the domain's JVM is killed with SIGKILL, as a power cut would, then started again. */
    public static void killAndStart(URL application) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(domainDir().resolve("config/pid"), StandardCharsets.UTF_8).trim());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).redirectErrorStream(true).start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -9 " + pid + ": " + new String(kill.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        while (Files.exists(Path.of("/proc", Long.toString(pid)))) {
            Thread.sleep(100);
        }
        System.out.println("Domain " + name() + " (pid " + pid + ") killed with SIGKILL");
        asadmin("start-domain");
        awaitApplication(application);
    }

    private static void asadmin(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", serverDir().resolve("payara6/bin/asadmin").toString(), command,
                name()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("asadmin " + command + " " + name() + ": " + output);
        }
    }

    private static void awaitApplication(URL application) throws IOException, InterruptedException {
        URL ready = new URL(application, "/health/ready");
        long deadline = System.nanoTime() + START.toNanos();
        while (status(ready) != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the application did not answer within " + START + " of the start");
            }
            Thread.sleep(1_000);
        }
        System.out.println("Domain " + name() + " is up; the application answers again");
    }

    private static int status(URL url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static Path serverDir() {
        return Path.of(System.getProperty("bdg.it.serverDir", "target/it-server"));
    }

    private static Path domainDir() {
        return serverDir().resolve("payara6/glassfish/domains").resolve(name());
    }
}
