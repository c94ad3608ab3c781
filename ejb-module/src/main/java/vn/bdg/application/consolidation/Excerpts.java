package vn.bdg.application.consolidation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bdg.application.consolidation.CountedNarratives.NarrativeSize;

/**
 * Which units' narratives the consolidated report quotes under a task, and how much of each. The
 * report quotes a few units, not all of them, so the choice must not depend on the order the database
 * returns rows in: the longest narratives are taken (the units that wrote most about the task), ties by
 * unit name as Vietnamese sort it, then by report. A quotation is cut at a word boundary and marked
 * with an ellipsis, so that it never ends in half a word.
 */
final class Excerpts {

    /** The most a quotation may be, ellipsis included. */
    static final int MAX_LENGTH = 300;
    /** The most units quoted under one task. */
    static final int PER_TASK = 3;

    private static final String ELLIPSIS = "…";
    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare;
    private static final Comparator<NarrativeSize> CHOICE = Comparator.comparingInt(NarrativeSize::length).reversed()
            .thenComparing(NarrativeSize::unitName, VIETNAMESE)
            .thenComparingLong(NarrativeSize::reportId);

    private Excerpts() {
    }

    /** Per task code, the narratives to quote, at most {@link #PER_TASK}, in the order they are quoted. */
    static Map<String, List<NarrativeSize>> choose(List<NarrativeSize> narratives) {
        Map<String, List<NarrativeSize>> chosen = new LinkedHashMap<>();
        narratives.stream().sorted(CHOICE).forEach(narrative -> {
            List<NarrativeSize> ofTask = chosen.computeIfAbsent(narrative.taskCode(), task -> new ArrayList<>());
            if (ofTask.size() < PER_TASK) {
                ofTask.add(narrative);
            }
        });
        return chosen;
    }

    /**
     * The text as it is when it fits in {@code max} characters; otherwise as many whole words as fit
     * with the ellipsis, without a comma or colon dangling before it. A single word longer than that
     * is cut inside, but never between the two halves of a character outside the Basic Multilingual Plane.
     */
    static String cut(String text, int max) {
        String plain = text.strip();
        if (plain.length() <= max) {
            return plain;
        }
        int room = max - ELLIPSIS.length();
        int end = room;
        while (end > 0 && !Character.isWhitespace(plain.charAt(end))) {
            end--;
        }
        if (end == 0) {
            end = Character.isLowSurrogate(plain.charAt(room)) ? room - 1 : room;
        }
        String kept = plain.substring(0, end).stripTrailing().replaceFirst("[\\s,;:.\\-–—]+$", "");
        return kept + ELLIPSIS;
    }
}
