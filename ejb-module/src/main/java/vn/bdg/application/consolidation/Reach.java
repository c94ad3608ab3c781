package vn.bdg.application.consolidation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.shared.AccessDeniedException;

/**
 * How much of a round's results a person sees. Whoever holds REVIEWER, CAMPAIGN_ADMIN, UNIT_HEAD or
 * VIEWER on the programme's issuer or a unit above it sees the whole round: every scope, every district
 * and unit type, the national targets. Whoever holds REVIEWER, UNIT_HEAD or VIEWER on a Phòng below the
 * issuer sees that district and the reports counted in it, nothing of the whole round or of other
 * districts. Anybody else sees nothing.
 */
record Reach(boolean wholeRound, Set<Long> districts) {

    /** The roles that read a round's results, from the Sở's level. */
    static final Set<Role> WHOLE_ROUND_ROLES = EnumSet.of(Role.REVIEWER, Role.CAMPAIGN_ADMIN, Role.UNIT_HEAD, Role.VIEWER);

    /** The roles that read their own district's results, at a Phòng. */
    static final Set<Role> DISTRICT_ROLES = EnumSet.of(Role.REVIEWER, Role.UNIT_HEAD, Role.VIEWER);

    Reach {
        districts = Set.copyOf(districts);
    }

    /** Whether the person holds any role that could read results at all; asked before anything is looked up. */
    static boolean mayRead(AccessPolicy access, Actor actor) {
        return WHOLE_ROUND_ROLES.stream().anyMatch(role -> !access.grantScopes(actor, role).isEmpty());
    }

    /**
     * The reach on {@code day}, from the person's own grants (a role held on a unit covers its subtree):
     * refused when it is empty.
     */
    static Reach of(AccessPolicy access, Actor actor, Programme programme, LocalDate day) {
        Set<Long> issuerAndAbove = lineage(programme.getIssuer(), day);
        boolean whole = WHOLE_ROUND_ROLES.stream()
                .anyMatch(role -> access.grantScopes(actor, role).stream().anyMatch(issuerAndAbove::contains));
        if (whole) {
            return new Reach(true, Set.of());
        }
        Set<Long> districtGrants = new HashSet<>();
        DISTRICT_ROLES.forEach(role -> districtGrants.addAll(access.grantScopes(actor, role)));
        Set<Long> districts = access.grantedUnits(actor).stream()
                .filter(unit -> unit.getType() == UnitType.PHONG && districtGrants.contains(unit.getId()))
                .filter(phong -> lineage(phong, day).contains(programme.getIssuer().getId()))
                .map(OrgUnit::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        if (districts.isEmpty()) {
            throw new AccessDeniedException();
        }
        return new Reach(false, districts);
    }

    /** The unit and its ancestors on {@code day}; stopping at a unit seen twice guards against a cycle. */
    private static Set<Long> lineage(OrgUnit unit, LocalDate day) {
        Set<Long> ids = new HashSet<>();
        Optional<OrgUnit> at = Optional.of(unit);
        while (at.isPresent() && ids.add(at.get().getId())) {
            at = at.get().parentOn(day);
        }
        return ids;
    }

    /** Refuses a scope outside the reach. */
    void require(Scope scope) {
        if (!allows(scope)) {
            throw new AccessDeniedException();
        }
    }

    boolean allows(Scope scope) {
        return wholeRound || scope.isDistrict() && districts.contains(scope.districtId());
    }

    /** The district keys a list may show: null for all of them. */
    Set<String> districtKeys() {
        return wholeRound ? null : districts.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    List<Long> districtList() {
        return List.copyOf(new TreeSet<>(districts));
    }
}
