package vn.bdg.domain.model.programme;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything that defines a reporting round. {@code dueIntermediate} is when units below the
 * intermediate level (schools under a Phòng) report to it; {@code dueTop} is when reports reach the
 * Sở. An addendum names the round it completes and the tasks it covers.
 */
public record RoundDefinition(
        String code,
        RoundKind kind,
        String name,
        LocalDate dataFrom,
        LocalDate dataTo,
        LocalDate dueTop,
        LocalDate dueIntermediate,
        String addendumTo,
        Set<String> taskScope) {

    public RoundDefinition {
        taskScope = taskScope == null ? Set.of() : Set.copyOf(taskScope);
        addendumTo = addendumTo == null || addendumTo.isBlank() ? null : addendumTo.trim();
    }
}
