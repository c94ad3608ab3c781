package vn.bdg.interfaces.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * The trail of one subject ({@code ?type=REPORT&id=…}) for the reviewers of its unit. For anybody else,
 * and for a subject type the pages do not name, the page does not exist.
 */
@Named
@ViewScoped
public class SubjectBacking implements Serializable, AuditTable.Source {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SHOWN_TYPES = Set.of(AuditSubjects.REPORT, AuditSubjects.PLAN,
            AuditSubjects.PROGRAMME, AuditSubjects.ROUND, AuditSubjects.ATTACHMENT, AuditSubjects.ACCOUNT);

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AuditRows rows;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private String type;
    private Long id;
    private final AuditTable entries = new AuditTable(this);

    /** Refuses, before anything renders, a trail the person may not read. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (type == null || id == null || !SHOWN_TYPES.contains(type)
                || !Guarded.run(feedback, () -> auditTrail.countOfSubject(session.actor(), type, id))) {
            Faces.responseSendError(404, null);
        }
    }

    @Override
    public long count() {
        return auditTrail.countOfSubject(session.actor(), type, id);
    }

    @Override
    public List<AuditRow> page(int first, int max) {
        return rows.of(auditTrail.ofSubject(session.actor(), type, id, first, max));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AuditTable getEntries() {
        return entries;
    }
}
