package vn.bdg.application.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.plan.PlanRepository;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.shared.NotFoundException;

/**
 * A unit's plan for a programme. The unit's UNIT_EDITOR drafts it, its UNIT_HEAD issues it; whoever may
 * see the unit reads it, so the Phòng and the Sở see which of their units issued one. A plan of a unit
 * outside the actor's subtrees does not exist for them.
 */
@Stateless
public class PlanService {

    private static final int OVERVIEW_LIMIT = 1000;

    @Inject
    private PlanRepository plans;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /** Every version of the unit's plan, newest first (empty when none was started). */
    public List<UnitPlan> versions(@NotNull Actor actor, long programmeId, long unitId) {
        expectedVisible(actor, programmeId, unitId);
        List<UnitPlan> versions = plans.versions(programmeId, unitId);
        versions.forEach(p -> p.getActivities().size());
        return versions;
    }

    /**
     * The draft the unit's editor works on: the open draft if there is one, otherwise a new version
     * copied from the last issued one, or version 1. Returns its id.
     */
    public long draft(@NotNull Actor actor, long programmeId, long unitId) {
        Programme programme = expectedVisible(actor, programmeId, unitId);
        access.requireRole(actor, Role.UNIT_EDITOR, unitId, clock.today());
        List<UnitPlan> versions = plans.versions(programmeId, unitId);
        if (!versions.isEmpty() && !versions.get(0).isIssued()) {
            return versions.get(0).getId();
        }
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        UnitPlan draft = versions.isEmpty()
                ? UnitPlan.firstDraft(programme, unit, actor.username(), clock.now())
                : versions.get(0).nextVersion(actor.username(), clock.now());
        plans.store(draft);
        return draft.getId();
    }

    public void describe(@NotNull Actor actor, long planId, @Size(max = 60) String documentNumber,
                         LocalDate documentDate) {
        editable(actor, planId).describe(documentNumber, documentDate, actor.username(), clock.now());
    }

    public void addActivity(@NotNull Actor actor, long planId, @NotNull @Valid ActivityForm form) {
        editable(actor, planId).addActivity(form.toDetails(), actor.username(), clock.now());
    }

    public void changeActivity(@NotNull Actor actor, long planId, @NotNull @Valid ActivityForm form) {
        editable(actor, planId).changeActivity(form.getId(), form.toDetails(), actor.username(), clock.now());
    }

    public void removeActivity(@NotNull Actor actor, long planId, long activityId) {
        editable(actor, planId).removeActivity(activityId, actor.username(), clock.now());
    }

    /** The unit's head issues the draft; from then on it is read-only. */
    public void issue(@NotNull Actor actor, long planId) {
        UnitPlan plan = visible(actor, planId);
        access.requireRole(actor, Role.UNIT_HEAD, plan.getUnit().getId(), clock.today());
        plan.issue(actor.username(), clock.now());
        audit.record(AuditEvent.of(actor.username(), AuditKind.STATUS_CHANGE, AuditSubjects.PLAN, plan.getId(),
                plan.getUnit().getId(), "audit.plan.issued", plan.getPlanVersion(), plan.getDocumentNumber()));
    }

    /** Whether the actor drafts this unit's plans (UNIT_EDITOR on it). */
    public boolean mayDraft(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_EDITOR, clock.today()).contains(unitId);
    }

    /** Whether the actor issues this unit's plans (UNIT_HEAD on it). */
    public boolean mayIssue(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_HEAD, clock.today()).contains(unitId);
    }

    /** For each unit of the actor's subtrees the programme expects, where it stands with its plan. */
    public List<PlanStanding> standings(@NotNull Actor actor, long programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        Set<Long> unitIds = new HashSet<>(access.visibleUnits(actor, clock.today()));
        unitIds.retainAll(programme.getExpectedUnits());
        if (unitIds.isEmpty()) {
            throw new NotFoundException();
        }
        List<Long> shown = unitIds.stream().limit(OVERVIEW_LIMIT).toList();
        Map<Long, List<UnitPlan>> byUnit = new HashMap<>();
        plans.versionsOf(programmeId, shown).forEach(p -> byUnit.computeIfAbsent(p.getUnit().getId(),
                id -> new ArrayList<>()).add(p));
        List<PlanStanding> standings = new ArrayList<>();
        for (OrgUnit unit : units.findAll(shown)) {
            List<UnitPlan> versions = byUnit.getOrDefault(unit.getId(), List.of());
            UnitPlan issued = versions.stream().filter(UnitPlan::isIssued).findFirst().orElse(null);
            UnitPlan draft = versions.stream().filter(p -> !p.isIssued()).findFirst().orElse(null);
            standings.add(new PlanStanding(unit, issued, draft));
        }
        standings.sort(Comparator.comparing((PlanStanding s) -> s.getUnit().getType())
                .thenComparing(s -> s.getUnit().getName()));
        return standings;
    }

    private Programme expectedVisible(Actor actor, long programmeId, long unitId) {
        access.requireVisible(actor, unitId, clock.today());
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!programme.isPublished() || !programme.expects(unitId)) {
            throw new NotFoundException();
        }
        return programme;
    }

    private UnitPlan visible(Actor actor, long planId) {
        UnitPlan plan = plans.find(planId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, plan.getUnit().getId(), clock.today());
        return plan;
    }

    private UnitPlan editable(Actor actor, long planId) {
        UnitPlan plan = visible(actor, planId);
        access.requireRole(actor, Role.UNIT_EDITOR, plan.getUnit().getId(), clock.today());
        return plan;
    }
}
