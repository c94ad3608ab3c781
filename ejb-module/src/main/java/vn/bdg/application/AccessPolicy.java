package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.RoleGrant;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * Who may see and change which units: every role is held on a subtree, and a person sees the union of
 * their subtrees. Every service asks here before it reads or writes, so hiding a menu item is never the
 * only barrier.
 */
@Stateless
public class AccessPolicy {

    private static final String ANY_ROLE = "%";

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccountRepository accounts;

    /** The units the actor holds a role on directly, whatever the role. */
    public List<OrgUnit> grantedUnits(Actor actor) {
        return accounts.find(actor.accountId()).stream()
                .flatMap(account -> account.getGrants().stream())
                .map(RoleGrant::getScope)
                .distinct()
                .toList();
    }

    /** The units on which the actor holds {@code role} by a grant of its own (not through an ancestor). */
    public Set<Long> grantScopes(Actor actor, Role role) {
        return accounts.find(actor.accountId()).stream()
                .flatMap(account -> account.getGrants().stream())
                .filter(grant -> grant.getRole() == role)
                .map(grant -> grant.getScope().getId())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Every unit the actor may see on {@code day}, whatever their role. */
    public Set<Long> visibleUnits(Actor actor, LocalDate day) {
        return units.grantedSubtreesOn(actor.accountId(), ANY_ROLE, day);
    }

    /** Every unit on which the actor holds {@code role}, directly or through an ancestor, on {@code day}. */
    public Set<Long> unitsWithRole(Actor actor, Role role, LocalDate day) {
        return units.grantedSubtreesOn(actor.accountId(), role.name(), day);
    }

    /** Refuses a unit the actor may not see, as if it did not exist. */
    public void requireVisible(Actor actor, long unitId, LocalDate day) {
        if (!visibleUnits(actor, day).contains(unitId)) {
            throw new NotFoundException();
        }
    }

    public void requireRole(Actor actor, Role role, long unitId, LocalDate day) {
        if (!unitsWithRole(actor, role, day).contains(unitId)) {
            throw new AccessDeniedException();
        }
    }

    public boolean holdsRoleAnywhere(Actor actor, Role role, LocalDate day) {
        return !unitsWithRole(actor, role, day).isEmpty();
    }
}
