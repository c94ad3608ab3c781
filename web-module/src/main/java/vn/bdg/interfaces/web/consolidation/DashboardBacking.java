package vn.bdg.interfaces.web.consolidation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.primefaces.model.StreamedContent;
import vn.bdg.application.Actor;
import vn.bdg.application.consolidation.Area;
import vn.bdg.application.consolidation.ConsolidatedReportService;
import vn.bdg.application.consolidation.ConsolidationResults;
import vn.bdg.application.consolidation.Overview;
import vn.bdg.application.consolidation.ResultCharts;
import vn.bdg.application.consolidation.Scope;
import vn.bdg.application.evidence.Download;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Downloads;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;
import vn.bdg.interfaces.web.support.LocaleSwitcher;

/**
 * The consolidation dashboard of a round ({@code consolidation/dashboard.xhtml?programme=&round=}, the
 * round by its code as the programme's other pages name it, with {@code district=} a Phòng's id or 0, or
 * {@code type=} a unit type, and {@code cell=} the figure to compare): the published run, the scope's
 * tables and charts, the drill-down links and the downloads (the tables, and for the whole round the Sở's
 * consolidated report). Without a scope in the address a person
 * lands on the whole round, or on their district. An address that names nothing is a page that does not
 * exist, a scope the person may not see a forbidden one.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsolidationResults results;

    @Inject
    private ConsolidatedReportService reports;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private LocaleSwitcher locale;

    private String programme;
    private String roundCode;
    private long round;
    private String district;
    private String type;
    private String cell;
    private Overview overview;
    private Scope scope;
    private ScopeTables tables = ScopeTables.none();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Actor actor = session.actor();
        if (programme == null || !programme.matches("\\d{1,18}") || roundCode == null || roundCode.isBlank()
                || roundCode.length() > 20) {
            Faces.responseSendError(404, null);
            return;
        }
        if (!results.mayRead(actor)) {
            Faces.responseSendError(403, null);
            return;
        }
        try {
            overview = results.overview(actor, Long.parseLong(programme), roundCode);
            round = overview.roundId();
            scope = requestedScope();
            if (!overview.allows(scope)) {
                throw new AccessDeniedException();
            }
            if (overview.isPublished()) {
                tables = ScopeTables.read(results, actor, round, scope);
                compare(actor);
            }
        } catch (AccessDeniedException refused) {
            Faces.responseSendError(403, null);
        } catch (NotFoundException missing) {
            Faces.responseSendError(404, null);
        }
    }

    /** After another figure was chosen: its values per area or report afresh. */
    public void changeFigure() {
        Guarded.run(feedback, () -> compare(session.actor()));
    }

    private void compare(Actor actor) {
        if (!tables.compare(results, actor, round, scope, cell)) {
            feedback.error("consolidation.dashboard.figure.unknown", cell);
        }
        cell = tables.getFigure() == null ? null : tables.getFigure().cell();
    }

    /** The scope in the address; a malformed one is a page that does not exist. */
    private Scope requestedScope() {
        if (district != null && !district.isBlank()) {
            if (!district.matches("\\d{1,18}")) {
                throw new NotFoundException();
            }
            return Scope.district(Long.parseLong(district));
        }
        if (type != null && !type.isBlank()) {
            return Arrays.stream(UnitType.values()).filter(t -> t.name().equals(type)).findFirst()
                    .map(Scope::type).orElseThrow(NotFoundException::new);
        }
        return overview.firstScope();
    }

    public StreamedContent exportXlsx() {
        return download(() -> results.workbook(session.actor(), round, scope));
    }

    public StreamedContent exportPdf() {
        return download(() -> results.pdf(session.actor(), round, scope));
    }

    /** The Sở's official consolidated report of the round, for those who see the whole round. */
    public StreamedContent reportDocx() {
        return download(() -> reports.docx(session.actor(), round));
    }

    public StreamedContent reportPdf() {
        return download(() -> reports.pdf(session.actor(), round));
    }

    private StreamedContent download(Supplier<Download> made) {
        Download[] file = {null};
        return Guarded.run(feedback, () -> file[0] = made.get()) ? Downloads.streamed(file[0]) : null;
    }

    /** An area as the page names it: the whole round, a district's Phòng, the units under the Sở, a unit type. */
    public String areaLabel(Area area) {
        return scopeLabel(area.scope(), area.name());
    }

    /** The scope shown, named as in {@link #areaLabel}; a district by the name its timeliness line carries. */
    public String getScopeLabel() {
        return scopeLabel(scope, tables.getTimeliness().stream().filter(line -> line.scope().equals(scope))
                .map(Area::name).filter(name -> name != null).findFirst().orElse(null));
    }

    private String scopeLabel(Scope shown, String districtName) {
        return switch (shown.kind()) {
            case ALL -> feedback.text("consolidation.dashboard.scope.ALL");
            case DISTRICT -> shown.isDirectToSo() || districtName == null ? feedback.text("board.district.direct")
                    : districtName;
            case TYPE -> feedback.text("UnitType." + shown.unitType());
        };
    }

    public String getDistrictChart() {
        return ChartJs.bar(ResultCharts.byArea(tables.getDistricts(), this::areaLabel), this::seriesLabel, chartLocale());
    }

    public String getTypeChart() {
        return ChartJs.bar(ResultCharts.byArea(tables.getTypes(), this::areaLabel), this::seriesLabel, chartLocale());
    }

    public String getUnitShareChart() {
        return ChartJs.bar(ResultCharts.unitShares(tables.getIndicators()), this::seriesLabel, chartLocale());
    }

    public String getGapChart() {
        return ChartJs.bar(ResultCharts.femaleShares(tables.getGaps()), this::seriesLabel, chartLocale());
    }

    /** Timeliness per district on the whole round, otherwise of the scope's own line. */
    public String getTimelinessChart() {
        return ChartJs.bar(ResultCharts.timeliness(tables.getTimeliness().stream()
                .filter(line -> scope.isWhole() ? line.scope().isDistrict() : line.scope().equals(scope)).toList(),
                this::areaLabel), this::seriesLabel, chartLocale());
    }

    /** Vietnamese charts write "2.500"; English ones "2,500". */
    private Locale chartLocale() {
        return "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
    }

    private String seriesLabel(String key) {
        return feedback.text("consolidation.dashboard.series." + key);
    }

    /** A national target's name, or its code for a target this version does not name yet. */
    public String targetLabel(String code) {
        return feedback.textOrElse("consolidation.dashboard.target." + code, code);
    }

    /** The programme's id as the address has it: text, so that a malformed one reaches {@link #load}. */
    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getRound() {
        return roundCode;
    }

    public void setRound(String round) {
        this.roundCode = round;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCell() {
        return cell;
    }

    public void setCell(String cell) {
        this.cell = cell;
    }

    public Overview getOverview() {
        return overview;
    }

    public Scope getScope() {
        return scope;
    }

    public ScopeTables getTables() {
        return tables;
    }
}
