package vn.bdg.application.programme;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.internal.Announcements;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.application.internal.Reporters;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundExtension;
import vn.bdg.domain.model.programme.RuleKind;
import vn.bdg.domain.model.programme.Severity;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * Preparing, publishing and copying the year's programme. A CAMPAIGN_ADMIN manages the programmes
 * issued by a unit in their CAMPAIGN_ADMIN subtree; everybody else sees a programme only once it is
 * published and expects a report from a unit they may see. Each method is one transaction: a refusal
 * leaves the programme as it was.
 */
@Stateless
public class ProgrammeService {

    private static final int SHOWN_UNITS = 500;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccessPolicy access;

    @Inject
    private Announcements announcements;

    @Inject
    private Reporters reporters;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    // ---- reading -----------------------------------------------------------------------------------

    /** The programmes the actor manages, then those published to units they may see; newest first. */
    public List<Programme> programmes(@NotNull Actor actor) {
        LocalDate today = clock.today();
        Map<Long, Programme> result = new LinkedHashMap<>();
        programmes.issuedBy(access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, today)).forEach(p -> result.put(p.getId(), p));
        programmes.publishedFor(access.visibleUnits(actor, today)).forEach(p -> result.putIfAbsent(p.getId(), p));
        return result.values().stream()
                .sorted(Comparator.comparing(Programme::getYear).reversed().thenComparing(Programme::getId))
                .toList();
    }

    /** One programme with its catalogue and rounds, if the actor may see it. */
    public Programme programme(@NotNull Actor actor, long programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!mayManage(actor, programme) && !(programme.isPublished() && expectsVisibleUnit(actor, programme))) {
            throw new NotFoundException();
        }
        programme.getTasks().size();
        programme.getIndicators().forEach(i -> i.getDimensions().size());
        programme.getRules().size();
        programme.getRounds().forEach(r -> r.getExtensions().size());
        return programme;
    }

    public boolean mayManage(@NotNull Actor actor, @NotNull Programme programme) {
        return access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, clock.today()).contains(programme.getIssuer().getId());
    }

    /** The units that would be expected to report if the programme were published now. */
    public Set<Long> resolveReporters(@NotNull Actor actor, long programmeId) {
        return reporters.of(managed(actor, programmeId));
    }

    /** The units the actor may issue programmes from. */
    public List<OrgUnit> issuers(@NotNull Actor actor) {
        Set<Long> adminUnits = access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, clock.today());
        return access.grantedUnits(actor).stream().filter(u -> adminUnits.contains(u.getId())).toList();
    }

    /**
     * Of the actor's visible units, those a published programme expects (at most {@value #SHOWN_UNITS}),
     * by type and name: the units whose deadlines the actor follows.
     */
    public List<OrgUnit> expectedUnitsVisibleTo(@NotNull Actor actor, long programmeId) {
        Programme programme = programme(actor, programmeId);
        Set<Long> visible = new HashSet<>(access.visibleUnits(actor, clock.today()));
        visible.retainAll(programme.getExpectedUnits());
        List<OrgUnit> result = new ArrayList<>(units.findAll(visible.stream().limit(SHOWN_UNITS).toList()));
        result.sort(Comparator.comparing(OrgUnit::getType).thenComparing(OrgUnit::getName));
        return result;
    }

    // ---- the letter --------------------------------------------------------------------------------

    public long create(@NotNull Actor actor, @NotNull @Valid ProgrammeForm form) {
        OrgUnit issuer = issuerFor(actor, form.getIssuerId());
        Programme programme = Programme.draft(form.getYear(), issuer, form.toLetter(), actor.username(), clock.now());
        apply(actor, programme, form);
        programmes.store(programme);
        return programme.getId();
    }

    public void describe(@NotNull Actor actor, long programmeId, @NotNull @Valid ProgrammeForm form) {
        Programme programme = managed(actor, programmeId);
        apply(actor, programme, form);
        if (programme.isPublished()) {
            Set<Long> added = programme.expectAlso(reporters.of(programme));
            announcements.programmePublished(programme, added, true);
        }
    }

    private void apply(Actor actor, Programme programme, ProgrammeForm form) {
        if (form.getLetterNumber() != null && !form.getLetterNumber().isBlank()
                && programmes.letterTaken(programme.getYear(), form.getLetterNumber().trim(),
                form.getLetterSymbol() == null ? "" : form.getLetterSymbol().trim(), programme.getId())) {
            throw new BusinessException("programme.error.letterTaken",
                    form.getLetterNumber().trim() + "/" + form.getLetterSymbol());
        }
        programme.describe(form.toLetter(), form.getAddressees(), form.isIntermediateLevel(),
                form.getUpwardRecipient(), form.getDistribution());
        programme.citeLegalBases(form.toLegalBases());
        Set<Long> explicit = new HashSet<>(form.getReporterUnits());
        Set<Long> visible = access.visibleUnits(actor, programme.getLetter().getIssuedOn());
        for (Long unitId : explicit) {
            if (!visible.contains(unitId) && !programme.getReporterUnits().contains(unitId)) {
                throw new NotFoundException();
            }
        }
        Set<UnitType> types = form.getReporterTypes().isEmpty() ? EnumSet.noneOf(UnitType.class)
                : EnumSet.copyOf(form.getReporterTypes());
        programme.expectReporters(types, explicit);
    }

    // ---- tasks -------------------------------------------------------------------------------------

    public void addTask(@NotNull Actor actor, long programmeId, @Size(max = 20) String parentCode,
                        @Size(max = 20) String code, @Size(max = 500) String title, @Size(max = 4000) String description) {
        managed(actor, programmeId).addTask(parentCode, code, title, description);
    }

    public void describeTask(@NotNull Actor actor, long programmeId, @NotNull String code,
                             @Size(max = 500) String title, @Size(max = 4000) String description) {
        managed(actor, programmeId).describeTask(code, title, description);
    }

    public void removeTask(@NotNull Actor actor, long programmeId, @NotNull String code) {
        managed(actor, programmeId).removeTask(code);
    }

    // ---- catalogue ---------------------------------------------------------------------------------

    public void addIndicator(@NotNull Actor actor, long programmeId, @NotNull @Valid IndicatorForm form) {
        managed(actor, programmeId).addIndicator(form.toDefinition());
    }

    public void changeIndicator(@NotNull Actor actor, long programmeId, @NotNull @Valid IndicatorForm form) {
        managed(actor, programmeId).changeIndicator(form.toDefinition());
    }

    public void removeIndicator(@NotNull Actor actor, long programmeId, @NotNull String code) {
        managed(actor, programmeId).removeIndicator(code);
    }

    /** Adds the tasks, indicators and rules of the default catalogue that the programme lacks; returns the indicators added. */
    public int loadDefaultCatalogue(@NotNull Actor actor, long programmeId) {
        return DefaultCatalogue.loadInto(managed(actor, programmeId));
    }

    public void addRule(@NotNull Actor actor, long programmeId, @NotNull RuleKind kind,
                        @NotNull @Size(max = 500) String expression, @NotNull Severity severity,
                        @Size(max = 500) String messageVi, @Size(max = 500) String messageEn) {
        managed(actor, programmeId).addRule(kind, expression, severity, messageVi, messageEn);
    }

    public void removeRule(@NotNull Actor actor, long programmeId, long ruleId) {
        managed(actor, programmeId).removeRule(ruleId);
    }

    // ---- rounds ------------------------------------------------------------------------------------

    public void addRound(@NotNull Actor actor, long programmeId, @NotNull @Valid RoundForm form) {
        managed(actor, programmeId).addRound(form.toDefinition());
    }

    public void changeRound(@NotNull Actor actor, long programmeId, @NotNull @Valid RoundForm form) {
        managed(actor, programmeId).changeRound(form.toDefinition());
    }

    public void removeRound(@NotNull Actor actor, long programmeId, @NotNull String code) {
        managed(actor, programmeId).removeRound(code);
    }

    public void setRoundOpen(@NotNull Actor actor, long programmeId, @NotNull String code, boolean open) {
        ReportingRound round = managed(actor, programmeId).round(code);
        if (open) {
            round.openForEntry();
        } else {
            round.closeForEntry();
        }
    }

    /**
     * Gives a unit more time. Granted by a REVIEWER or CAMPAIGN_ADMIN whose subtree holds the unit; the
     * unit's people are told, and the audit trail keeps the due date before and after.
     */
    public RoundExtension extend(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long unitId,
                                 @NotNull LocalDate until, @NotNull @Size(max = 500) String reason) {
        Programme programme = programme(actor, programmeId);
        LocalDate today = clock.today();
        if (!access.unitsWithRole(actor, Role.REVIEWER, today).contains(unitId)
                && !access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, today).contains(unitId)) {
            throw new AccessDeniedException();
        }
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        ReportingRound round = programme.round(roundCode);
        LocalDate dueBefore = programme.dueFor(round, unit);
        RoundExtension extension = programme.extend(roundCode, unit, until, reason, actor.username(), clock.now());
        announcements.deadlineExtended(programme, round, unit, until);
        audit.record(AuditEvent.of(actor.username(), AuditKind.EXTENSION, AuditSubjects.ROUND, round.getId(),
                        unitId, "audit.extension.granted", round.getName(), unit.getName(), extension.getReason())
                .withChange("dueDate", dueBefore, until));
        return extension;
    }

    // ---- publishing and copying ------------------------------------------------------------------

    /** Publishes to every expected unit; their people get a notice and an e-mail. Returns how many units. */
    public int publish(@NotNull Actor actor, long programmeId) {
        Programme programme = managed(actor, programmeId);
        Set<Long> expected = reporters.of(programme);
        programme.publish(expected, actor.username(), clock.now());
        announcements.programmePublished(programme, expected, true);
        return expected.size();
    }

    /** A new draft for the next year; the original stays as it is. Returns the copy's id. */
    public long copyToNextYear(@NotNull Actor actor, long programmeId) {
        Programme source = managed(actor, programmeId);
        if (programmes.copiedTo(source.getId(), source.getYear() + 1)) {
            throw new BusinessException("programme.error.alreadyCopied", String.valueOf(source.getYear() + 1));
        }
        Programme copy = source.copyForNextYear(actor.username(), clock.now());
        programmes.store(copy);
        return copy.getId();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private Programme managed(Actor actor, long programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!mayManage(actor, programme)) {
            if (programme.isPublished() && expectsVisibleUnit(actor, programme)) {
                throw new AccessDeniedException();
            }
            throw new NotFoundException();
        }
        return programme;
    }

    private boolean expectsVisibleUnit(Actor actor, Programme programme) {
        Set<Long> visible = access.visibleUnits(actor, clock.today());
        return programme.getExpectedUnits().stream().anyMatch(visible::contains);
    }

    private OrgUnit issuerFor(Actor actor, Long issuerId) {
        Set<Long> adminUnits = access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, clock.today());
        Long chosen = issuerId;
        if (chosen == null) {
            chosen = issuers(actor).stream().map(OrgUnit::getId).findFirst().orElseThrow(AccessDeniedException::new);
        }
        if (!adminUnits.contains(chosen)) {
            throw new AccessDeniedException();
        }
        return units.find(chosen).orElseThrow(NotFoundException::new);
    }
}
