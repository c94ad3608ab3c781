package vn.bdg.interfaces.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.bdg.application.ImportProblem;
import vn.bdg.application.ImportResult;
import vn.bdg.application.UnitImportService;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** Bulk import of units from XLSX or CSV, with the row-by-row report when the file is refused. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitImportService importService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private List<ImportProblem> problems = List.of();

    public void upload(FileUploadEvent event) {
        problems = List.of();
        byte[] content = event.getFile().getContent();
        Guarded.run(feedback, () -> {
            ImportResult result = importService.importUnits(session.actor(), content);
            if (result.accepted()) {
                feedback.info("import.done", result.imported());
            } else {
                problems = result.problems();
                feedback.error("import.refused", problems.size());
            }
        });
    }

    public String describe(ImportProblem problem) {
        return feedback.text(problem.messageKey(), problem.arguments());
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
