package vn.bdg.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.Stamp;

/**
 * One version of a unit's plan for a programme (kế hoạch thực hiện công tác bình đẳng giới), and the
 * aggregate root of its activities.
 *
 * <p>Life cycle: the unit's editor drafts version 1 of a published programme that expects the unit,
 * gives it the plan document's number and date, and adds activities under the programme's tasks; the
 * unit's head {@link #issue}s it, after which it never changes. A later change is a new version
 * ({@link #nextVersion}) that starts as a copy of the issued one; earlier versions stay as history.
 */
@Entity
@Table(name = "unit_plan")
public class UnitPlan {

    @Id
    @SequenceGenerator(name = "unit_plan_seq", sequenceName = "unit_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_plan_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", updatable = false)
    private OrgUnit unit;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanActivity> activities = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    private Stamp created;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "changed_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "changed_at"))
    private Stamp changed;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "issued_by", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "issued_at"))
    private Stamp issued;

    @Version
    private int version;

    protected UnitPlan() {
    }

    private UnitPlan(Programme programme, OrgUnit unit, int planVersion, String by, Instant now) {
        this.programme = programme;
        this.unit = unit;
        this.planVersion = planVersion;
        this.status = PlanStatus.DRAFT;
        this.created = Stamp.of(by, now);
        this.changed = Stamp.of(by, now);
    }

    /** Version 1, for a unit the published programme expects to report. */
    public static UnitPlan firstDraft(Programme programme, OrgUnit unit, String by, Instant now) {
        if (!programme.isPublished() || !programme.expects(unit.getId())) {
            throw new BusinessException("plan.error.notExpected", unit.getName());
        }
        return new UnitPlan(programme, unit, 1, by, now);
    }

    /** The next version, a draft starting as a copy of this issued one. */
    public UnitPlan nextVersion(String by, Instant now) {
        if (status != PlanStatus.ISSUED) {
            throw new BusinessException("plan.error.draftExists", planVersion);
        }
        UnitPlan next = new UnitPlan(programme, unit, planVersion + 1, by, now);
        for (PlanActivity activity : activities) {
            next.activities.add(new PlanActivity(next, activity.details(), activity.getPosition()));
        }
        return next;
    }

    /** The plan document's number ("15/KH-THPTNQ") and date, as the unit's clerk gave them. */
    public void describe(String number, LocalDate date, String by, Instant now) {
        requireDraft();
        documentNumber = number == null || number.isBlank() ? null : number.trim();
        documentDate = date;
        touched(by, now);
    }

    public PlanActivity addActivity(ActivityDetails details, String by, Instant now) {
        requireDraft();
        check(details);
        PlanActivity activity = new PlanActivity(this, details, (activities.size() + 1) * 10);
        activities.add(activity);
        touched(by, now);
        return activity;
    }

    public void changeActivity(long activityId, ActivityDetails details, String by, Instant now) {
        requireDraft();
        check(details);
        activity(activityId).describe(details);
        touched(by, now);
    }

    public void removeActivity(long activityId, String by, Instant now) {
        requireDraft();
        activities.remove(activity(activityId));
        touched(by, now);
    }

    /** The unit's head issues the plan: it needs its number, its date and at least one activity. */
    public void issue(String by, Instant now) {
        requireDraft();
        if (documentNumber == null || documentDate == null) {
            throw new BusinessException("plan.error.issueNeedsDocument");
        }
        if (activities.isEmpty()) {
            throw new BusinessException("plan.error.issueNeedsActivities");
        }
        status = PlanStatus.ISSUED;
        issued = Stamp.of(by, now);
        touched(by, now);
    }

    /** An activity must sit under a task of the programme and aim only at indicators the unit reports. */
    private void check(ActivityDetails details) {
        if (details.taskCode() == null || programme.findTask(details.taskCode()).isEmpty()) {
            throw new BusinessException("plan.error.taskUnknown", details.taskCode() == null ? "" : details.taskCode());
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorTarget target : details.targets()) {
            Indicator indicator = programme.findIndicator(target.getIndicatorCode()).orElseThrow(() ->
                    new BusinessException("plan.error.indicatorUnknown", target.getIndicatorCode()));
            if (!indicator.appliesTo(unit.getType()) || indicator.isSystemComputed()) {
                throw new BusinessException("plan.error.indicatorNotReported", indicator.getCode());
            }
            if (!seen.add(indicator.getCode())) {
                throw new BusinessException("plan.error.targetTwice", indicator.getCode());
            }
            if (target.getValue().signum() < 0) {
                throw new BusinessException("plan.error.negativeTarget", indicator.getCode());
            }
        }
    }

    private PlanActivity activity(long activityId) {
        return activities.stream().filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new BusinessException("plan.error.activityUnknown"));
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("plan.error.issued", planVersion);
        }
    }

    private void touched(String by, Instant now) {
        changed = Stamp.of(by, now);
    }

    public boolean isIssued() {
        return status == PlanStatus.ISSUED;
    }

    /** The plan's total budget in VND. */
    public BigDecimal totalBudget() {
        return activities.stream().map(PlanActivity::getBudget).filter(b -> b != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public Instant getCreatedAt() {
        return created == null ? null : created.getAt();
    }

    public String getCreatedBy() {
        return created == null ? null : created.getBy();
    }

    public Instant getChangedAt() {
        return changed == null ? null : changed.getAt();
    }

    public String getChangedBy() {
        return changed == null ? null : changed.getBy();
    }

    public Instant getIssuedAt() {
        return issued == null ? null : issued.getAt();
    }

    public String getIssuedBy() {
        return issued == null ? null : issued.getBy();
    }

    public List<PlanActivity> getActivities() {
        return Collections.unmodifiableList(activities);
    }

    public int getVersion() {
        return version;
    }
}
