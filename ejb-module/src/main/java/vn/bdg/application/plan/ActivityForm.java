package vn.bdg.application.plan;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.bdg.domain.model.plan.ActivityDetails;
import vn.bdg.domain.model.plan.IndicatorTarget;
import vn.bdg.domain.model.plan.PlanActivity;

/** A plan activity as edited on screen, with its indicator targets as rows. */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One indicator target row. */
    public static class Target implements Serializable {
        private static final long serialVersionUID = 1L;
        private String indicatorCode;
        private BigDecimal value;

        public Target() {
        }

        Target(IndicatorTarget target) {
            indicatorCode = target.getIndicatorCode();
            value = target.getValue();
        }

        public String getIndicatorCode() {
            return indicatorCode;
        }

        public void setIndicatorCode(String indicatorCode) {
            this.indicatorCode = indicatorCode;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }

    private Long id;
    private String taskCode;
    @Size(max = 500)
    private String title;
    @Size(max = 4000)
    private String description;
    @Size(max = 200)
    private String targetGroup;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    @Size(max = 200)
    private String responsible;
    private BigDecimal budget;
    private List<Target> targets = new ArrayList<>();

    public static ActivityForm of(PlanActivity activity) {
        ActivityForm form = new ActivityForm();
        form.id = activity.getId();
        form.taskCode = activity.getTaskCode();
        form.title = activity.getTitle();
        form.description = activity.getDescription();
        form.targetGroup = activity.getTargetGroup();
        form.plannedFrom = activity.getPlannedFrom();
        form.plannedTo = activity.getPlannedTo();
        form.responsible = activity.getResponsible();
        form.budget = activity.getBudget();
        activity.getTargets().forEach(t -> form.targets.add(new Target(t)));
        return form;
    }

    /** The details, without target rows left empty. */
    public ActivityDetails toDetails() {
        List<IndicatorTarget> filled = targets.stream()
                .filter(t -> t.indicatorCode != null && !t.indicatorCode.isBlank() && t.value != null)
                .map(t -> new IndicatorTarget(t.indicatorCode, t.value))
                .toList();
        return new ActivityDetails(taskCode, title, description, targetGroup, plannedFrom, plannedTo, responsible,
                budget, filled);
    }

    public void addTarget() {
        targets.add(new Target());
    }

    public void removeTarget(Target target) {
        targets.remove(target);
    }

    public Long getId() {
        return id;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public void setTaskCode(String taskCode) {
        this.taskCode = taskCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDate plannedFrom) {
        this.plannedFrom = plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public void setPlannedTo(LocalDate plannedTo) {
        this.plannedTo = plannedTo;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public void setTargets(List<Target> targets) {
        this.targets = targets;
    }
}
