package vn.bdg.application.consolidation;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import vn.bdg.domain.model.consolidation.ScopeKind;

/**
 * The order areas are listed in: the whole round, then the districts (the units directly under the Sở
 * first, then the Phòng in Vietnamese alphabetical order, as the timeliness board lists them), then the
 * unit types in the tree's order.
 */
final class AreaOrder {

    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare;

    static final Comparator<Area> AREAS = Comparator.comparing((Area area) -> area.scope().kind())
            .thenComparing(area -> !area.scope().isDirectToSo())
            .thenComparing(area -> area.name() == null ? "" : area.name(), VIETNAMESE)
            .thenComparing(area -> area.scope().kind() == ScopeKind.TYPE ? area.scope().unitType().ordinal() : 0)
            .thenComparing(area -> area.scope().key());

    private AreaOrder() {
    }
}
