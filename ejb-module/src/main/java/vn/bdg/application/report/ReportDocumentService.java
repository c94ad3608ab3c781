package vn.bdg.application.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.evidence.Download;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.plan.PlanRepository;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.ActivityProgress;
import vn.bdg.domain.model.report.ProgressStatus;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.domain.shared.VietnameseNumber;
import vn.bdg.infrastructure.document.OfficialReport;
import vn.bdg.infrastructure.document.OfficialReportDocx;
import vn.bdg.infrastructure.document.OfficialReportPdf;

/**
 * A unit's report as an official document (Decree 30/2020): the unit under its parent agency, the number
 * left blank for the clerk, the căn cứ from the programme's guidance letter, one section per task with
 * its narrative and the progress of the planned activities, the figures in a landscape annex, and the
 * head's signature block. As an editable DOCX or a PDF, for whoever may see the unit.
 */
@Stateless
public class ReportDocumentService {

    /** The file formats an official document is made in: a unit's report, and the Department's consolidated report. */
    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        PDF("application/pdf", ".pdf");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** ".docx" or ".pdf", as a file name ends. */
        public String extension() {
            return extension;
        }

        /** The document as a file of this format. */
        public byte[] write(OfficialReport document) {
            return this == DOCX ? OfficialReportDocx.write(document) : OfficialReportPdf.write(document);
        }
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private ReportRepository reports;

    @Inject
    private PlanRepository plans;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    public Download document(@NotNull Actor actor, long reportId, @NotNull Format format) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        OfficialReport official = official(report);
        ReportAudit.exported(audit, actor, report, format.name());
        String name = "bao-cao-" + report.getUnit().getCode().toLowerCase(Locale.ROOT) + "-"
                + report.getRound().getCode().toLowerCase(Locale.ROOT) + format.extension;
        return new Download(name, format.mediaType, format.write(official));
    }

    private OfficialReport official(UnitReport report) {
        OrgUnit unit = report.getUnit();
        LocalDate day = report.getSubmittedAt() == null ? clock.today()
                : report.getSubmittedAt().atZone(BusinessClock.ZONE).toLocalDate();
        Optional<OrgUnit> parent = unit.parentOn(day);
        ReportForm form = ReportForm.of(report);
        UnitPlan plan = plans.versions(report.getProgramme().getId(), unit.getId()).stream()
                .filter(UnitPlan::isIssued).findFirst().orElse(null);
        List<OfficialReport.Section> sections = new ArrayList<>();
        for (ReportForm.Section section : form.sections()) {
            sections.add(new OfficialReport.Section(section.task().getCode() + ". " + section.task().getTitle(),
                    report.getNarratives().getOrDefault(section.task().getCode(),
                            "<p>" + ReportTexts.get("report.noNarrative") + "</p>"),
                    progressTable(report, plan, section.task().getCode())));
        }
        return new OfficialReport(parent.map(p -> upper(p.getName())).orElse(null), upper(unit.getName()),
                "BC-" + DocumentParts.symbolOf(unit), report.getProgramme().getLetter().getPlace(), day,
                ReportTexts.get("report.type"), summary(report), DocumentParts.letterCitation(report.getProgramme()),
                parent.map(p -> List.of(p.getName())).orElse(List.of()), sections,
                new OfficialReport.Annex(ReportTexts.get("report.annex.title"), annexTable(report, form)),
                new OfficialReport.Signature(null, signerTitle(unit), signerName(report)),
                List.of(ReportTexts.get("report.recipient.asAbove"), ReportTexts.get("report.recipient.archive")));
    }

    private static String summary(UnitReport report) {
        String year = String.valueOf(report.getProgramme().getYear());
        return switch (report.getRound().getKind()) {
            case SIX_MONTH -> ReportTexts.get("report.summary.sixMonth", year);
            case ANNUAL -> ReportTexts.get("report.summary.annual", year);
            default -> ReportTexts.get("report.summary.other", report.getRound().getName());
        };
    }

    private static OfficialReport.Table progressTable(UnitReport report, UnitPlan plan, String taskCode) {
        if (plan == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanActivity activity : plan.getActivities()) {
            if (!activity.getTaskCode().equals(taskCode)) {
                continue;
            }
            Optional<ActivityProgress> progress = report.progressOf(activity.getId());
            ProgressStatus status = progress.map(ActivityProgress::getStatus).orElse(ProgressStatus.NOT_STARTED);
            List<String> results = activity.getTargets().stream().map(t -> ReportTexts.get("progress.target",
                    t.getIndicatorCode(), VietnameseNumber.format(report.actualOf(activity.getId(), t.getIndicatorCode())),
                    VietnameseNumber.format(t.getValue()))).toList();
            rows.add(List.of(activity.getTitle(),
                    LETTER_DATE.format(activity.getPlannedFrom()) + " – " + LETTER_DATE.format(activity.getPlannedTo()),
                    ReportTexts.get("progress." + status), String.join("; ", results),
                    progress.map(ActivityProgress::getNote).orElse("")));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new OfficialReport.Table(List.of(ReportTexts.get("column.activity"), ReportTexts.get("column.planned"),
                ReportTexts.get("column.status"), ReportTexts.get("column.results"), ReportTexts.get("column.note")),
                rows, Set.of());
    }

    /** Every figure of the report by task; an annual report adds the unit's 6-month values beside them. */
    private OfficialReport.Table annexTable(UnitReport report, ReportForm form) {
        Optional<UnitReport> halfYear = report.getRound().getKind() != RoundKind.ANNUAL ? Optional.empty()
                : report.getProgramme().getRounds().stream().filter(r -> r.getKind() == RoundKind.SIX_MONTH)
                        .map(ReportingRound::getId).findFirst()
                        .flatMap(roundId -> reports.findFor(roundId, report.getUnit().getId()));
        List<String> headers = new ArrayList<>(List.of(ReportTexts.get("column.indicator"), ReportTexts.get("column.unit"),
                ReportTexts.get("column.total"), ReportTexts.get("column.female"), ReportTexts.get("column.male")));
        halfYear.ifPresent(h -> headers.add(ReportTexts.get("column.halfYear")));
        List<List<String>> rows = new ArrayList<>();
        for (ReportForm.Section section : form.sections()) {
            List<String> heading = new ArrayList<>(List.of(section.task().getCode() + ". " + section.task().getTitle()));
            while (heading.size() < headers.size()) {
                heading.add("");
            }
            rows.add(heading);
            for (ReportForm.Line line : section.lines()) {
                List<String> row = new ArrayList<>(List.of(line.label(), line.unit(), blank(form.total(line)),
                        blank(form.female(line)), blank(form.male(line))));
                halfYear.ifPresent(h -> row.add(line.total() == null ? ""
                        : blank(form.shown(line, h.value(line.total().toString())))));
                rows.add(row);
            }
        }
        return new OfficialReport.Table(headers, rows, halfYear.isPresent() ? Set.of(2, 3, 4, 5) : Set.of(2, 3, 4));
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static String signerTitle(OrgUnit unit) {
        return ReportTexts.get(switch (unit.getType()) {
            case THPT, MULTI_LEVEL, THCS, TH, MN -> "report.signer.school";
            case PHONG -> "report.signer.phong";
            case GDNN_GDTX -> "report.signer.centre";
            default -> "report.signer.other";
        });
    }

    /** The head who submitted signs; before submission the name is left for the signer. */
    private String signerName(UnitReport report) {
        return report.getSubmittedBy() == null ? null
                : accounts.findByUsername(report.getSubmittedBy()).map(UserAccount::getFullName).orElse(null);
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
