package vn.bdg.interfaces.web.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.omnifaces.util.Faces;
import vn.bdg.application.plan.PlanService;
import vn.bdg.application.plan.PlanStanding;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.org.UnitType;
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
            Faces.responseSendError(404, null);
        }
    }

    /**
     * A Chart.js bar chart of the standings by unit type, issued stacked on not issued, as the JSON
     * configuration p:chart takes.
     */
    public String getChart() {
        Map<UnitType, long[]> byType = new EnumMap<>(UnitType.class);
        for (PlanStanding standing : standings) {
            long[] counts = byType.computeIfAbsent(standing.getUnit().getType(), t -> new long[2]);
            counts[standing.isIssuedAny() ? 0 : 1]++;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder issued = Json.createArrayBuilder();
        JsonArrayBuilder notIssued = Json.createArrayBuilder();
        byType.forEach((type, counts) -> {
            labels.add(feedback.text("UnitType." + type));
            issued.add(counts[0]);
            notIssued.add(counts[1]);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(feedback.text("plans.issued"), issued, "#22c55e"))
                                .add(dataset(feedback.text("plans.notIssued"), notIssued, "#f59e0b"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
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
