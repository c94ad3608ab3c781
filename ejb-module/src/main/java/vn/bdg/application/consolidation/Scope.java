package vn.bdg.application.consolidation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Arrays;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.domain.model.org.UnitType;

/**
 * Which part of a round's consolidated results a table shows, written as the consolidation tables key
 * it: the whole round (key {@link ScopeKind#WHOLE}), one district (the Phòng's unit id, or
 * {@link ScopeKind#DIRECT_TO_SO} for the units directly under the Sở) or one unit type (its name).
 */
public record Scope(@NotNull ScopeKind kind, @NotNull String key) implements Serializable {

    public static Scope whole() {
        return new Scope(ScopeKind.ALL, ScopeKind.WHOLE);
    }

    public static Scope district(long districtId) {
        return new Scope(ScopeKind.DISTRICT, String.valueOf(districtId));
    }

    public static Scope type(UnitType type) {
        return new Scope(ScopeKind.TYPE, type.name());
    }

    /** Whether the key fits the kind; parameters that do not are refused before any query. */
    @AssertTrue
    public boolean isWellFormed() {
        if (kind == null || key == null) {
            return true;
        }
        return switch (kind) {
            case ALL -> key.equals(ScopeKind.WHOLE);
            case DISTRICT -> key.matches("\\d{1,18}");
            case TYPE -> Arrays.stream(UnitType.values()).anyMatch(type -> type.name().equals(key));
        };
    }

    public boolean isWhole() {
        return kind == ScopeKind.ALL;
    }

    public boolean isDistrict() {
        return kind == ScopeKind.DISTRICT;
    }

    /** The Phòng's id of a district scope (0 for the units directly under the Sở), otherwise null. */
    public Long districtId() {
        return isDistrict() ? Long.valueOf(key) : null;
    }

    public boolean isDirectToSo() {
        return isDistrict() && ScopeKind.DIRECT_TO_SO.equals(key);
    }

    /** The unit type of a type scope, otherwise null. */
    public UnitType unitType() {
        return kind == ScopeKind.TYPE ? UnitType.valueOf(key) : null;
    }
}
