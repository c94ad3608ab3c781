package vn.bdg.domain.model.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.Stamp;
import vn.bdg.domain.shared.RichText;

/**
 * A unit's report for one round of a programme, and the aggregate root of its values.
 *
 * <p>Life cycle: the unit's editor opens it while the round is open and records values as often as
 * needed, whatever the checks find, so nothing typed is ever refused for being wrong; the unit's head
 * submits it once the checks find no error, and it is stamped on time or late against the unit's due
 * date (extensions included): a late report is accepted and marked, never refused. A submitted report is
 * read-only for the unit. Only cells of indicators the unit's type reports, in the round's tasks, exist.
 * A save that changes nothing changes nothing: no new version, so a workbook or a form taken before it
 * stays current.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport {

    @Id
    @SequenceGenerator(name = "unit_report_seq", sequenceName = "unit_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_report_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private ReportingRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "cell", length = 200)
    @Column(name = "amount", precision = 19, scale = 4)
    private Map<String, BigDecimal> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_narrative", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "task_code", length = 20)
    @Column(name = "html", length = 60000)
    private Map<String, String> narratives = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_activity_progress", joinColumns = @JoinColumn(name = "report_id"))
    private List<ActivityProgress> progress = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_activity_actual", joinColumns = @JoinColumn(name = "report_id"))
    private List<ActivityActual> actuals = new ArrayList<>();

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column
    private Boolean late;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    private Stamp created;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "changed_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "changed_at"))
    private Stamp changed;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "submitted_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at"))
    private Stamp submitted;

    @Column(name = "submission_number", nullable = false)
    private int submissionNumber;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<ReportSubmission> submissions = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "reviewed_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "reviewed_at"))
    private Stamp reviewed;

    @Column(name = "review_comment", length = REVIEW_COMMENT_LENGTH)
    private String reviewComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_field_comment", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "target", length = 200)
    @Column(name = "comment", length = FIELD_COMMENT_LENGTH)
    private Map<String, String> fieldComments = new HashMap<>();

    @Column(name = "missing_reason", length = FIELD_COMMENT_LENGTH)
    private String missingReason;

    @Version
    private int version;

    public static final int REVIEW_COMMENT_LENGTH = 4000;
    public static final int FIELD_COMMENT_LENGTH = 2000;

    protected UnitReport() {
    }

    /** A new draft of an expected unit in an open round. */
    public static UnitReport open(Programme programme, ReportingRound round, OrgUnit unit, String by, Instant now) {
        if (!programme.isPublished() || !programme.expects(unit.getId())) {
            throw new BusinessException("report.error.notExpected", unit.getName());
        }
        if (!round.isOpen()) {
            throw new BusinessException("report.error.roundClosed", round.getName());
        }
        UnitReport report = new UnitReport();
        report.programme = programme;
        report.round = round;
        report.unit = unit;
        report.status = ReportStatus.DRAFT;
        report.created = Stamp.of(by, now);
        report.changed = Stamp.of(by, now);
        return report;
    }

    /**
     * Replaces the values with {@code newValues} (an empty cell is left out). Each cell must belong to an
     * indicator the unit enters in this round; a yes/no cell holds 1 or 0. Returns the cells that changed,
     * with their values before and after.
     */
    public List<ValueChange> record(Map<CellKey, BigDecimal> newValues, String by, Instant now) {
        requireDraft();
        Map<String, BigDecimal> checked = new HashMap<>();
        newValues.forEach((cell, amount) -> {
            if (amount != null) {
                checkCell(cell, amount);
                checked.put(cell.toString(), amount);
            }
        });
        List<ValueChange> changes = differences(values, checked);
        if (changes.isEmpty()) {
            return changes;
        }
        values.clear();
        values.putAll(checked);
        changed = Stamp.of(by, now);
        return changes;
    }

    /**
     * Replaces the narratives, one per task of the round, each cleaned of anything unsafe; an empty one
     * is left out.
     */
    public void narrate(Map<String, String> byTask, String by, Instant now) {
        requireDraft();
        Map<String, String> cleaned = new HashMap<>();
        byTask.forEach((taskCode, html) -> {
            if (programme.findTask(taskCode).isEmpty() || !round.covers(taskCode)) {
                throw new BusinessException("report.error.taskUnknown", taskCode);
            }
            String clean = RichText.clean(html, taskCode);
            if (clean != null) {
                cleaned.put(taskCode, clean);
            }
        });
        if (narratives.equals(cleaned)) {
            return;
        }
        narratives.clear();
        narratives.putAll(cleaned);
        changed = Stamp.of(by, now);
    }

    /**
     * Replaces the progress of the planned activities with {@code byActivity}: each must be an activity
     * of the unit's issued {@code plan} for this programme, under a task of the round; actual values only
     * on indicators the activity has a target for, never negative. An activity with nothing reported is
     * left out (it counts as not started). What was reported on activities of an earlier version of the
     * plan is kept, though no longer shown, so issuing a new plan version loses nothing.
     */
    public void recordProgress(UnitPlan plan, Map<Long, ProgressUpdate> byActivity, String by, Instant now) {
        requireDraft();
        Set<Long> planned = plan == null ? Set.of()
                : plan.getActivities().stream().map(PlanActivity::getId).collect(Collectors.toSet());
        List<ActivityProgress> newProgress = new ArrayList<>(
                progress.stream().filter(p -> !planned.contains(p.getActivityId())).toList());
        List<ActivityActual> newActuals = new ArrayList<>(
                actuals.stream().filter(a -> !planned.contains(a.getActivityId())).toList());
        byActivity.forEach((activityId, update) -> {
            if (update == null || update.isEmpty()) {
                return;
            }
            PlanActivity activity = reportedActivity(plan, activityId);
            String note = update.note() == null || update.note().isBlank() ? null : update.note().strip();
            if (note != null && note.length() > ActivityProgress.NOTE_LENGTH) {
                throw new BusinessException("report.error.noteTooLong", activity.getTitle(), ActivityProgress.NOTE_LENGTH);
            }
            newProgress.add(new ActivityProgress(activityId,
                    update.status() == null ? ProgressStatus.NOT_STARTED : update.status(), note));
            update.actuals().forEach((code, amount) -> {
                boolean targeted = activity.getTargets().stream().anyMatch(t -> t.getIndicatorCode().equals(code));
                if (!targeted) {
                    throw new BusinessException("report.error.actualWithoutTarget", activity.getTitle(), code);
                }
                if (amount != null && amount.signum() < 0) {
                    throw new BusinessException("report.error.actualNegative", activity.getTitle(), code);
                }
                if (amount != null) {
                    newActuals.add(new ActivityActual(activityId, code, amount));
                }
            });
        });
        if (Set.copyOf(progress).equals(Set.copyOf(newProgress)) && Set.copyOf(actuals).equals(Set.copyOf(newActuals))) {
            return;
        }
        progress.clear();
        progress.addAll(newProgress);
        actuals.clear();
        actuals.addAll(newActuals);
        changed = Stamp.of(by, now);
    }

    /** The cells whose amounts differ, whatever their scale ("1000" and "1000.0000" are the same). */
    private static List<ValueChange> differences(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Set<String> cells = new java.util.TreeSet<>(before.keySet());
        cells.addAll(after.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String cell : cells) {
            BigDecimal was = before.get(cell);
            BigDecimal is = after.get(cell);
            if (was == null ? is != null : is == null || was.compareTo(is) != 0) {
                changes.add(new ValueChange(cell, was, is));
            }
        }
        return changes;
    }

    private PlanActivity reportedActivity(UnitPlan plan, long activityId) {
        if (plan == null || !plan.isIssued() || !plan.getUnit().getId().equals(unit.getId())
                || !plan.getProgramme().getId().equals(programme.getId())) {
            throw new BusinessException("report.error.planNotIssued");
        }
        PlanActivity activity = plan.getActivities().stream().filter(a -> a.getId() == activityId).findFirst()
                .orElseThrow(() -> new BusinessException("report.error.activityUnknown", activityId));
        if (!round.covers(activity.getTaskCode())) {
            throw new BusinessException("report.error.taskUnknown", activity.getTaskCode());
        }
        return activity;
    }

    /** The reported progress of an activity, if anything was reported about it. */
    public Optional<ActivityProgress> progressOf(long activityId) {
        return progress.stream().filter(p -> p.getActivityId() == activityId).findFirst();
    }

    /** What an activity actually reached on an indicator, or null when not reported. */
    public BigDecimal actualOf(long activityId, String indicatorCode) {
        return actuals.stream().filter(a -> a.getActivityId() == activityId && a.getIndicatorCode().equals(indicatorCode))
                .map(ActivityActual::getAmount).findFirst().orElse(null);
    }

    public List<ActivityProgress> getProgress() {
        return Collections.unmodifiableList(progress);
    }

    public List<ActivityActual> getActuals() {
        return Collections.unmodifiableList(actuals);
    }

    public Map<String, String> getNarratives() {
        return Collections.unmodifiableMap(narratives);
    }

    /** Refuses, naming the cell, a value this report has no input for (or a yes/no other than 1 or 0). */
    public void checkCell(CellKey cell, BigDecimal amount) {
        Indicator indicator = programme.findIndicator(cell.indicatorCode())
                .filter(this::entered)
                .orElseThrow(() -> new BusinessException("report.error.cellUnknown", cell.toString()));
        if (cell.female() && !indicator.isSexSplit()) {
            throw new BusinessException("report.error.cellUnknown", cell.toString());
        }
        if (!cell.isOverall()) {
            Dimension dimension = indicator.getDimensions().stream()
                    .filter(d -> d.getName().equals(cell.dimension())).findFirst()
                    .orElseThrow(() -> new BusinessException("report.error.cellUnknown", cell.toString()));
            if (!dimension.getCategories().contains(cell.category())) {
                throw new BusinessException("report.error.cellUnknown", cell.toString());
            }
        }
        if (indicator.getKind() == IndicatorKind.YES_NO && amount.signum() != 0 && amount.compareTo(BigDecimal.ONE) != 0) {
            throw new BusinessException("report.error.yesNo", cell.indicatorCode());
        }
    }

    /** Whether the unit enters the indicator in this round: its type reports it, the round covers its task. */
    public boolean entered(Indicator indicator) {
        return indicator.appliesTo(unit.getType()) && !indicator.isSystemComputed()
                && indicator.getKind() != IndicatorKind.DERIVED && round.covers(indicator.getTaskCode());
    }

    /** Whether the report's form shows the indicator: entered by the unit, or derived from what it enters. */
    public boolean shown(Indicator indicator) {
        return entered(indicator) || indicator.getKind() == IndicatorKind.DERIVED && indicator.appliesTo(unit.getType())
                && !indicator.isSystemComputed() && round.covers(indicator.getTaskCode());
    }

    /** The programme's checks on the values as they are. */
    public ReportCheck.Result check() {
        Map<CellKey, BigDecimal> cells = new HashMap<>();
        values.forEach((cell, amount) -> cells.put(CellKey.parse(cell), amount));
        return ReportCheck.run(programme, unit.getType(), cells);
    }

    /**
     * The head sends the report up: refused while the checks find an error; stamped late when
     * {@code today} (the Department's day of submission) is after {@code due}, the unit's due date with
     * extensions. Each sending is numbered and its values kept, so a resubmission can be compared.
     */
    public void submit(LocalDate today, LocalDate due, String by, Instant now) {
        requireDraft();
        if (check().blocksSubmission()) {
            throw new BusinessException("report.error.hasErrors");
        }
        status = ReportStatus.SUBMITTED;
        submitted = Stamp.of(by, now);
        dueOn = due;
        late = today.isAfter(due);
        submissionNumber++;
        submissions.add(new ReportSubmission(this, submissionNumber, values, by, now, late));
        changed = Stamp.of(by, now);
    }

    /** The reviewing level takes the report as it was sent; from now on it is locked. */
    public void accept(String by, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        status = ReportStatus.ACCEPTED;
        reviewed = Stamp.of(by, now);
        reviewComment = null;
        fieldComments.clear();
    }

    /**
     * The reviewing level sends the report back for correction with a reason, and optionally comments on
     * single fields (a cell key such as "BDG-01.nu") or sections (a task code), shown to the unit there.
     */
    public void returnToUnit(String comment, Map<String, String> onFields, String by, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        String reason = required(comment, "review.error.commentRequired", REVIEW_COMMENT_LENGTH);
        Map<String, String> kept = new HashMap<>();
        onFields.forEach((target, text) -> {
            if (text != null && !text.isBlank()) {
                if (!isFieldOrSection(target)) {
                    throw new BusinessException("review.error.targetUnknown", target);
                }
                kept.put(target, required(text, "review.error.commentRequired", FIELD_COMMENT_LENGTH));
            }
        });
        status = ReportStatus.RETURNED;
        reviewed = Stamp.of(by, now);
        reviewComment = reason;
        fieldComments.clear();
        fieldComments.putAll(kept);
    }

    /** A higher level opens an accepted report again, with a reason the unit sees; it is then returned. */
    public void reopen(String reason, String by, Instant now) {
        requireStatus(ReportStatus.ACCEPTED);
        reviewComment = required(reason, "review.error.reasonRequired", REVIEW_COMMENT_LENGTH);
        fieldComments.clear();
        status = ReportStatus.RETURNED;
        reviewed = Stamp.of(by, now);
    }

    /**
     * A reviewer records, with a reason, that the unit will not report this round, so that the level
     * above it can close the round; what the unit typed stays, and it may still submit late.
     */
    public void markMissing(String reason, String by, Instant now) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.MISSING) {
            throw new BusinessException("review.error.notMissing");
        }
        missingReason = required(reason, "review.error.reasonRequired", FIELD_COMMENT_LENGTH);
        status = ReportStatus.MISSING;
        reviewed = Stamp.of(by, now);
    }

    /** A unit that never opened its report, marked missing by a reviewer. */
    public static UnitReport missing(Programme programme, ReportingRound round, OrgUnit unit, String reason, String by,
                                     Instant now) {
        if (!programme.isPublished() || !programme.expects(unit.getId())) {
            throw new BusinessException("report.error.notExpected", unit.getName());
        }
        UnitReport report = new UnitReport();
        report.programme = programme;
        report.round = round;
        report.unit = unit;
        report.status = ReportStatus.DRAFT;
        report.created = Stamp.of(by, now);
        report.changed = Stamp.of(by, now);
        report.markMissing(reason, by, now);
        return report;
    }

    /** The cells that differ between the last two submissions; empty before a resubmission. */
    public List<ValueChange> changesSincePreviousSubmission() {
        if (submissions.size() < 2) {
            return List.of();
        }
        return differences(submissions.get(submissions.size() - 2).getValues(),
                submissions.get(submissions.size() - 1).getValues());
    }

    private boolean isFieldOrSection(String target) {
        if (programme.findTask(target).isPresent()) {
            return round.covers(target);
        }
        try {
            CellKey key = CellKey.parse(target);
            return programme.findIndicator(key.indicatorCode()).filter(this::shown).isPresent();
        } catch (BusinessException notAKey) {
            return false;
        }
    }

    private static String required(String text, String messageKey, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(messageKey);
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new BusinessException("review.error.tooLong", maxLength);
        }
        return trimmed;
    }

    private void requireStatus(ReportStatus expected) {
        if (status != expected) {
            throw new BusinessException("review.error.wrongStatus");
        }
    }

    private void requireDraft() {
        if (!status.isEditableByUnit()) {
            throw new BusinessException("report.error.submitted");
        }
    }

    public BigDecimal value(String cell) {
        return values.get(cell);
    }

    public Map<String, BigDecimal> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public ReportingRound getRound() {
        return round;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ReportStatus getStatus() {
        return status;
    }

    /** Whether the report is out of the unit's hands: sent up and not returned. */
    public boolean isSubmitted() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }

    public int getSubmissionNumber() {
        return submissionNumber;
    }

    public List<ReportSubmission> getSubmissions() {
        return Collections.unmodifiableList(submissions);
    }

    public String getReviewedBy() {
        return reviewed == null ? null : reviewed.getBy();
    }

    public Instant getReviewedAt() {
        return reviewed == null ? null : reviewed.getAt();
    }

    /** Why the report was last returned or reopened, while it is with the unit again. */
    public String getReviewComment() {
        return reviewComment;
    }

    /** The reviewer's comments on single fields (cell keys) or sections (task codes) of the last return. */
    public Map<String, String> getFieldComments() {
        return Collections.unmodifiableMap(fieldComments);
    }

    public String getMissingReason() {
        return missingReason;
    }

    public Instant getChangedAt() {
        return changed == null ? null : changed.getAt();
    }

    public String getChangedBy() {
        return changed == null ? null : changed.getBy();
    }

    public Instant getSubmittedAt() {
        return submitted == null ? null : submitted.getAt();
    }

    public String getSubmittedBy() {
        return submitted == null ? null : submitted.getBy();
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Boolean getLate() {
        return late;
    }

    public int getVersion() {
        return version;
    }
}
