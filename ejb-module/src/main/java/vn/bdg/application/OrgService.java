package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.domain.shared.SearchKeys;

/**
 * Browsing and maintaining the organisation tree. Everybody sees the subtrees they hold a role on;
 * only a SYS_ADMIN changes units, and only inside their SYS_ADMIN subtree.
 */
@Stateless
public class OrgService {

    private static final int SEARCH_LIMIT = 200;

    /** Vietnamese alphabetical order (Ă, Â, Đ … are letters of their own), tones as secondary differences. */
    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare;
    private static final Comparator<UnitNode> TREE_ORDER = Comparator.comparing(UnitNode::type)
            .thenComparing(UnitNode::shortName, VIETNAMESE);

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    /** The top units of what the actor may see on {@code day}: each is in the actor's view, its parent is not. */
    public List<UnitNode> roots(@NotNull Actor actor, @NotNull LocalDate day) {
        Set<Long> visible = access.visibleUnits(actor, day);
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit granted : access.grantedUnits(actor)) {
            boolean parentVisible = granted.parentOn(day).map(p -> visible.contains(p.getId())).orElse(false);
            if (!parentVisible && granted.isValidOn(day) && !roots.contains(granted)) {
                roots.add(granted);
            }
        }
        roots.sort(Comparator.comparing(OrgUnit::getName, VIETNAMESE));
        return nodes(roots, day);
    }

    /**
     * The children on {@code day}, grouped by unit type (offices, Phòng, schools, centres), then by
     * the short name the tree shows.
     */
    public List<UnitNode> children(@NotNull Actor actor, long parentId, @NotNull LocalDate day) {
        access.requireVisible(actor, parentId, day);
        return nodes(units.childrenOn(parentId, day), day).stream().sorted(TREE_ORDER).toList();
    }

    public OrgUnit unit(@NotNull Actor actor, long unitId) {
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, unitId, visibleDay(unit));
        return unit;
    }

    public OrgUnit unitByCode(@NotNull Actor actor, @NotNull String code) {
        OrgUnit unit = units.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(NotFoundException::new);
        access.requireVisible(actor, unit.getId(), visibleDay(unit));
        return unit;
    }

    public List<UnitNode> search(@NotNull Actor actor, @NotNull @Size(max = 200) String query,
                                 @NotNull LocalDate day) {
        List<String> tokens = SearchKeys.tokens(query);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return nodes(units.searchInGrantedSubtrees(actor.accountId(), "%", tokens, day, SEARCH_LIMIT), day);
    }

    /** Whether the actor may change the unit (and create units below it). */
    public boolean canManage(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.SYS_ADMIN, clock.today()).contains(unitId);
    }

    public OrgUnit create(@NotNull Actor actor, long parentId, @NotNull @Valid UnitForm form) {
        access.requireRole(actor, Role.SYS_ADMIN, parentId, form.validFrom());
        if (units.findByCode(form.code()).isPresent()) {
            throw new BusinessException("org.error.codeTaken", form.code());
        }
        OrgUnit parent = units.find(parentId).orElseThrow(NotFoundException::new);
        if (!parent.isValidOn(form.validFrom())) {
            throw new BusinessException("org.error.parentNotValid");
        }
        OrgUnit unit = OrgUnit.found(form.code(), form.type(), form.description(), form.validFrom(), parent);
        units.store(unit);
        return unit;
    }

    public OrgUnit edit(@NotNull Actor actor, long unitId, int expectedVersion, @NotNull UnitType type,
                        @NotNull @Valid UnitDescription description) {
        OrgUnit unit = manageable(actor, unitId, expectedVersion);
        unit.describe(type, description);
        return unit;
    }

    public OrgUnit close(@NotNull Actor actor, long unitId, int expectedVersion, @NotNull LocalDate lastDay,
                         @NotNull @Size(min = 1, max = 500) String reason) {
        OrgUnit unit = manageable(actor, unitId, expectedVersion);
        if (!units.childrenOn(unitId, lastDay.plusDays(1)).isEmpty()) {
            throw new BusinessException("org.error.closeWithChildren");
        }
        unit.close(lastDay, reason.trim());
        return unit;
    }

    public OrgUnit move(@NotNull Actor actor, long unitId, int expectedVersion, long newParentId,
                        @NotNull LocalDate from) {
        OrgUnit unit = manageable(actor, unitId, expectedVersion);
        access.requireRole(actor, Role.SYS_ADMIN, newParentId, from);
        if (units.subtreeOn(Set.of(unitId), from).contains(newParentId)) {
            throw new BusinessException("org.error.moveUnderDescendant");
        }
        unit.moveUnder(units.find(newParentId).orElseThrow(NotFoundException::new), from);
        return unit;
    }

    private OrgUnit manageable(Actor actor, long unitId, int expectedVersion) {
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, unitId, visibleDay(unit));
        access.requireRole(actor, Role.SYS_ADMIN, unitId, visibleDay(unit));
        if (unit.getVersion() != expectedVersion) {
            throw new BusinessException("error.changedMeanwhile");
        }
        return unit;
    }

    /** A closed unit is judged by the tree of its last day, an open one by today's. */
    private LocalDate visibleDay(OrgUnit unit) {
        LocalDate today = clock.today();
        if (unit.isValidOn(today)) {
            return today;
        }
        LocalDate validTo = unit.getValidity().getValidTo();
        return validTo != null && validTo.isBefore(today) ? validTo : unit.getValidity().getValidFrom();
    }

    private List<UnitNode> nodes(List<OrgUnit> list, LocalDate day) {
        Map<Long, Long> counts = units.childCountsOn(list.stream().map(OrgUnit::getId).toList(), day);
        return list.stream().map(u -> UnitNode.of(u, counts.getOrDefault(u.getId(), 0L))).toList();
    }
}
