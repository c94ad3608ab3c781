package vn.bdg.interfaces.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.review.ReviewService;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.ReportCriteria;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * A reviewer's inbox for one programme: the reports of a round that their level takes, narrowed by
 * status, district, unit type and lateness, paged by the database so thousands of units stay fast.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviewService;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private Long programmeId;
    private Programme programme;
    private String roundCode;
    private ReportStatus status = ReportStatus.SUBMITTED;
    private UnitType unitType;
    private Boolean late;
    private Long districtId;
    private List<OrgUnit> districts = List.of();

    private final LazyDataModel<UnitReport> reports = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            AtomicLong counted = new AtomicLong();
            Guarded.run(feedback, () -> counted.set(reviewService.inboxCount(session.actor(), programmeId, roundCode,
                    criteria(), districtId)));
            return (int) counted.get();
        }

        @Override
        public List<UnitReport> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AtomicReference<List<UnitReport>> page = new AtomicReference<>(List.of());
            Guarded.run(feedback, () -> page.set(reviewService.inbox(session.actor(), programmeId, roundCode, criteria(),
                    districtId, first, pageSize)));
            return page.get();
        }

        @Override
        public String getRowKey(UnitReport report) {
            return String.valueOf(report.getId());
        }
    };

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        boolean found = programmeId != null && Guarded.run(feedback, () -> {
            programme = programmeService.programme(session.actor(), programmeId);
            districts = reviewService.districts(session.actor(), programmeId);
        });
        if (!found || !programme.isPublished() || programme.getRounds().isEmpty()) {
            Faces.responseSendError(404, null);
            return;
        }
        if (roundCode == null) {
            roundCode = programme.getRounds().get(0).getCode();
        }
    }

    private ReportCriteria criteria() {
        return new ReportCriteria(status, unitType, late);
    }

    public LazyDataModel<UnitReport> getReports() {
        return reports;
    }

    public List<ReportingRound> getRounds() {
        return programme.getRounds();
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public UnitType[] getUnitTypes() {
        return UnitType.values();
    }

    public List<OrgUnit> getDistricts() {
        return districts;
    }

    public Programme getProgramme() {
        return programme;
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

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public Boolean getLate() {
        return late;
    }

    public void setLate(Boolean late) {
        this.late = late;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }
}
