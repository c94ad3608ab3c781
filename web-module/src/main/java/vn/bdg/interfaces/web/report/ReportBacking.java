package vn.bdg.interfaces.web.report;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.Finding;
import vn.bdg.domain.model.report.ReportCheck;
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
    private List<Attachment> evidence = List.of();
    private List<ReportSection> sections = List.of();
    private transient ReportCheck.Result result;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (programmeId == null || roundCode == null || unitId == null || !Guarded.run(feedback, this::reload)) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
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
        if (report != null) {
            narratives.putAll(report.getNarratives());
            loadedVersion = report.getVersion();
            report.getValues().forEach((cell, amount) -> inputs.put(cell, labels.number(amount)));
            sections = sections(report);
        }
        result = null;
    }

    private List<ReportSection> sections(UnitReport opened) {
        List<ReportSection> built = new ArrayList<>();
        for (ProgrammeTask task : programme.getTasks()) {
            List<ReportRow> rows = programme.getIndicators().stream()
                    .filter(i -> i.getTask() == task && (opened.entered(i) || derivedShown(opened, i)))
                    .map(ReportRow::new).toList();
            if (!rows.isEmpty()) {
                built.add(new ReportSection(task, rows));
            }
        }
        return built;
    }

    private boolean derivedShown(UnitReport opened, Indicator indicator) {
        return indicator.getKind() == IndicatorKind.DERIVED && indicator.appliesTo(unit.getType())
                && !indicator.isSystemComputed() && opened.getRound().covers(indicator.getTaskCode());
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
        if (Guarded.run(feedback, () -> reportService.record(session.actor(), report.getId(), loadedVersion, typed,
                written))) {
            Map<String, String> kept = new HashMap<>(inputs);
            Map<String, String> keptNarratives = new HashMap<>(narratives);
            Guarded.run(feedback, this::reload);
            inputs.putAll(kept);
            narratives.putAll(keptNarratives);
            return true;
        }
        return false;
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

    public List<Attachment> getEvidence() {
        return evidence;
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

    /** A derived indicator's value, computed from what is saved. */
    public String derived(String indicatorCode) {
        BigDecimal value = getResult() == null ? null : getResult().derived().get(indicatorCode);
        return value == null ? "" : labels.number(value.setScale(1, java.math.RoundingMode.HALF_UP));
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

    /** Nam = Tổng − Nữ, from what is saved. */
    public String male(String totalKey, String femaleKey) {
        if (report == null) {
            return "";
        }
        BigDecimal total = report.value(totalKey);
        BigDecimal female = report.value(femaleKey);
        return total == null || female == null ? "" : labels.number(total.subtract(female));
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
