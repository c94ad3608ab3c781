package vn.bdg.interfaces.web.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.bdg.application.plan.PlanService;
import vn.bdg.application.plan.PlanStanding;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** Which of the person's units issued their plan for a programme, each linking to that plan. */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService planService;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private Long programmeId;
    private Programme programme;
    private List<PlanStanding> standings = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        boolean ok = programmeId != null && Guarded.run(feedback, () -> {
            programme = programmeService.programme(session.actor(), programmeId);
            standings = planService.standings(session.actor(), programmeId);
        });
        if (!ok) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        }
    }

    public long getIssuedCount() {
        return standings.stream().filter(PlanStanding::isIssuedAny).count();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<PlanStanding> getStandings() {
        return standings;
    }
}
