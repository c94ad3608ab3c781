package vn.bdg.interfaces.web.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.plan.ActivityForm;
import vn.bdg.application.plan.PlanService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Downloads;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;
import vn.bdg.interfaces.web.support.LocaleSwitcher;

/**
 * One unit's plan for one programme: its versions, the one shown, and for the unit's editor the draft's
 * document and activities; for the unit's head, issuing it.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService planService;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private OrgService orgService;

    @Inject
    private EvidenceService evidenceService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private LocaleSwitcher locale;

    private Long programmeId;
    private Long unitId;
    private Programme programme;
    private OrgUnit unit;
    private List<UnitPlan> versions = List.of();
    private UnitPlan shown;
    private boolean editor;
    private boolean head;
    private String documentNumber;
    private LocalDate documentDate;
    private ActivityForm activity = new ActivityForm();
    private Map<Long, List<Attachment>> evidence = Map.of();
    private Long evidenceActivityId;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (programmeId == null || unitId == null || !Guarded.run(feedback, this::reload)) {
            Faces.responseSendError(404, null);
        }
    }

    private void reload() {
        programme = programmeService.programme(session.actor(), programmeId);
        unit = orgService.unit(session.actor(), unitId);
        versions = planService.versions(session.actor(), programmeId, unitId);
        editor = planService.mayDraft(session.actor(), unitId);
        head = planService.mayIssue(session.actor(), unitId);
        show(versions.isEmpty() ? null : versions.get(0));
    }

    private void show(UnitPlan plan) {
        shown = plan;
        evidence = plan == null ? Map.of() : evidenceService.ofPlan(session.actor(), plan.getId());
        documentNumber = plan == null ? null : plan.getDocumentNumber();
        documentDate = plan == null ? null : plan.getDocumentDate();
    }

    public void showVersion(int planVersion) {
        versions.stream().filter(p -> p.getPlanVersion() == planVersion).findFirst().ifPresent(this::show);
    }

    /** Starts version 1, or a new version copied from the issued one, or returns to the open draft. */
    public void startDraft() {
        change(() -> planService.draft(session.actor(), programmeId, unitId), "plan.draftStarted");
    }

    public void saveDocument() {
        change(() -> planService.describe(session.actor(), shown.getId(), documentNumber, documentDate), "plan.saved");
    }

    public void newActivity() {
        activity = new ActivityForm();
        activity.addTarget();
    }

    public void editActivity(PlanActivity existing) {
        activity = ActivityForm.of(existing);
        activity.addTarget();
    }

    public void addTarget() {
        activity.addTarget();
    }

    public void removeTarget(ActivityForm.Target target) {
        activity.removeTarget(target);
    }

    public void saveActivity() {
        boolean isNew = activity.getId() == null;
        if (change(() -> {
            if (isNew) {
                planService.addActivity(session.actor(), shown.getId(), activity);
            } else {
                planService.changeActivity(session.actor(), shown.getId(), activity);
            }
        }, "plan.activity.saved")) {
            org.primefaces.PrimeFaces.current().executeScript("PF('activityDialog').hide()");
        }
    }

    public void removeActivity(long activityId) {
        change(() -> planService.removeActivity(session.actor(), shown.getId(), activityId), "plan.activity.removed");
    }

    public void issue() {
        change(() -> planService.issue(session.actor(), shown.getId()), "plan.issued");
    }

    /** The evidence files of one activity of the shown version. */
    public List<Attachment> evidenceOf(Long activityId) {
        return evidence.getOrDefault(activityId, List.of());
    }

    /** Chooses the activity the next uploaded file is evidence of. */
    public void chooseEvidenceActivity(long activityId) {
        evidenceActivityId = activityId;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (change(() -> evidenceService.attachToActivity(session.actor(), shown.getId(), evidenceActivityId,
                file.getFileName(), file.getContent()), "evidence.attached")) {
            org.primefaces.PrimeFaces.current().executeScript("PF('evidenceDialog').hide()");
        }
    }

    /** The file to download, if the person may see the unit; a refusal shows as a message instead. */
    public StreamedContent download(long attachmentId) {
        Download[] file = {null};
        if (!Guarded.run(feedback, () -> file[0] = evidenceService.download(session.actor(), attachmentId))) {
            return null;
        }
        return Downloads.streamed(file[0]);
    }

    private boolean change(Guarded.Action action, String doneKey) {
        if (Guarded.run(feedback, action)) {
            Guarded.run(feedback, this::reload);
            feedback.info(doneKey);
            return true;
        }
        return false;
    }

    /** Whether the page offers editing: the shown version is the open draft and the person drafts for the unit. */
    public boolean isEditable() {
        return editor && shown != null && !shown.isIssued() && shown == versions.get(0);
    }

    public boolean isIssuable() {
        return head && shown != null && !shown.isIssued();
    }

    /** Whether the editor may start a draft: none yet, or the newest version is issued. */
    public boolean isMayStartDraft() {
        return editor && (versions.isEmpty() || versions.get(0).isIssued());
    }

    /** The tasks activities go under: those without sub-tasks. */
    public List<ProgrammeTask> getTasks() {
        return programme.getTasks().stream()
                .filter(t -> programme.getTasks().stream().noneMatch(c -> c.getParent() == t))
                .toList();
    }

    /** The indicators the unit reports and may set targets on. */
    public List<Indicator> getTargetIndicators() {
        return programme.getIndicators().stream()
                .filter(i -> i.appliesTo(unit.getType()) && !i.isSystemComputed())
                .toList();
    }

    /** "BDG-19 — name (unit)" in the reader's language. */
    public String indicatorLabel(String code) {
        return programme.findIndicator(code)
                .map(i -> i.getCode() + " — " + locale.pick(i.getNameVi(), i.getNameEn())
                        + " (" + locale.pick(i.getUnitVi(), i.getUnitEn()) + ")")
                .orElse(code);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Programme getProgramme() {
        return programme;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public List<UnitPlan> getVersions() {
        return versions;
    }

    public UnitPlan getShown() {
        return shown;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isHead() {
        return head;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public ActivityForm getActivity() {
        return activity;
    }
}
