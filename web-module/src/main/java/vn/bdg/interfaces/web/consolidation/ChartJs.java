package vn.bdg.interfaces.web.consolidation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.bdg.application.consolidation.ChartData;

/** A results chart as the Chart.js bar-chart configuration p:chart takes, in JSON. */
final class ChartJs {

    /** Each series keeps its colour on every chart; on time, late, missing and pending as on the board. */
    private static final Map<String, String> COLOURS = Map.of(
            "female", "#db2777", "male", "#2563eb", "total", "#0d9488", "femaleShare", "#db2777",
            "unitShare", "#7c3aed", "ON_TIME", "#22c55e", "LATE", "#f59e0b", "MISSING", "#ef4444",
            "PENDING", "#9ca3af");

    private ChartJs() {
    }

    /**
     * {@code seriesLabel} names a series by its key in the person's language; the axes write numbers as
     * {@code locale} does ("2.500" in Vietnamese). Percentages are drawn on an axis to 100, counts on an
     * axis of whole numbers.
     */
    static String bar(ChartData chart, Function<String, String> seriesLabel, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ChartData.Series series : chart.series()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (BigDecimal value : series.values()) {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", seriesLabel.apply(series.key())).add("data", values)
                    .add("backgroundColor", COLOURS.getOrDefault(series.key(), "#6b7280")));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", chart.stacked()).add("beginAtZero", true);
        if (chart.percent()) {
            y.add("max", 100);
        } else {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", locale.toLanguageTag())
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", chart.stacked()))
                                .add("y", y)))
                .build().toString();
    }
}
