package vn.bdg.interfaces.web.programme;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.programme.IndicatorForm;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.RuleKind;
import vn.bdg.domain.model.programme.Severity;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.domain.shared.SearchKeys;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;
import vn.bdg.interfaces.web.support.LocaleSwitcher;

/**
 * One programme: its letter, tasks, catalogue, rules and rounds. A CAMPAIGN_ADMIN of the issuer edits,
 * publishes and copies it; the units it expects read it. Without an id the page prepares a new one.
 * Every change goes to the service and the programme is reloaded, so the page always shows what was
 * saved.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private OrgService orgService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private BusinessClock clock;

    private Long id;
    private Programme programme;
    private boolean manager;
    private ProgrammeForm form;
    private List<String> reporterCodes = new ArrayList<>();
    private transient TreeNode<ProgrammeTask> taskTree;
    private List<OrgUnit> myUnits = List.of();
    private List<OrgUnit> issuers = List.of();
    private int reporterPreview = -1;

    private TaskEdit task = new TaskEdit();
    private IndicatorForm indicator = new IndicatorForm();
    private boolean indicatorIsNew;
    private RuleEdit rule = new RuleEdit();
    private RoundForm round = new RoundForm();
    private boolean roundIsNew;
    private ExtensionEdit extension = new ExtensionEdit();
    private List<Indicator> filteredIndicators;

    /** Loads the programme named in the address, or prepares a new one. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            issuers = programmeService.issuers(session.actor());
            if (issuers.isEmpty()) {
                Faces.responseSendError(403, null);
                return;
            }
            manager = true;
            form = new ProgrammeForm();
            form.setIssuerId(issuers.get(0).getId());
            form.setYear(clock.today().getYear());
            form.setIssuedOn(clock.today());
            form.setSigningAuthority(SigningAuthority.KT);
            form.setIntermediateLevel(false);
            form.addBasis();
            return;
        }
        if (!Guarded.run(feedback, this::reload)) {
            Faces.responseSendError(404, null);
        }
    }

    private void reload() {
        programme = programmeService.programme(session.actor(), id);
        manager = programmeService.mayManage(session.actor(), programme);
        form = ProgrammeForm.of(programme);
        reporterCodes = new ArrayList<>();
        for (Long unitId : programme.getReporterUnits()) {
            reporterCodes.add(orgService.unit(session.actor(), unitId).getCode());
        }
        taskTree = null;
        reporterPreview = -1;
        myUnits = manager ? List.of() : programmeService.expectedUnitsVisibleTo(session.actor(), id);
    }

    // ---- letter ------------------------------------------------------------------------------------

    /** Saves the letter and shows the programme afresh, its title included. */
    public String save() {
        boolean creating = id == null;
        boolean ok = Guarded.run(feedback, () -> {
            form.setReporterUnits(reporterCodes.stream()
                    .map(code -> orgService.unitByCode(session.actor(), code).getId()).toList());
            if (creating) {
                id = programmeService.create(session.actor(), form);
            } else {
                programmeService.describe(session.actor(), id, form);
            }
        });
        if (!ok) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        feedback.info(creating ? "programme.created" : "programme.saved");
        return "/programmes/programme?faces-redirect=true&id=" + id;
    }

    public void addBasis() {
        form.addBasis();
    }

    public void removeBasis(ProgrammeForm.Basis basis) {
        form.removeBasis(basis);
    }

    public void previewReporters() {
        Guarded.run(feedback, () -> reporterPreview = programmeService.resolveReporters(session.actor(), id).size());
    }

    public void publish() {
        Guarded.run(feedback, () -> {
            int count = programmeService.publish(session.actor(), id);
            reload();
            feedback.info("programme.published", count);
        });
    }

    public String copyToNextYear() {
        long[] copy = {0};
        boolean ok = Guarded.run(feedback, () -> copy[0] = programmeService.copyToNextYear(session.actor(), id));
        if (!ok) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        feedback.info("programme.copied", String.valueOf(programme.getYear() + 1));
        return "/programmes/programme?faces-redirect=true&id=" + copy[0];
    }

    // ---- tasks -------------------------------------------------------------------------------------

    public TreeNode<ProgrammeTask> getTaskTree() {
        if (taskTree == null && programme != null) {
            taskTree = new DefaultTreeNode<>(null, null);
            Map<ProgrammeTask, TreeNode<ProgrammeTask>> nodes = new HashMap<>();
            for (ProgrammeTask t : programme.getTasks()) {
                TreeNode<ProgrammeTask> parent = t.getParent() == null ? taskTree : nodes.get(t.getParent());
                TreeNode<ProgrammeTask> node = new DefaultTreeNode<>(t, parent == null ? taskTree : parent);
                node.setExpanded(true);
                nodes.put(t, node);
            }
        }
        return taskTree;
    }

    public void newTask(String parentCode) {
        task = new TaskEdit();
        task.parentCode = parentCode;
        task.isNew = true;
    }

    public void editTask(ProgrammeTask existing) {
        task = new TaskEdit();
        task.parentCode = existing.getParentCode();
        task.code = existing.getCode();
        task.title = existing.getTitle();
        task.description = existing.getDescription();
        task.isNew = false;
    }

    public void saveTask() {
        change(() -> {
            if (task.isNew) {
                programmeService.addTask(session.actor(), id, task.parentCode, task.code, task.title, task.description);
            } else {
                programmeService.describeTask(session.actor(), id, task.code, task.title, task.description);
            }
        }, "programme.task.saved", "taskDialog");
    }

    public void removeTask(String code) {
        change(() -> programmeService.removeTask(session.actor(), id, code), "programme.task.removed", null);
    }

    // ---- indicators and rules --------------------------------------------------------------------

    public void newIndicator() {
        indicator = new IndicatorForm();
        indicatorIsNew = true;
    }

    public void editIndicator(Indicator existing) {
        indicator = IndicatorForm.of(existing);
        indicatorIsNew = false;
    }

    public void saveIndicator() {
        change(() -> {
            if (indicatorIsNew) {
                programmeService.addIndicator(session.actor(), id, indicator);
            } else {
                programmeService.changeIndicator(session.actor(), id, indicator);
            }
        }, "programme.indicator.saved", "indicatorDialog");
    }

    public void removeIndicator(String code) {
        change(() -> programmeService.removeIndicator(session.actor(), id, code), "programme.indicator.removed", null);
    }

    public void loadDefaultCatalogue() {
        int[] added = {0};
        if (Guarded.run(feedback, () -> added[0] = programmeService.loadDefaultCatalogue(session.actor(), id))) {
            Guarded.run(feedback, this::reload);
            feedback.info("programme.catalogue.loaded", added[0]);
        }
    }

    public void newRule() {
        rule = new RuleEdit();
    }

    public void saveRule() {
        change(() -> programmeService.addRule(session.actor(), id, rule.kind, rule.expression, rule.severity,
                rule.messageVi, rule.messageEn), "programme.rule.saved", "ruleDialog");
    }

    public void removeRule(long ruleId) {
        change(() -> programmeService.removeRule(session.actor(), id, ruleId), "programme.rule.removed", null);
    }

    /** The rule's own message in the reader's language, or the expression. */
    public String ruleMessage(vn.bdg.domain.model.programme.ValidationRule r) {
        String own = locale.pick(r.getMessageVi(), r.getMessageEn());
        return own != null ? own : feedback.text("programme.rule.defaultMessage", r.getExpression());
    }

    public String indicatorName(Indicator i) {
        return locale.pick(i.getNameVi(), i.getNameEn());
    }

    public String indicatorUnit(Indicator i) {
        return locale.pick(i.getUnitVi(), i.getUnitEn());
    }

    /** What the name filter matches: both names, diacritics folded, so 'nu' finds 'nữ'. */
    public String indicatorSearchKey(Indicator i) {
        return SearchKeys.foldAll(i.getNameVi(), i.getNameEn());
    }

    public String dimensionsText(Indicator i) {
        return String.join("; ", i.getDimensions().stream().map(Object::toString).toList());
    }

    public List<Indicator> getFilteredIndicators() {
        return filteredIndicators;
    }

    public void setFilteredIndicators(List<Indicator> filteredIndicators) {
        this.filteredIndicators = filteredIndicators;
    }

    // ---- rounds ------------------------------------------------------------------------------------

    public void newRound() {
        round = RoundForm.defaults(RoundKind.SIX_MONTH, programme.getYear());
        roundIsNew = true;
    }

    public void roundKindChanged() {
        if (roundIsNew) {
            round.applyDefaults(round.getKind(), programme.getYear());
        }
    }

    public void editRound(ReportingRound existing) {
        round = RoundForm.of(existing);
        roundIsNew = false;
    }

    public void saveRound() {
        change(() -> {
            if (roundIsNew) {
                programmeService.addRound(session.actor(), id, round);
            } else {
                programmeService.changeRound(session.actor(), id, round);
            }
        }, "programme.round.saved", "roundDialog");
    }

    public void removeRound(String code) {
        change(() -> programmeService.removeRound(session.actor(), id, code), "programme.round.removed", null);
    }

    public void setRoundOpen(String code, boolean open) {
        change(() -> programmeService.setRoundOpen(session.actor(), id, code, open),
                open ? "programme.round.opened" : "programme.round.closed.done", null);
    }

    public void newExtension(String roundCode) {
        extension = new ExtensionEdit();
        extension.roundCode = roundCode;
    }

    public void saveExtension() {
        change(() -> {
            OrgUnit unit = orgService.unitByCode(session.actor(), extension.unitCode == null ? "" : extension.unitCode);
            programmeService.extend(session.actor(), id, extension.roundCode, unit.getId(), extension.until,
                    extension.reason);
        }, "programme.extension.saved", "extensionDialog");
    }

    /** The due date of one of the reader's units in a round, extensions included. */
    public LocalDate dueFor(ReportingRound r, OrgUnit unit) {
        return programme.dueFor(r, unit);
    }

    private void change(Guarded.Action action, String doneKey, String dialog) {
        if (Guarded.run(feedback, action)) {
            Guarded.run(feedback, this::reload);
            feedback.info(doneKey);
            if (dialog != null) {
                org.primefaces.PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
        }
    }

    public List<String> getTaskCodes() {
        return programme == null ? List.of() : programme.getTasks().stream().map(ProgrammeTask::getCode).toList();
    }

    public List<String> getRoundCodes() {
        return programme == null ? List.of() : programme.getRounds().stream().map(ReportingRound::getCode).toList();
    }

    public List<SigningAuthority> getSigningAuthorities() {
        return List.of(SigningAuthority.values());
    }

    public List<vn.bdg.domain.model.programme.IndicatorKind> getIndicatorKinds() {
        return List.of(vn.bdg.domain.model.programme.IndicatorKind.values());
    }

    public List<RuleKind> getRuleKinds() {
        return List.of(RuleKind.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<RoundKind> getRoundKinds() {
        return List.of(RoundKind.values());
    }

    public boolean isEditable() {
        return manager;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public boolean isManager() {
        return manager;
    }

    public ProgrammeForm getForm() {
        return form;
    }

    public List<String> getReporterCodes() {
        return reporterCodes;
    }

    public void setReporterCodes(List<String> reporterCodes) {
        this.reporterCodes = reporterCodes == null ? new ArrayList<>() : new ArrayList<>(reporterCodes);
    }

    public int getReporterPreview() {
        return reporterPreview;
    }

    /** The units the person may issue a new programme from (their CAMPAIGN_ADMIN units). */
    public List<OrgUnit> getIssuers() {
        return issuers;
    }

    public List<OrgUnit> getMyUnits() {
        return myUnits;
    }

    public TaskEdit getTask() {
        return task;
    }

    public IndicatorForm getIndicator() {
        return indicator;
    }

    public boolean isIndicatorIsNew() {
        return indicatorIsNew;
    }

    public RuleEdit getRule() {
        return rule;
    }

    public RoundForm getRound() {
        return round;
    }

    public boolean isRoundIsNew() {
        return roundIsNew;
    }

    public ExtensionEdit getExtension() {
        return extension;
    }

    /** A task as edited in its dialog. */
    public static class TaskEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String parentCode;
        private String code;
        private String title;
        private String description;
        private boolean isNew = true;

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
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

        public boolean isNew() {
            return isNew;
        }
    }

    /** A validation rule as entered in its dialog. */
    public static class RuleEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private RuleKind kind = RuleKind.CROSS;
        private String expression;
        private Severity severity = Severity.ERROR;
        private String messageVi;
        private String messageEn;

        public RuleKind getKind() {
            return kind;
        }

        public void setKind(RuleKind kind) {
            this.kind = kind;
        }

        public String getExpression() {
            return expression;
        }

        public void setExpression(String expression) {
            this.expression = expression;
        }

        public Severity getSeverity() {
            return severity;
        }

        public void setSeverity(Severity severity) {
            this.severity = severity;
        }

        public String getMessageVi() {
            return messageVi;
        }

        public void setMessageVi(String messageVi) {
            this.messageVi = messageVi;
        }

        public String getMessageEn() {
            return messageEn;
        }

        public void setMessageEn(String messageEn) {
            this.messageEn = messageEn;
        }
    }

    /** An extension as entered in its dialog. */
    public static class ExtensionEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String roundCode;
        private String unitCode;
        private LocalDate until;
        private String reason;

        public String getRoundCode() {
            return roundCode;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public LocalDate getUntil() {
            return until;
        }

        public void setUntil(LocalDate until) {
            this.until = until;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
