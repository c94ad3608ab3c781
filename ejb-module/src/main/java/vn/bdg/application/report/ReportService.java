package vn.bdg.application.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.domain.shared.VietnameseNumber;

/**
 * A unit's report for a round. The unit's UNIT_EDITOR opens and records it, its UNIT_HEAD submits it;
 * whoever may see the unit reads it. A save names the version it started from: when somebody else
 * saved meanwhile, it is refused with who and when, and nothing is overwritten.
 */
@Stateless
public class ReportService {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessClock.ZONE);

    @Inject
    private ReportRepository reports;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    /** The unit's report for the round, if it was opened. */
    public Optional<UnitReport> find(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long unitId) {
        ReportingRound round = expectedRound(actor, programmeId, roundCode, unitId);
        Optional<UnitReport> report = reports.findFor(round.getId(), unitId);
        report.ifPresent(r -> {
            r.getValues().size();
            r.getNarratives().size();
        });
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
        return record(actor, reportId, startedFrom, typed, null);
    }

    /**
     * Records the typed values and, when {@code narratives} is given, the narrative of each task (rich
     * text, cleaned on the server). Both or nothing.
     */
    public UnitReport record(@NotNull Actor actor, long reportId, int startedFrom, @NotNull Map<String, String> typed,
                             Map<String, String> narratives) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        access.requireRole(actor, Role.UNIT_EDITOR, report.getUnit().getId(), clock.today());
        if (report.getVersion() != startedFrom) {
            throw new BusinessException("report.error.conflict", report.getChangedBy(),
                    MOMENT.format(report.getChangedAt()));
        }
        Map<CellKey, BigDecimal> values = new HashMap<>();
        typed.forEach((cell, text) -> {
            CellKey key = CellKey.parse(cell);
            Indicator indicator = report.getProgramme().findIndicator(key.indicatorCode())
                    .orElseThrow(() -> new BusinessException("report.error.cellUnknown", cell));
            values.put(key, VietnameseNumber.parse(text, kindOf(indicator), fieldName(indicator, key)));
        });
        report.record(values, actor.username(), clock.now());
        if (narratives != null) {
            report.narrate(narratives, actor.username(), clock.now());
        }
        return report;
    }

    /** The head submits; stamped on time or late against the unit's due date with extensions. */
    public UnitReport submit(@NotNull Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        access.requireRole(actor, Role.UNIT_HEAD, report.getUnit().getId(), clock.today());
        report.submit(clock.today(), report.getProgramme().dueFor(report.getRound(), report.getUnit()),
                actor.username(), clock.now());
        return report;
    }

    public boolean mayRecord(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_EDITOR, clock.today()).contains(unitId);
    }

    public boolean maySubmit(@NotNull Actor actor, long unitId) {
        return access.unitsWithRole(actor, Role.UNIT_HEAD, clock.today()).contains(unitId);
    }

    /** Percentages and money may have decimals; persons, times, sessions and cases are counts. */
    private static VietnameseNumber.Kind kindOf(Indicator indicator) {
        String unit = indicator.getUnitVi();
        return unit.contains("%") || unit.contains("đồng") ? VietnameseNumber.Kind.DECIMAL : VietnameseNumber.Kind.COUNT;
    }

    private static String fieldName(Indicator indicator, CellKey key) {
        return key.toString() + " — " + indicator.getNameVi();
    }

    private ReportingRound expectedRound(Actor actor, long programmeId, String roundCode, long unitId) {
        access.requireVisible(actor, unitId, clock.today());
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!programme.isPublished() || !programme.expects(unitId)) {
            throw new NotFoundException();
        }
        return programme.round(roundCode);
    }
}
