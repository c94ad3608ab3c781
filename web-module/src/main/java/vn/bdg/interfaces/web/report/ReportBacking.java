package vn.bdg.interfaces.web.report;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.ReportDocumentService;
import vn.bdg.application.report.ReportEntry;
import vn.bdg.application.report.ReportService;
import vn.bdg.application.report.ReportWorkbookService;
import vn.bdg.application.report.WorkbookImport;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.Finding;
import vn.bdg.domain.model.report.ProgressStatus;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.ReportCheck;
import vn.bdg.domain.model.report.TypedValues;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Downloads;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;
import vn.bdg.interfaces.web.support.Labels;
import vn.bdg.interfaces.web.support.LocaleSwitcher;

/**
 * A unit's report for a round: one section per task of the round, Tổng and Nữ (Nam shown as the
 * difference) for each indicator the unit reports and each category of its dimensions, yes/no answers,
 * the derived indicators computed from what was saved, and what the checks found beside each indicator.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reportService;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private OrgService orgService;

    @Inject
    private EvidenceService evidenceService;

    @Inject
    private ReportWorkbookService workbookService;

    @Inject
    private ReportDocumentService documentService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private Labels labels;

    @Inject
    private LocaleSwitcher locale;

    private Long programmeId;
    private String roundCode;
    private Long unitId;
    private Programme programme;
    private ReportingRound round;
    private OrgUnit unit;
    private UnitReport report;
    private int loadedVersion;
    private boolean editor;
    private boolean head;
    private final Map<String, String> inputs = new HashMap<>();
    private final Map<String, String> narratives = new HashMap<>();
    private final Map<String, BigDecimal> halfYear = new HashMap<>();
    private final Map<Long, ProgressInput> progress = new HashMap<>();
    private UnitPlan plan;
    private List<Attachment> evidence = List.of();
    private List<WorkbookProblemRow> workbookProblems = List.of();
    private List<ReportSection> sections = List.of();
    private transient ReportCheck.Result result;
    private transient ReportCheck.Result typedResult;
    private transient Map<OrgUnit, ReportStatus> schools;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (programmeId == null || roundCode == null || unitId == null || !Guarded.run(feedback, this::reload)) {
            Faces.responseSendError(404, null);
        }
    }

    private void reload() {
        programme = programmeService.programme(session.actor(), programmeId);
        round = programme.round(roundCode);
        unit = orgService.unit(session.actor(), unitId);
        report = reportService.find(session.actor(), programmeId, roundCode, unitId).orElse(null);
        editor = reportService.mayRecord(session.actor(), unitId);
        head = reportService.maySubmit(session.actor(), unitId);
        inputs.clear();
        narratives.clear();
        halfYear.clear();
        if (round.getKind() == RoundKind.ANNUAL) {
            programme.getRounds().stream().filter(r -> r.getKind() == RoundKind.SIX_MONTH).findFirst()
                    .flatMap(r -> reportService.find(session.actor(), programmeId, r.getCode(), unitId))
                    .ifPresent(sixMonth -> halfYear.putAll(sixMonth.getValues()));
        }
        evidence = report == null ? List.of() : evidenceService.ofReport(session.actor(), report.getId());
        plan = reportService.issuedPlan(session.actor(), programmeId, unitId).orElse(null);
        progress.clear();
        if (report != null) {
            narratives.putAll(report.getNarratives());
            loadedVersion = report.getVersion();
            report.getValues().forEach((cell, amount) -> inputs.put(cell, labels.number(amount)));
            sections = sections(report);
            sections.forEach(section -> section.activities().forEach(this::loadProgress));
        }
        result = null;
        typedResult = null;
        schools = null;
    }

    private void loadProgress(PlanActivity activity) {
        ProgressInput input = new ProgressInput();
        report.progressOf(activity.getId()).ifPresent(saved -> {
            input.setStatus(saved.getStatus());
            input.setNote(saved.getNote());
        });
        activity.getTargets().forEach(target -> input.getActuals().put(target.getIndicatorCode(),
                labels.number(report.actualOf(activity.getId(), target.getIndicatorCode()))));
        progress.put(activity.getId(), input);
    }

    private List<ReportSection> sections(UnitReport opened) {
        List<ReportSection> built = new ArrayList<>();
        for (ProgrammeTask task : programme.getTasks()) {
            List<ReportRow> rows = programme.getIndicators().stream()
                    .filter(i -> i.getTask() == task && opened.shown(i))
                    .map(ReportRow::new).toList();
            List<PlanActivity> activities = plan == null ? List.of() : plan.getActivities().stream()
                    .filter(a -> a.getTaskCode().equals(task.getCode()) && opened.getRound().covers(task.getCode()))
                    .toList();
            if (!rows.isEmpty() || !activities.isEmpty()) {
                built.add(new ReportSection(task, rows, activities));
            }
        }
        return built;
    }

    public void open() {
        if (Guarded.run(feedback, () -> reportService.open(session.actor(), programmeId, roundCode, unitId))) {
            Guarded.run(feedback, this::reload);
            feedback.info("report.opened");
        }
    }

    /** Saves the draft as typed; what the checks find is shown, it never blocks a draft. */
    public void save() {
        if (store()) {
            feedback.info(getResult().blocksSubmission() ? "report.savedWithErrors" : "report.saved");
        }
    }

    /**
     * Saves what was typed in the background, without re-rendering the inputs being typed in; only a
     * refusal (a conflict, an unreadable number) is shown.
     */
    public void autosave() {
        store();
    }

    private boolean store() {
        Map<String, String> typed = new HashMap<>();
        inputs.forEach((cell, text) -> {
            if (text != null && !text.isBlank()) {
                typed.put(cell, text);
            }
        });
        Map<String, String> written = new HashMap<>();
        sections.forEach(section -> written.put(section.getTask().getCode(),
                narratives.get(section.getTask().getCode())));
        Map<Long, ReportEntry.Progress> reported = new HashMap<>();
        progress.forEach((activityId, input) -> reported.put(activityId, input.toEntry()));
        ReportEntry entry = ReportEntry.ofCells(typed).withNarratives(written).withProgress(reported);
        if (Guarded.run(feedback, () -> reportService.record(session.actor(), report.getId(), loadedVersion, entry))) {
            Map<String, String> kept = new HashMap<>(inputs);
            Map<String, String> keptNarratives = new HashMap<>(narratives);
            Map<Long, ProgressInput> keptProgress = new HashMap<>(progress);
            Guarded.run(feedback, this::reload);
            inputs.putAll(kept);
            narratives.putAll(keptNarratives);
            progress.putAll(keptProgress);
            return true;
        }
        return false;
    }

    /**
     * Recomputes, from what is typed but not yet saved, the values shown beside the inputs (Nam and the
     * derived indicators); nothing is saved and half-typed numbers are simply left out.
     */
    public void recompute() {
        typedResult = null;
    }

    private ReportCheck.Result typed() {
        if (typedResult == null) {
            typedResult = ReportCheck.run(programme, unit.getType(), TypedValues.readable(programme, inputs));
        }
        return typedResult;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (Guarded.run(feedback, () -> evidenceService.attachToReport(session.actor(), report.getId(),
                file.getFileName(), file.getContent()))) {
            Guarded.run(feedback, () -> evidence = evidenceService.ofReport(session.actor(), report.getId()));
            feedback.info("evidence.attached");
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

    /** The report form as an XLSX workbook with the saved values. */
    public StreamedContent workbook() {
        Download[] file = {null};
        if (!Guarded.run(feedback, () -> file[0] = workbookService.download(session.actor(), report.getId()))) {
            return null;
        }
        return Downloads.streamed(file[0]);
    }

    /** The report as an official document, "DOCX" or "PDF". */
    public StreamedContent document(String format) {
        Download[] file = {null};
        if (!Guarded.run(feedback, () -> file[0] = documentService.document(session.actor(), report.getId(),
                ReportDocumentService.Format.valueOf(format)))) {
            return null;
        }
        return Downloads.streamed(file[0]);
    }

    /**
     * Imports a filled-in workbook into the draft: every cell or none. What could not be read is listed
     * with its sheet and cell; otherwise the imported values are shown, with what the checks find.
     */
    public void uploadWorkbook(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        WorkbookImport[] outcome = {null};
        workbookProblems = List.of();
        if (!Guarded.run(feedback, () -> outcome[0] = workbookService.upload(session.actor(), report.getId(),
                file.getContent()))) {
            return;
        }
        if (outcome[0].isImported()) {
            Guarded.run(feedback, this::reload);
            feedback.info(outcome[0].checkErrors() == 0 ? "workbook.imported" : "workbook.importedWithErrors",
                    outcome[0].cellsWithValues(), outcome[0].checkErrors());
        } else {
            workbookProblems = outcome[0].problems().stream().map(p -> new WorkbookProblemRow(p.sheet(), p.ref(),
                    feedback.text(p.messageKey(), p.arguments()))).toList();
            feedback.error("workbook.refused", workbookProblems.size());
        }
    }

    /** Why the last uploaded workbook was not imported, cell by cell. */
    public List<WorkbookProblemRow> getWorkbookProblems() {
        return workbookProblems;
    }

    public List<Attachment> getEvidence() {
        return evidence;
    }

    /** Shows the report as saved now, after an action elsewhere on the page (a review). */
    public void reloadQuietly() {
        Guarded.run(feedback, this::reload);
    }

    /**
     * Whether the report's figures are its schools' accepted totals (a consolidating Phòng): those
     * inputs are read-only and refreshed from the schools on each save.
     */
    public boolean isConsolidating() {
        return report != null && ReportService.consolidates(report);
    }

    /** Whether the input of a cell is read-only: the report is not the unit's to edit, or it is consolidated. */
    public boolean locked(Indicator indicator) {
        return !isEditable() || isConsolidating() && indicator.getKind() != IndicatorKind.YES_NO;
    }

    /** A consolidating Phòng's schools and where each report stands. */
    public Map<OrgUnit, ReportStatus> getSchools() {
        if (schools == null && isConsolidating()) {
            java.util.concurrent.atomic.AtomicReference<Map<OrgUnit, ReportStatus>> found =
                    new java.util.concurrent.atomic.AtomicReference<>(Map.of());
            Guarded.run(feedback, () -> found.set(reportService.schoolsOf(session.actor(), report.getId())));
            schools = found.get();
        }
        return schools == null ? Map.of() : schools;
    }

    public List<Map.Entry<OrgUnit, ReportStatus>> getSchoolList() {
        return new ArrayList<>(getSchools().entrySet());
    }

    /** The reviewer's comment on a cell (by its key) or a section (by its task code), if any. */
    public String fieldComment(String target) {
        return report == null ? null : report.getFieldComments().get(target);
    }

    /** Discards what was typed and shows what is saved now, e.g. after somebody else saved. */
    public void reloadSaved() {
        Guarded.run(feedback, this::reload);
        feedback.info("report.reloaded");
    }

    public void submit() {
        if (Guarded.run(feedback, () -> reportService.submit(session.actor(), report.getId()))) {
            Guarded.run(feedback, this::reload);
            feedback.info(Boolean.TRUE.equals(report.getLate()) ? "report.submittedLate" : "report.submitted");
        }
    }

    public ReportCheck.Result getResult() {
        if (result == null && report != null) {
            result = report.check();
        }
        return result;
    }

    /** What the checks found about one indicator, each in the reader's language. */
    public List<String> findingsOf(String indicatorCode) {
        if (getResult() == null) {
            return List.of();
        }
        return getResult().about(indicatorCode).stream().map(this::text).toList();
    }

    public boolean hasErrors(String indicatorCode) {
        return getResult() != null && getResult().about(indicatorCode).stream().anyMatch(Finding::isError);
    }

    private String text(Finding finding) {
        String own = locale.pick(finding.messageVi(), finding.messageEn());
        String prefix = feedback.text("Severity." + finding.severity()) + ": ";
        return prefix + (own != null ? own : feedback.text(finding.messageKey(), finding.arguments()));
    }

    /** A derived indicator's value, computed from what is typed. */
    public String derived(String indicatorCode) {
        BigDecimal value = report == null ? null : typed().derived().get(indicatorCode);
        return value == null ? "" : labels.number(value.setScale(1, RoundingMode.HALF_UP));
    }

    /**
     * In an annual report, the unit's 6-month value of a cell, shown beside the input as context (not
     * added to it: flows of the year already include the first half).
     */
    public String halfYear(String cell) {
        BigDecimal value = halfYear.get(cell);
        return value == null ? "" : labels.number(value);
    }

    public boolean isShowsHalfYear() {
        return !halfYear.isEmpty();
    }

    /** Nam = Tổng − Nữ, from what is typed. */
    public String male(String totalKey, String femaleKey) {
        BigDecimal total = readable(totalKey);
        BigDecimal female = readable(femaleKey);
        return total == null || female == null ? "" : labels.number(total.subtract(female));
    }

    private BigDecimal readable(String cell) {
        String text = inputs.get(cell);
        return text == null ? null
                : TypedValues.readable(programme, Map.of(cell, text)).get(CellKey.parse(cell));
    }

    /** The progress being typed for each activity of the unit's issued plan, by activity id. */
    public Map<Long, ProgressInput> getProgress() {
        return progress;
    }

    public ProgressStatus[] getProgressStatuses() {
        return ProgressStatus.values();
    }

    /** The unit's issued plan the progress refers to, or null when it has issued none. */
    public UnitPlan getPlan() {
        return plan;
    }

    public String indicatorName(Indicator indicator) {
        return locale.pick(indicator.getNameVi(), indicator.getNameEn());
    }

    public String indicatorUnit(Indicator indicator) {
        return locale.pick(indicator.getUnitVi(), indicator.getUnitEn());
    }

    public boolean isEditable() {
        return editor && report != null && !report.isSubmitted();
    }

    public boolean isSubmittable() {
        return head && report != null && !report.isSubmitted();
    }

    public boolean isMayOpen() {
        return editor && report == null && round.isOpen();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getRoundCode() {
        return roundCode;
    }

    public void setRoundCode(String roundCode) {
        this.roundCode = roundCode;
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

    public ReportingRound getRound() {
        return round;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public UnitReport getReport() {
        return report;
    }

    public Map<String, String> getInputs() {
        return inputs;
    }

    /** Each task's narrative: as saved (cleaned) or as being edited. */
    public Map<String, String> getNarratives() {
        return narratives;
    }

    public List<ReportSection> getSections() {
        return sections;
    }

    /** The unit's due date in this round, extensions included. */
    public java.time.LocalDate getDue() {
        return programme.dueFor(round, unit);
    }
}
