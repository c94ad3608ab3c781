package vn.bdg.application.board;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bdg.domain.model.org.UnitType;

/**
 * The board's counts for one round as of {@link #getToday()}: in total, per district (the units
 * directly under the Sở first, then the Phòng in Vietnamese order) and per unit type (in the tree's
 * order). Folded from the grouped rows the database counted, a few hundred at most.
 */
public final class BoardSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare;

    private final LocalDate today;
    private final Counts total = new Counts();
    private final List<GroupCounts<District>> districts;
    private final List<GroupCounts<UnitType>> unitTypes;

    private BoardSummary(LocalDate today, List<GroupedCount> rows) {
        this.today = today;
        Map<District, GroupCounts<District>> byDistrict = new LinkedHashMap<>();
        Map<UnitType, GroupCounts<UnitType>> byType = new EnumMap<>(UnitType.class);
        for (GroupedCount row : rows) {
            total.add(row.state(), row.timeliness(), row.units());
            byDistrict.computeIfAbsent(District.of(row.districtId(), row.districtName()), GroupCounts::new)
                    .getCounts().add(row.state(), row.timeliness(), row.units());
            byType.computeIfAbsent(row.unitType(), GroupCounts::new)
                    .getCounts().add(row.state(), row.timeliness(), row.units());
        }
        districts = new ArrayList<>(byDistrict.values());
        districts.sort(Comparator.comparing((GroupCounts<District> d) -> !d.getKey().isDirectToSo())
                .thenComparing(d -> d.getKey().isDirectToSo() ? "" : d.getKey().name(), VIETNAMESE));
        unitTypes = List.copyOf(byType.values());
    }

    static BoardSummary of(LocalDate today, List<GroupedCount> rows) {
        return new BoardSummary(today, rows);
    }

    /** The day the board judged "not yet due" against. */
    public LocalDate getToday() {
        return today;
    }

    public Counts getTotal() {
        return total;
    }

    public List<GroupCounts<District>> getDistricts() {
        return districts;
    }

    public List<GroupCounts<UnitType>> getUnitTypes() {
        return unitTypes;
    }
}
