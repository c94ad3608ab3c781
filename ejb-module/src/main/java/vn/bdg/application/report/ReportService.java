package vn.bdg.application.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.plan.PlanRepository;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.ProgressUpdate;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.TypedValues;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.model.report.ValueChange;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * A unit's report for a round. The unit's UNIT_EDITOR opens and records it, its UNIT_HEAD submits it;
 * whoever may see the unit reads it. A save names the version it started from: when somebody else
 * saved meanwhile, it is refused with who and when, and nothing is overwritten.
 */
@Stateless
public class ReportService {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessClock.ZONE);

    @Inject
    private ReportRepository reports;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private PlanRepository plans;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    /** The unit's report for the round, if it was opened. */
    public Optional<UnitReport> find(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long unitId) {
        ReportingRound round = expectedRound(actor, programmeId, roundCode, unitId);
        Optional<UnitReport> report = reports.findFor(round.getId(), unitId);
        report.ifPresent(r -> r.getSubmissions().forEach(submission -> submission.getValues().size()));
        return report;
    }

    /** Opens the unit's draft for the round (or returns the one already open). Returns its id. */
    public long open(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long unitId) {
        ReportingRound round = expectedRound(actor, programmeId, roundCode, unitId);
        access.requireRole(actor, Role.UNIT_EDITOR, unitId, clock.today());
        Optional<UnitReport> existing = reports.findFor(round.getId(), unitId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        UnitReport report = UnitReport.open(programme, round, unit, actor.username(), clock.now());
        reports.store(report);
        return report.getId();
    }

    /**
     * Records what was typed, cell by cell, read as Vietnamese numbers (counts with dots for thousands,
     * decimals with a comma). {@code startedFrom} is the version the form was loaded from.
     */
    public UnitReport record(@NotNull Actor actor, long reportId, int startedFrom, @NotNull Map<String, String> typed) {
        return record(actor, reportId, startedFrom, ReportEntry.ofCells(typed));
    }

    /**
     * Records the typed values and, when {@code narratives} is given, the narrative of each task (rich
     * text, cleaned on the server). Both or nothing.
     */
    public UnitReport record(@NotNull Actor actor, long reportId, int startedFrom, @NotNull Map<String, String> typed,
                             Map<String, String> narratives) {
        ReportEntry entry = ReportEntry.ofCells(typed);
        return record(actor, reportId, startedFrom, narratives == null ? entry : entry.withNarratives(narratives));
    }

    /**
     * Records everything typed on the form: values, and the narratives and activity progress when the
     * entry carries them. All or nothing; refused when somebody saved after {@code startedFrom}.
     */
    public UnitReport record(@NotNull Actor actor, long reportId, int startedFrom, @NotNull ReportEntry entry) {
        UnitReport report = editable(actor, reportId, startedFrom);
        Programme programme = report.getProgramme();
        Map<CellKey, BigDecimal> cells = TypedValues.read(programme, entry.cells());
        List<ValueChange> changes = report.record(consolidates(report) ? consolidated(report, cells) : cells,
                actor.username(), clock.now());
        ReportAudit.valuesChanged(audit, actor, report, changes);
        if (entry.hasNarratives()) {
            report.narrate(entry.narratives(), actor.username(), clock.now());
        }
        if (entry.hasProgress()) {
            Map<Long, ProgressUpdate> updates = new HashMap<>();
            entry.progress().forEach((activityId, typed) -> {
                Map<String, BigDecimal> actuals = new HashMap<>();
                typed.actuals().forEach((code, text) -> {
                    BigDecimal amount = TypedValues.cell(programme, code, text);
                    if (amount != null) {
                        actuals.put(code, amount);
                    }
                });
                updates.put(activityId, new ProgressUpdate(typed.status(), typed.note(), actuals));
            });
            report.recordProgress(issuedPlan(report), updates, actor.username(), clock.now());
        }
        return report;
    }

    /**
     * Whether the report's figures are its schools' accepted totals rather than typed: a Phòng's report
     * where the programme consolidates at that level. Its yes/no answers are still its own.
     */
    public static boolean consolidates(UnitReport report) {
        return report.getProgramme().isIntermediateLevel() && report.getUnit().getType() == UnitType.PHONG;
    }

    /** The schools of a consolidating Phòng, with their report status in the round (null: not started). */
    public Map<OrgUnit, ReportStatus> schoolsOf(@NotNull Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        List<OrgUnit> schools = schools(report);
        Map<Long, ReportStatus> statuses = reports.statusesOf(report.getRound().getId(),
                schools.stream().map(OrgUnit::getId).toList());
        Map<OrgUnit, ReportStatus> byUnit = new java.util.LinkedHashMap<>();
        schools.forEach(school -> byUnit.put(school, statuses.get(school.getId())));
        return byUnit;
    }

    private List<OrgUnit> schools(UnitReport report) {
        Programme programme = report.getProgramme();
        return units.childrenOn(report.getUnit().getId(), clock.today()).stream()
                .filter(child -> programme.expects(child.getId())).toList();
    }

    private List<String> pendingSchools(UnitReport report) {
        List<OrgUnit> schools = schools(report);
        Map<Long, ReportStatus> statuses = reports.statusesOf(report.getRound().getId(),
                schools.stream().map(OrgUnit::getId).toList());
        return schools.stream().filter(school -> {
            ReportStatus status = statuses.get(school.getId());
            return status != ReportStatus.ACCEPTED && status != ReportStatus.MISSING;
        }).map(OrgUnit::getName).toList();
    }

    /**
     * A consolidating Phòng's values: every count summed over its schools' accepted reports (cells its
     * own form does not have are left out), with its own yes/no answers as typed.
     */
    private Map<CellKey, BigDecimal> consolidated(UnitReport report, Map<CellKey, BigDecimal> typed) {
        List<Long> schoolIds = schools(report).stream().map(OrgUnit::getId).toList();
        return consolidated(report, typed, reports.acceptedTotals(report.getRound().getId(), schoolIds));
    }

    /**
     * A consolidating Phòng's values from its schools' accepted totals ({@link ReportRepository#acceptedTotals}):
     * every count its own form has, with its own yes/no answers from {@code typed}.
     */
    public static Map<CellKey, BigDecimal> consolidated(UnitReport report, Map<CellKey, BigDecimal> typed,
                                                        Map<String, BigDecimal> schoolTotals) {
        Programme programme = report.getProgramme();
        Map<CellKey, BigDecimal> values = new HashMap<>();
        typed.forEach((key, amount) -> {
            if (programme.findIndicator(key.indicatorCode()).map(i -> i.getKind() == IndicatorKind.YES_NO).orElse(false)) {
                values.put(key, amount);
            }
        });
        schoolTotals.forEach((cell, amount) -> {
            CellKey key = CellKey.parse(cell);
            boolean summed = programme.findIndicator(key.indicatorCode())
                    .map(i -> i.getKind() != IndicatorKind.YES_NO && report.entered(i)).orElse(false);
            if (summed && accepts(report, key, amount)) {
                values.put(key, amount);
            }
        });
        return values;
    }

    private static boolean accepts(UnitReport report, CellKey key, BigDecimal amount) {
        try {
            report.checkCell(key, amount);
            return true;
        } catch (BusinessException notOnThisForm) {
            return false;
        }
    }

    /** The unit's plan that a report's activity progress refers to: its latest issued version. */
    public Optional<UnitPlan> issuedPlan(@NotNull Actor actor, long programmeId, long unitId) {
        expectedProgramme(actor, programmeId, unitId);
        Optional<UnitPlan> plan = plans.versions(programmeId, unitId).stream().filter(UnitPlan::isIssued).findFirst();
        plan.ifPresent(p -> p.getActivities().forEach(a -> a.getTargets().size()));
        return plan;
    }

    private UnitPlan issuedPlan(UnitReport report) {
        return plans.versions(report.getProgramme().getId(), report.getUnit().getId()).stream()
                .filter(UnitPlan::isIssued).findFirst().orElse(null);
    }

    /** The report for a save by the unit's editor that started from {@code startedFrom}. */
    private UnitReport editable(Actor actor, long reportId, int startedFrom) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        access.requireRole(actor, Role.UNIT_EDITOR, report.getUnit().getId(), clock.today());
        if (report.getVersion() != startedFrom) {
            throw new BusinessException("report.error.conflict", report.getChangedBy(),
                    MOMENT.format(report.getChangedAt()));
        }
        return report;
    }

    /**
     * The head submits; stamped on time or late against the unit's due date with extensions. A Phòng that
     * consolidates submits only once each of its schools is accepted or marked missing, and its figures
     * are summed afresh from the accepted reports at that moment.
     */
    public UnitReport submit(@NotNull Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        access.requireRole(actor, Role.UNIT_HEAD, report.getUnit().getId(), clock.today());
        if (consolidates(report)) {
            List<String> pending = pendingSchools(report);
            if (!pending.isEmpty()) {
                throw new BusinessException("report.error.schoolsPending", pending.size(),
                        String.join(", ", pending.subList(0, Math.min(5, pending.size()))));
            }
            Map<CellKey, BigDecimal> own = new HashMap<>();
            report.getValues().forEach((cell, amount) -> own.put(CellKey.parse(cell), amount));
            ReportAudit.valuesChanged(audit, actor, report,
                    report.record(consolidated(report, own), actor.username(), clock.now()));
        }
        ReportStatus before = report.getStatus();
        report.submit(clock.today(), report.getProgramme().dueFor(report.getRound(), report.getUnit()),
                actor.username(), clock.now());
        ReportAudit.statusChanged(audit, actor, report, before, Boolean.TRUE.equals(report.getLate())
                ? "audit.report.submittedLate" : "audit.report.submitted", report.getSubmissionNumber());
        return report;
    }

    public boolean mayRecord(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_EDITOR, clock.today()).contains(unitId);
    }

    public boolean maySubmit(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_HEAD, clock.today()).contains(unitId);
    }

    private ReportingRound expectedRound(Actor actor, long programmeId, String roundCode, long unitId) {
        return expectedProgramme(actor, programmeId, unitId).round(roundCode);
    }

    private Programme expectedProgramme(Actor actor, long programmeId, long unitId) {
        access.requireVisible(actor, unitId, clock.today());
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!programme.isPublished() || !programme.expects(unitId)) {
            throw new NotFoundException();
        }
        return programme;
    }
}
