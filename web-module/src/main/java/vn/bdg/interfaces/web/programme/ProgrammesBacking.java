package vn.bdg.interfaces.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** The programmes a person may see: those they manage and those published to their units. */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private List<Programme> programmes = List.of();
    private boolean mayCreate;

    @PostConstruct
    void init() {
        Guarded.run(feedback, () -> {
            programmes = programmeService.programmes(session.actor());
            mayCreate = !programmeService.issuers(session.actor()).isEmpty();
        });
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }
}
