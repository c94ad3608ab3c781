package vn.bdg.application.report;

import java.util.List;
import vn.bdg.application.Actor;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.model.report.ValueChange;

/**
 * What happens to a unit's report, as the audit trail records it: each saved change of values with
 * every cell before and after, each change of status, and each file made of it. One place, so the
 * report's trail reads the same whichever use case wrote it.
 */
public final class ReportAudit {

    private ReportAudit() {
    }

    /** Values saved; nothing is recorded for a save that changed no value. */
    public static void valuesChanged(AuditTrail audit, Actor actor, UnitReport report, List<ValueChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        AuditEvent event = event(actor, AuditKind.VALUE_CHANGE, report, "audit.report.valuesChanged",
                report.getRound().getName(), changes.size());
        for (ValueChange change : changes) {
            event = event.withChange(change.cell(), change.before(), change.after());
        }
        audit.record(event);
    }

    /** The report moved from {@code before} to its status now; {@code messageKey} says how, with its arguments. */
    public static void statusChanged(AuditTrail audit, Actor actor, UnitReport report, ReportStatus before,
                                     String messageKey, Object... arguments) {
        audit.record(event(actor, AuditKind.STATUS_CHANGE, report, messageKey, arguments)
                .withChange("status", before, report.getStatus()));
    }

    /** A file was made of the report (its workbook, its official document). */
    public static void exported(AuditTrail audit, Actor actor, UnitReport report, String format) {
        audit.record(event(actor, AuditKind.EXPORT, report, "audit.report.exported", format,
                report.getRound().getName()));
    }

    private static AuditEvent event(Actor actor, AuditKind kind, UnitReport report, String messageKey,
                                    Object... arguments) {
        return AuditEvent.of(actor.username(), kind, AuditSubjects.REPORT, report.getId(), report.getUnit().getId(),
                messageKey, arguments);
    }
}
