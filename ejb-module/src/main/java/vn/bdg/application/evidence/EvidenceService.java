package vn.bdg.application.evidence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.evidence.AttachmentRepository;
import vn.bdg.domain.model.evidence.OwnerKind;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.plan.PlanRepository;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * Evidence of a plan's activities and of a report. The unit's UNIT_EDITOR attaches files: to a plan's
 * activities also once the plan is issued, since evidence comes while the plan is carried out, and to a
 * report while it is being written; whoever may see the unit lists and downloads them, and
 * for anybody else a file does not exist.
 */
@Stateless
public class EvidenceService {

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private PlanRepository plans;

    @Inject
    private ReportRepository reports;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    public Attachment attachToActivity(@NotNull Actor actor, long planId, long activityId, String fileName,
                                       @NotNull byte[] content) {
        UnitPlan plan = plans.find(planId).orElseThrow(NotFoundException::new);
        long unitId = plan.getUnit().getId();
        access.requireVisible(actor, unitId, clock.today());
        access.requireRole(actor, Role.UNIT_EDITOR, unitId, clock.today());
        PlanActivity activity = plan.getActivities().stream()
                .filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new BusinessException("plan.error.activityUnknown"));
        Attachment attachment = Attachment.of(unitId, OwnerKind.PLAN_ACTIVITY, activity.getId(), fileName, content,
                actor.username(), clock.now());
        attachments.store(attachment, content);
        return attachment;
    }

    /** The unit's editor attaches a file to a report still being written. */
    public Attachment attachToReport(@NotNull Actor actor, long reportId, String fileName, @NotNull byte[] content) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        long unitId = report.getUnit().getId();
        access.requireVisible(actor, unitId, clock.today());
        access.requireRole(actor, Role.UNIT_EDITOR, unitId, clock.today());
        if (report.isSubmitted()) {
            throw new BusinessException("report.error.submitted");
        }
        Attachment attachment = Attachment.of(unitId, OwnerKind.REPORT, reportId, fileName, content,
                actor.username(), clock.now());
        attachments.store(attachment, content);
        return attachment;
    }

    /** The files attached to a report the actor may see. */
    public List<Attachment> ofReport(@NotNull Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        return attachments.of(OwnerKind.REPORT, List.of(reportId));
    }

    /** The evidence of each activity of a plan the actor may see, by activity id. */
    public Map<Long, List<Attachment>> ofPlan(@NotNull Actor actor, long planId) {
        UnitPlan plan = plans.find(planId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, plan.getUnit().getId(), clock.today());
        Map<Long, List<Attachment>> byActivity = new HashMap<>();
        attachments.of(OwnerKind.PLAN_ACTIVITY, plan.getActivities().stream().map(PlanActivity::getId).toList())
                .forEach(a -> byActivity.computeIfAbsent(a.getOwnerId(), id -> new java.util.ArrayList<>()).add(a));
        return byActivity;
    }

    /** The file, if the actor may see the unit it belongs to; who took it is kept in the audit trail. */
    public Download download(@NotNull Actor actor, long attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, attachment.getUnitId(), clock.today());
        byte[] content = attachments.content(attachmentId).orElseThrow(NotFoundException::new);
        audit.record(AuditEvent.of(actor.username(), AuditKind.DOWNLOAD, AuditSubjects.ATTACHMENT,
                attachment.getId(), attachment.getUnitId(), "audit.download.evidence", attachment.getFileName()));
        return new Download(attachment.getFileName(), attachment.getType().mediaType(), content);
    }
}
