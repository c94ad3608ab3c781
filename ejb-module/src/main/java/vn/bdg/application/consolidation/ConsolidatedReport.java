package vn.bdg.application.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.board.District;
import vn.bdg.application.report.DocumentParts;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.LegalBasis;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.shared.SearchKeys;
import vn.bdg.domain.shared.VietnameseNumber;
import vn.bdg.infrastructure.document.OfficialReport;
import vn.bdg.infrastructure.document.OfficialReport.Block;
import vn.bdg.infrastructure.document.OfficialReport.Narrative;
import vn.bdg.infrastructure.document.OfficialReport.Quotation;
import vn.bdg.infrastructure.document.OfficialReport.Section;
import vn.bdg.infrastructure.document.OfficialReport.Table;

/**
 * The Department's consolidated report of a round, laid out as domain §1.2 outlines a report and
 * Decree 30/2020 heads it: the issuer under its parent agency, the number left blank, the trích yếu by
 * the round's kind, Kính gửi the programme's upward recipient, the căn cứ of the programme; then the
 * timeliness of the units (Phần I), one section per task of the round with its figures and quoted
 * excerpts of units' narratives (Phần II), the national targets and gender gaps (Phần III), the units
 * that sent late or not at all by district (Phần IV); the signature of the programme's signer, Nơi nhận,
 * and every figure of the whole round in a landscape annex. Built from what the service read, without
 * reading anything itself.
 */
final class ConsolidatedReport {

    /** An excerpt chosen for a task and the unit whose report it comes from. */
    record Quote(String text, String unitName) {
    }

    /**
     * The published run as the report mentions it: its id, the data cut-off day it consolidated, the day it
     * judged the units' timeliness on (its snapshot's day), whether reports still awaiting review were
     * counted, and how many reports it counted.
     */
    record Run(long runId, LocalDate cutOff, LocalDate judgedOn, boolean includeSubmitted, int reportsCounted) {

        static Run of(PublishedRun run) {
            LocalDate judgedOn = run.snapshotAt() == null ? run.cutOff()
                    : run.snapshotAt().atZone(BusinessClock.ZONE).toLocalDate();
            return new Run(run.runId(), run.cutOff(), judgedOn, run.includeSubmitted(),
                    run.reportsCounted() == null ? 0 : run.reportsCounted());
        }
    }

    /**
     * What the report says: the programme and round, the day it is dated, the published run's results of
     * the whole round as the results pages read them (the indicator lines, the timeliness, the gender
     * gaps in the catalogue's order, the targets), the quotes per task code, and the units the run
     * judged late and missing (in board order).
     */
    record Content(Programme programme, ReportingRound round, LocalDate date, Run run, List<IndicatorLine> lines,
                   Optional<TimelinessLine> timeliness, List<GapLine> gaps, List<TargetLine> targets,
                   Map<String, List<Quote>> quotes, List<JudgedUnit> late, List<JudgedUnit> missing) {
    }

    /** The two agency lines of the header grid; {@code parent} may be null. */
    record Agency(String parent, String issuer) {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("vn.bdg.application.consolidation.ConsolidatedReport", VIETNAMESE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("^(ủy|uỷ|uy) ban nhân dân\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<Integer> FIGURE_COLUMNS = Set.of(2, 3, 4);
    private static final Set<Integer> ANNEX_FIGURE_COLUMNS = Set.of(3, 4, 5, 6);

    private final Content content;
    private final Programme programme;
    private final ReportingRound round;
    private final Map<String, Figures> byCell;

    private ConsolidatedReport(Content content) {
        this.content = content;
        this.programme = content.programme();
        this.round = content.round();
        this.byCell = content.lines().stream()
                .collect(Collectors.toMap(IndicatorLine::cell, IndicatorLine::figures, (a, b) -> a));
    }

    static OfficialReport of(Content content) {
        return new ConsolidatedReport(content).official();
    }

    /** "BC-SGDDT-571-NAM-2020": the report's symbol, the letter's number and the round, without diacritics. */
    static String fileName(Programme programme, ReportingRound round) {
        List<String> parts = new ArrayList<>(List.of("BC", DocumentParts.symbolOf(programme.getIssuer())));
        if (programme.getLetter().getNumber() != null) {
            parts.add(programme.getLetter().getNumber());
        }
        parts.add(round.getCode());
        String folded = Normalizer.normalize(String.join("-", parts), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return folded.replaceAll("[^A-Za-z0-9-]+", "-");
    }

    /**
     * The header's agency lines. A parent in the tree heads the issuer, as for a unit's report. The
     * Department is the root of its tree, and its parent agency is the People's Committee it reports to:
     * when the programme's upward recipient is an Ủy ban nhân dân, it heads the grid abbreviated as
     * Decree 30 allows ("UBND thành phố Hải Phòng"), and the locality it names is dropped from the
     * issuer's line ("Sở Giáo dục và Đào tạo"). Otherwise the issuer stands alone with its full name.
     */
    static Agency agency(String issuerName, String parentName, String upwardRecipient, String place) {
        if (parentName != null) {
            return new Agency(parentName, issuerName);
        }
        if (upwardRecipient == null || !isPeoplesCommittee(upwardRecipient)) {
            return new Agency(null, issuerName);
        }
        String parent = PEOPLES_COMMITTEE.matcher(Normalizer.normalize(upwardRecipient.strip(), Normalizer.Form.NFC))
                .replaceFirst("UBND ");
        String issuer = issuerName.strip();
        String locality = " " + place.strip();
        if (issuer.endsWith(locality) && issuer.length() > locality.length()) {
            issuer = issuer.substring(0, issuer.length() - locality.length()).strip();
        }
        return new Agency(parent, issuer);
    }

    private static boolean isPeoplesCommittee(String name) {
        String folded = SearchKeys.fold(name);
        return folded.startsWith("uy ban nhan dan ") || folded.startsWith("ubnd ");
    }

    private OfficialReport official() {
        OrgUnit issuer = programme.getIssuer();
        GuidanceLetter letter = programme.getLetter();
        Agency agency = agency(issuer.getName(), issuer.parentOn(content.date()).map(OrgUnit::getName).orElse(null),
                programme.getUpwardRecipient(), letter.getPlace());
        String authority = letter.authorityLine();
        return new OfficialReport(agency.parent(), agency.issuer(), "BC-" + DocumentParts.symbolOf(issuer),
                letter.getPlace(), content.date(), text("document.type"), summary(), legalBases(),
                programme.getUpwardRecipient() == null ? List.of() : List.of(programme.getUpwardRecipient()),
                sections(), new OfficialReport.Annex(text("annex.title"), annexTable()),
                new OfficialReport.Signature(authority.isEmpty() ? null : authority, letter.getSignerTitle(),
                        letter.getSignerName()),
                recipients());
    }

    private String summary() {
        String year = String.valueOf(programme.getYear());
        return switch (round.getKind()) {
            case SIX_MONTH, ANNUAL -> text("summary." + round.getKind(), year);
            default -> text("summary.other", round.getName());
        };
    }

    /** The documents the programme rests on, then its own letter, then the sentence that opens the report. */
    private List<String> legalBases() {
        List<String> bases = new ArrayList<>();
        for (LegalBasis basis : programme.getLegalBases()) {
            bases.add(text("legalBasis", basis.getTitle(), basis.getDocumentNumber(), DAY.format(basis.getIssuedOn()),
                    basis.getIssuer()));
        }
        bases.addAll(DocumentParts.letterCitation(programme));
        bases.add(text("intro", programme.getIssuer().getName()));
        return bases;
    }

    /**
     * "Như trên" for the recipient named in Kính gửi, the Department's leaders, and the archive of the
     * clerk and of the drafting office: the letter's symbol ends with it ("SGDĐT-CTrTT" → "CTrTT").
     */
    private List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        if (programme.getUpwardRecipient() != null) {
            recipients.add(text("recipient.asAbove"));
        }
        recipients.add(text("recipient.leaders"));
        String symbol = programme.getLetter().getSymbol();
        int dash = symbol.lastIndexOf('-');
        recipients.add(dash < 0 || dash == symbol.length() - 1 ? text("recipient.archiveOnly")
                : text("recipient.archive", symbol.substring(dash + 1)));
        return recipients;
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("part.general"), general()));
        sections.add(new Section(text("part.tasks"), List.of()));
        for (ProgrammeTask task : programme.getTasks()) {
            if (round.covers(task.getCode())) {
                sections.add(task(task));
            }
        }
        sections.add(new Section(text("part.gender"), List.of()));
        sections.add(new Section(text("gender.targets"), targets()));
        sections.add(new Section(text("gender.gaps"), gaps()));
        sections.add(new Section(text("part.units"), List.of()));
        sections.add(new Section(text("units.late", count(content.late().size())), units(content.late())));
        sections.add(new Section(text("units.missing", count(content.missing().size())), units(content.missing())));
        return sections;
    }

    /** How many units were expected, how they reported by the day the run judged them, and what was counted. */
    private List<Block> general() {
        Run run = content.run();
        List<String> lines = new ArrayList<>();
        Optional<TimelinessLine> timeliness = content.timeliness();
        if (timeliness.isPresent()) {
            TimelinessLine t = timeliness.get();
            lines.add(text("general.expected", programme.getLetter().reference(), count(t.expected()),
                    DAY.format(run.judgedOn()), count(t.onTime()), count(t.late()), count(t.missing())));
            if (t.pending() > 0) {
                lines.add(text("general.pending", count(t.pending())));
            }
        } else {
            lines.add(text("general.noTimeliness"));
        }
        int counted = timeliness.map(TimelinessLine::counted).orElse(run.reportsCounted());
        lines.add(text(run.includeSubmitted() ? "general.countedWithSubmitted" : "general.counted", count(counted),
                DAY.format(run.cutOff())));
        return List.of(paragraphs(lines));
    }

    /**
     * A task: the whole round's figures of its indicators that have any, then the quoted excerpts. A
     * task with sub-tasks in the round and nothing of its own is only a heading over them.
     */
    private Section task(ProgrammeTask task) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : indicatorsOf(task)) {
            Printed figures = figures(indicator, CellKey.total(indicator.getCode()));
            if (figures != null) {
                rows.add(List.of(indicator.getCode() + " " + indicator.getNameVi(), figures.unit(), figures.total(),
                        figures.female(), figures.share()));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.of(text("column.indicator"), text("column.unit"), text("column.total"),
                    text("column.female"), text("column.share")), rows, FIGURE_COLUMNS));
        }
        List<Quote> quotes = content.quotes().getOrDefault(task.getCode(), List.of());
        if (!quotes.isEmpty()) {
            blocks.add(paragraphs(List.of(text("task.excerpts"))));
            for (Quote quote : quotes) {
                blocks.add(new Quotation(quote.text(), text("excerpt.source", quote.unitName(), round.getName())));
            }
        }
        boolean heading = programme.getTasks().stream()
                .anyMatch(t -> task.getCode().equals(t.getParentCode()) && round.covers(t.getCode()));
        if (blocks.isEmpty() && !heading) {
            blocks.add(paragraphs(List.of(text("task.nothing"))));
        }
        return new Section(task.getCode() + ". " + task.getTitle(), blocks);
    }

    private List<Indicator> indicatorsOf(ProgrammeTask task) {
        return programme.getIndicators().stream().filter(i -> i.getTaskCode().equals(task.getCode())).toList();
    }

    private List<Block> targets() {
        if (content.targets().isEmpty()) {
            return List.of(paragraphs(List.of(text("gender.noTargets"))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TargetLine target : content.targets()) {
            String label = TEXTS.containsKey("target." + target.code()) ? text("target." + target.code()) : target.code();
            String actual = target.actual() == null ? "" : target.numerator() == null || target.denominator() == null
                    ? tenths(target.actual())
                    : text("actual.withParts", tenths(target.actual()), number(target.numerator()),
                            number(target.denominator()));
            rows.add(List.of(text("target.label", label, String.valueOf(target.year())), tenths(target.target()), actual,
                    target.distance() == null ? "" : tenths(target.distance())));
        }
        return List.of(new Table(List.of(text("column.target"), text("column.targetValue"), text("column.actual"),
                text("column.distance")), rows, Set.of(1, 2, 3)));
    }

    /**
     * The sex-disaggregated indicators in the catalogue's order: the women's share, women minus men, and
     * the share a year before with the change. Tổng and Nữ are in the task sections and the annex.
     */
    private List<Block> gaps() {
        if (content.gaps().isEmpty()) {
            return List.of(paragraphs(List.of(text("gender.noGaps"))));
        }
        List<List<String>> rows = content.gaps().stream()
                .map(gap -> List.of(gap.indicator().code() + " " + gap.indicator().nameVi(),
                        tenths(gap.femaleShare()), number(gap.gap()), tenths(gap.previousShare()),
                        tenths(gap.shareChange())))
                .toList();
        return List.of(new Table(List.of(text("column.indicator"), text("column.femaleShare"), text("column.gap"),
                text("column.previousShare"), text("column.shareChange")), rows, Set.of(1, 2, 3, 4)));
    }

    /**
     * The units by district in the board's order (the units under the Sở first), one paragraph each:
     * "Phòng GD&ĐT Lê Chân (2): Trường A, Trường B (lý do)." A reviewer's reason for marking a unit
     * missing follows its name.
     */
    private List<Block> units(List<JudgedUnit> units) {
        if (units.isEmpty()) {
            return List.of(paragraphs(List.of(text("units.none"))));
        }
        Map<District, List<String>> byDistrict = new LinkedHashMap<>();
        for (JudgedUnit unit : units) {
            String name = unit.missingReason() == null || unit.missingReason().isBlank() ? unit.unitName()
                    : text("units.reason", unit.unitName(), unit.missingReason().strip());
            byDistrict.computeIfAbsent(unit.district(), district -> new ArrayList<>()).add(name);
        }
        List<String> lines = new ArrayList<>();
        byDistrict.forEach((district, names) -> lines.add(text("units.group",
                district.isDirectToSo() ? text("units.direct") : district.getName(), count(names.size()),
                String.join(", ", names))));
        return List.of(paragraphs(lines));
    }

    /**
     * Every indicator of the round's tasks under its task, each with its categories that have figures:
     * code, name, unit, Tổng, Nữ, the share (of women, or of units answering yes) and how many units
     * gave the figure.
     */
    private Table annexTable() {
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammeTask task : programme.getTasks()) {
            List<Indicator> indicators = indicatorsOf(task);
            if (!round.covers(task.getCode()) || indicators.isEmpty()) {
                continue;
            }
            rows.add(List.of(task.getCode(), task.getTitle()));
            for (Indicator indicator : indicators) {
                CellKey overall = CellKey.total(indicator.getCode());
                Printed figures = figures(indicator, overall);
                rows.add(annexRow(indicator.getCode(), indicator.getNameVi(), figures == null
                        ? new Printed(indicator.getKind() == IndicatorKind.YES_NO ? text("yesNo.unit")
                                : indicator.getUnitVi(), "", "", "", "")
                        : figures));
                for (Dimension dimension : indicator.getDimensions()) {
                    for (String category : dimension.getCategories()) {
                        Printed part = figures(indicator,
                                new CellKey(indicator.getCode(), dimension.getName(), category, false));
                        if (part != null) {
                            rows.add(annexRow("", "- " + dimension.getName() + ": " + category, part));
                        }
                    }
                }
            }
        }
        return new Table(List.of(text("column.code"), text("column.indicator"), text("column.unit"),
                text("column.total"), text("column.female"), text("column.share"), text("column.units")),
                rows, ANNEX_FIGURE_COLUMNS);
    }

    private static List<String> annexRow(String code, String label, Printed figures) {
        return List.of(code, label, figures.unit(), figures.total(), figures.female(), figures.share(), figures.units());
    }

    /** A line's figures as the report prints them. */
    private record Printed(String unit, String total, String female, String share, String units) {
    }

    /**
     * The figures of a cell of the whole round, or null when it has none. A yes/no answer, or a derived
     * per-unit flag (which carries the units that gave it), is the number of units saying yes and their
     * share of the units that answered; a recomputed ratio is printed to a tenth, and so is a percentage
     * weighed by its base, with the women's percentage beside it; a sum comes with its female part and
     * the women's share when the indicator is split by sex.
     */
    private Printed figures(Indicator indicator, CellKey cell) {
        Figures figures = byCell.get(cell.toString());
        if (figures == null) {
            return null;
        }
        String units = figures.units() == null ? "" : count(figures.units());
        boolean countsUnits = figures.units() != null && (indicator.getKind() == IndicatorKind.YES_NO
                || indicator.getKind() == IndicatorKind.DERIVED);
        if (countsUnits) {
            return new Printed(text("yesNo.unit"), number(figures.total()), "",
                    percent(figures.total(), BigDecimal.valueOf(figures.units())), units);
        }
        if (indicator.getKind() == IndicatorKind.DERIVED) {
            return new Printed(indicator.getUnitVi(), tenths(figures.total()), "", "", units);
        }
        if (indicator.isShare()) {
            String female = indicator.isSexSplit() ? tenths(figures.female()) : "";
            return new Printed(cell.isOverall() ? indicator.getUnitVi() : "", tenths(figures.total()), female, "", units);
        }
        BigDecimal female = indicator.isSexSplit() ? figures.female() : null;
        return new Printed(cell.isOverall() ? indicator.getUnitVi() : "", number(figures.total()),
                female == null ? "" : number(female), female == null ? "" : percent(female, figures.total()), units);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "";
        }
        return tenths(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    private static String tenths(BigDecimal value) {
        return value == null ? "" : VietnameseNumber.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : VietnameseNumber.format(value);
    }

    private static String count(int value) {
        return VietnameseNumber.format(BigDecimal.valueOf(value));
    }

    /** Plain sentences as narrative paragraphs; names such as "Phòng GD&ĐT" are escaped, never read as markup. */
    private static Narrative paragraphs(List<String> lines) {
        return new Narrative(lines.stream().map(line -> "<p>" + Entities.escape(line) + "</p>")
                .collect(Collectors.joining()));
    }

    private static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
