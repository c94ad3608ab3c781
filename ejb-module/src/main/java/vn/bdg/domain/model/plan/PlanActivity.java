package vn.bdg.domain.model.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.bdg.domain.shared.BusinessException;

/**
 * One activity of a unit's plan, under one task of the programme: what, for whom, when, who is
 * responsible, with what budget (VND) and which indicator targets. Part of the {@link UnitPlan}
 * aggregate.
 */
@Entity
@Table(name = "plan_activity")
public class PlanActivity {

    @Id
    @SequenceGenerator(name = "plan_activity_seq", sequenceName = "plan_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_activity_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private UnitPlan plan;

    @Column(name = "task_code", nullable = false, length = 20)
    private String taskCode;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "target_group", length = 200)
    private String targetGroup;

    @Column(name = "planned_from", nullable = false)
    private LocalDate plannedFrom;

    @Column(name = "planned_to", nullable = false)
    private LocalDate plannedTo;

    @Column(nullable = false, length = 200)
    private String responsible;

    @Column(precision = 19, scale = 0)
    private BigDecimal budget;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_activity_target", joinColumns = @JoinColumn(name = "activity_id"))
    private List<IndicatorTarget> targets = new ArrayList<>();

    @Column(nullable = false)
    private int position;

    protected PlanActivity() {
    }

    PlanActivity(UnitPlan plan, ActivityDetails details, int position) {
        this.plan = plan;
        this.position = position;
        describe(details);
    }

    /** Checks what the activity says on its own; the plan checks it against the programme. */
    void describe(ActivityDetails details) {
        if (details.title() == null || details.title().isBlank()) {
            throw new BusinessException("plan.error.titleRequired");
        }
        if (details.plannedFrom() == null || details.plannedTo() == null) {
            throw new BusinessException("plan.error.datesRequired", details.title().trim());
        }
        if (details.plannedTo().isBefore(details.plannedFrom())) {
            throw new BusinessException("plan.error.endsBeforeStart", details.title().trim());
        }
        if (details.responsible() == null || details.responsible().isBlank()) {
            throw new BusinessException("plan.error.responsibleRequired", details.title().trim());
        }
        if (details.budget() != null && details.budget().signum() < 0) {
            throw new BusinessException("plan.error.negativeBudget", details.title().trim());
        }
        taskCode = details.taskCode();
        title = details.title().trim();
        description = blankToNull(details.description());
        targetGroup = blankToNull(details.targetGroup());
        plannedFrom = details.plannedFrom();
        plannedTo = details.plannedTo();
        responsible = details.responsible().trim();
        budget = details.budget();
        targets = new ArrayList<>(details.targets());
    }

    ActivityDetails details() {
        return new ActivityDetails(taskCode, title, description, targetGroup, plannedFrom, plannedTo, responsible,
                budget, targets);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public String getResponsible() {
        return responsible;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public List<IndicatorTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public int getPosition() {
        return position;
    }
}
