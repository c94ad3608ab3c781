package vn.bdg.application.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.internal.Announcements;
import vn.bdg.application.report.ReportAudit;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.notice.NoticeTopic;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.ReportCriteria;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * The reviewing level acts on unit reports. A unit's report is reviewed by its Phòng when the programme
 * consolidates at that level and the unit sits under one, otherwise by the Sở; only a REVIEWER granted
 * on that reviewing unit itself accepts, returns or marks missing, so the Sở does not take over a
 * Phòng's schools. Reopening an accepted report is for a reviewer above the reviewing level (or the
 * Sở's own reviewers, where nothing is above). Every action is told to the unit's people.
 */
@Stateless
public class ReviewService {

    @Inject
    private ReportRepository reports;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private Announcements announcements;

    @Inject
    private AuditTrail audit;

    /** The unit whose reviewers take {@code unit}'s report on {@code day}. */
    public OrgUnit reviewingUnit(Programme programme, OrgUnit unit, LocalDate day) {
        Optional<OrgUnit> parent = unit.parentOn(day);
        if (programme.isIntermediateLevel() && parent.isPresent() && parent.get().getType() == UnitType.PHONG) {
            return parent.get();
        }
        return programme.getIssuer();
    }

    public UnitReport accept(@NotNull Actor actor, long reportId) {
        UnitReport report = reviewable(actor, reportId);
        ReportStatus before = report.getStatus();
        report.accept(actor.username(), clock.now());
        ReportAudit.statusChanged(audit, actor, report, before, "audit.report.accepted", report.getSubmissionNumber());
        announcements.reportReviewed(report, NoticeTopic.REPORT_ACCEPTED, nameOf(actor), null);
        return report;
    }

    /** Returns the report with a mandatory comment and optional comments by cell key or task code. */
    public UnitReport returnToUnit(@NotNull Actor actor, long reportId, String comment,
                                   @NotNull Map<String, String> onFields) {
        UnitReport report = reviewable(actor, reportId);
        ReportStatus before = report.getStatus();
        report.returnToUnit(comment, onFields, actor.username(), clock.now());
        ReportAudit.statusChanged(audit, actor, report, before, "audit.report.returned", report.getReviewComment());
        announcements.reportReviewed(report, NoticeTopic.REPORT_RETURNED, nameOf(actor), report.getReviewComment());
        return report;
    }

    public UnitReport reopen(@NotNull Actor actor, long reportId, String reason) {
        UnitReport report = visible(actor, reportId);
        if (!mayReopen(actor, report)) {
            throw new AccessDeniedException();
        }
        ReportStatus before = report.getStatus();
        report.reopen(reason, actor.username(), clock.now());
        ReportAudit.statusChanged(audit, actor, report, before, "audit.report.reopened", report.getReviewComment());
        announcements.reportReviewed(report, NoticeTopic.REPORT_REOPENED, nameOf(actor), report.getReviewComment());
        return report;
    }

    /** Records that the unit will not report this round, opening its report for the purpose if needed. */
    public UnitReport markMissing(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long unitId,
                                  String reason) {
        access.requireVisible(actor, unitId, clock.today());
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!programme.isPublished() || !programme.expects(unitId)) {
            throw new NotFoundException();
        }
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        requireReviewer(actor, programme, unit);
        return markMissing(actor, programme, programme.round(roundCode), unit, reason);
    }

    private UnitReport markMissing(Actor actor, Programme programme, ReportingRound round, OrgUnit unit, String reason) {
        Optional<UnitReport> existing = reports.findFor(round.getId(), unit.getId());
        ReportStatus before = existing.map(UnitReport::getStatus).orElse(null);
        UnitReport report;
        if (existing.isPresent()) {
            report = existing.get();
            report.markMissing(reason, actor.username(), clock.now());
        } else {
            report = UnitReport.missing(programme, round, unit, reason, actor.username(), clock.now());
            reports.store(report);
        }
        ReportAudit.statusChanged(audit, actor, report, before, "audit.report.markedMissing", report.getMissingReason());
        announcements.reportReviewed(report, NoticeTopic.REPORT_MARKED_MISSING, nameOf(actor), report.getMissingReason());
        return report;
    }

    /**
     * The reports of the round that the actor takes (as reviewer of their reviewing unit), narrowed by
     * {@code criteria} and, when given, to the schools of one district; one page, newest first.
     */
    public List<UnitReport> inbox(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                                  @NotNull ReportCriteria criteria, Long districtId, int first, int max) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        List<UnitReport> page = reports.inRound(programme.round(roundCode).getId(),
                inDistrict(reviewedUnits(actor, programme), districtId), criteria, first, max);
        page.forEach(r -> r.getUnit().getName());
        return page;
    }

    public long inboxCount(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                           @NotNull ReportCriteria criteria, Long districtId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        return reports.countInRound(programme.round(roundCode).getId(),
                inDistrict(reviewedUnits(actor, programme), districtId), criteria);
    }

    /** The districts (Phòng) whose schools the actor reviews in this programme, for narrowing the inbox. */
    public List<OrgUnit> districts(@NotNull Actor actor, long programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        Set<Long> reviewed = reviewedUnits(actor, programme);
        return access.grantScopes(actor, Role.REVIEWER).stream()
                .map(id -> units.find(id).orElseThrow(NotFoundException::new))
                .filter(unit -> unit.getType() == UnitType.PHONG && programme.isIntermediateLevel())
                .filter(unit -> units.childrenOn(unit.getId(), clock.today()).stream().anyMatch(c -> reviewed.contains(c.getId())))
                .toList();
    }

    /**
     * The units whose reports the actor takes in the programme: for a reviewer of a consolidating Phòng
     * its expected schools; for a reviewer of the Sở every expected unit except those schools.
     */
    public Set<Long> reviewedUnits(@NotNull Actor actor, Programme programme) {
        LocalDate day = clock.today();
        Set<Long> expected = programme.getExpectedUnits();
        Set<Long> reviewed = new HashSet<>();
        for (Long scope : access.grantScopes(actor, Role.REVIEWER)) {
            OrgUnit unit = units.find(scope).orElseThrow(NotFoundException::new);
            if (programme.isIntermediateLevel() && unit.getType() == UnitType.PHONG) {
                reviewed.addAll(schoolsOf(unit.getId(), expected, day));
            } else if (scope.equals(programme.getIssuer().getId())) {
                Set<Long> all = new HashSet<>(expected);
                if (programme.isIntermediateLevel()) {
                    units.ofTypesOn(expected, Set.of(UnitType.PHONG), day)
                            .forEach(phong -> all.removeAll(schoolsOf(phong, expected, day)));
                }
                reviewed.addAll(all);
            }
        }
        return reviewed;
    }

    private Set<Long> schoolsOf(long phongId, Set<Long> expected, LocalDate day) {
        Set<Long> schools = new HashSet<>();
        units.childrenOn(phongId, day).forEach(child -> {
            if (expected.contains(child.getId())) {
                schools.add(child.getId());
            }
        });
        return schools;
    }

    private Set<Long> inDistrict(Set<Long> reviewed, Long districtId) {
        if (districtId == null) {
            return reviewed;
        }
        return schoolsOf(districtId, reviewed, clock.today());
    }

    /**
     * Closes a round for a Phòng: every one of its schools that has not sent its report (not started or
     * still a draft) is marked missing with the same reason. Returns how many were marked.
     */
    public int markRemainingMissing(@NotNull Actor actor, long programmeId, @NotNull String roundCode, long phongId,
                                    String reason) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, phongId, clock.today());
        if (!access.grantScopes(actor, Role.REVIEWER).contains(phongId)) {
            throw new AccessDeniedException();
        }
        ReportingRound round = programme.round(roundCode);
        Set<Long> schools = schoolsOf(phongId, programme.getExpectedUnits(), clock.today());
        Map<Long, ReportStatus> statuses = reports.statusesOf(round.getId(), schools);
        List<Long> remaining = schools.stream().filter(school -> {
            ReportStatus status = statuses.get(school);
            return status == null || status == ReportStatus.DRAFT;
        }).toList();
        units.findAll(remaining).forEach(school -> markMissing(actor, programme, round, school, reason));
        return remaining.size();
    }

    /** Whether the actor reviews for {@code unitId} itself (a REVIEWER granted on that unit). */
    public boolean reviewsFor(@NotNull Actor actor, long unitId) {
        return access.grantScopes(actor, Role.REVIEWER).contains(unitId);
    }

    /** Whether the actor accepts, returns and marks missing for this report's unit. */
    public boolean mayReview(@NotNull Actor actor, UnitReport report) {
        OrgUnit reviewing = reviewingUnit(report.getProgramme(), report.getUnit(), clock.today());
        return access.grantScopes(actor, Role.REVIEWER).contains(reviewing.getId());
    }

    /** Whether the actor may reopen this report once accepted: a reviewer above its reviewing level. */
    public boolean mayReopen(@NotNull Actor actor, UnitReport report) {
        OrgUnit reviewing = reviewingUnit(report.getProgramme(), report.getUnit(), clock.today());
        boolean top = reviewing.getId().equals(report.getProgramme().getIssuer().getId());
        boolean above = access.unitsWithRole(actor, Role.REVIEWER, clock.today()).contains(reviewing.getId())
                && !access.grantScopes(actor, Role.REVIEWER).contains(reviewing.getId());
        return above || top && mayReview(actor, report);
    }

    private UnitReport reviewable(Actor actor, long reportId) {
        UnitReport report = visible(actor, reportId);
        requireReviewer(actor, report.getProgramme(), report.getUnit());
        return report;
    }

    private void requireReviewer(Actor actor, Programme programme, OrgUnit unit) {
        OrgUnit reviewing = reviewingUnit(programme, unit, clock.today());
        if (!access.grantScopes(actor, Role.REVIEWER).contains(reviewing.getId())) {
            throw new AccessDeniedException();
        }
    }

    private UnitReport visible(Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        return report;
    }

    private String nameOf(Actor actor) {
        return accounts.find(actor.accountId()).map(UserAccount::getFullName).orElse(actor.username());
    }
}
