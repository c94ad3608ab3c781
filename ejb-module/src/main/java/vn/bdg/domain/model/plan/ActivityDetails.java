package vn.bdg.domain.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What describes one planned activity, as entered. */
public record ActivityDetails(
        String taskCode,
        String title,
        String description,
        String targetGroup,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        String responsible,
        BigDecimal budget,
        List<IndicatorTarget> targets) {

    public ActivityDetails {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
