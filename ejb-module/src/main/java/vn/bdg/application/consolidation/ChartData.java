package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a results chart shows: one label per bar group and one series per kind of bar, each series named
 * by a key the page translates and colours ("female", "male", "total", "femaleShare", "unitShare",
 * "ON_TIME", "LATE", "MISSING", "PENDING"). {@code percent} says the values are percentages (an axis to
 * 100), {@code stacked} that the series add up to a whole.
 */
public record ChartData(List<String> labels, List<Series> series, boolean stacked, boolean percent)
        implements Serializable {

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** One kind of bar: a value per label, null where there is none. */
    public record Series(String key, List<BigDecimal> values) implements Serializable {
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
