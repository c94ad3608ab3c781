package vn.bdg.application.programme;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundDefinition;
import vn.bdg.domain.model.programme.RoundKind;

/** A reporting round as edited on screen. */
public class RoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    private String code;
    private RoundKind kind = RoundKind.SIX_MONTH;
    @Size(max = 200)
    private String name;
    private LocalDate dataFrom;
    private LocalDate dataTo;
    private LocalDate dueTop;
    private LocalDate dueIntermediate;
    private String addendumTo;
    private List<String> taskScope = new ArrayList<>();

    /** A new round of {@code kind} for {@code year}, its window the Decree 09 default. */
    public static RoundForm defaults(RoundKind kind, int year) {
        RoundForm form = new RoundForm();
        form.applyDefaults(kind, year);
        return form;
    }

    public void applyDefaults(RoundKind newKind, int year) {
        kind = newKind;
        if (newKind.hasDefaultWindow()) {
            dataFrom = newKind.defaultDataFrom(year);
            dataTo = newKind.defaultDataTo(year);
        }
    }

    public static RoundForm of(ReportingRound round) {
        RoundForm form = new RoundForm();
        form.code = round.getCode();
        form.kind = round.getKind();
        form.name = round.getName();
        form.dataFrom = round.getDataFrom();
        form.dataTo = round.getDataTo();
        form.dueTop = round.getDueTop();
        form.dueIntermediate = round.getDueIntermediate();
        form.addendumTo = round.getAddendumToCode();
        form.taskScope = new ArrayList<>(round.taskScopeCodes());
        return form;
    }

    public RoundDefinition toDefinition() {
        return new RoundDefinition(code, kind, name, dataFrom, dataTo, dueTop, dueIntermediate, addendumTo,
                Set.copyOf(taskScope));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDataFrom() {
        return dataFrom;
    }

    public void setDataFrom(LocalDate dataFrom) {
        this.dataFrom = dataFrom;
    }

    public LocalDate getDataTo() {
        return dataTo;
    }

    public void setDataTo(LocalDate dataTo) {
        this.dataTo = dataTo;
    }

    public LocalDate getDueTop() {
        return dueTop;
    }

    public void setDueTop(LocalDate dueTop) {
        this.dueTop = dueTop;
    }

    public LocalDate getDueIntermediate() {
        return dueIntermediate;
    }

    public void setDueIntermediate(LocalDate dueIntermediate) {
        this.dueIntermediate = dueIntermediate;
    }

    public String getAddendumTo() {
        return addendumTo;
    }

    public void setAddendumTo(String addendumTo) {
        this.addendumTo = addendumTo;
    }

    public List<String> getTaskScope() {
        return taskScope;
    }

    public void setTaskScope(List<String> taskScope) {
        this.taskScope = taskScope;
    }
}
