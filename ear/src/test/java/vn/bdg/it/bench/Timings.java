package vn.bdg.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times a browser action repeatedly after a warm-up and writes the medians as a Markdown table. */
final class Timings {

    static final int WARM_UP = 3;
    static final int RUNS = 20;

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Runs {@code action} {@value #WARM_UP} + {@value #RUNS} times and records the last {@value #RUNS}. */
    void measure(String what, Runnable action) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(millis);
        long median = millis.get(millis.size() / 2);
        long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        rows.add("| " + what + " | " + median + " | " + p95 + " | " + millis.get(millis.size() - 1) + " |");
    }

    /** A line printed under the table. */
    void note(String line) {
        notes.add(line);
    }

    /** Prints the table and writes it to target/bench/{@code fileName}. */
    void report(String fileName) throws IOException {
        String table = "| What (" + RUNS + " runs after " + WARM_UP + " warm-up) | median ms | p95 ms | max ms |\n"
                + "|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n"
                + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
        System.out.println(table);
        Path out = Files.createDirectories(Path.of("target", "bench")).resolve(fileName);
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }
}
