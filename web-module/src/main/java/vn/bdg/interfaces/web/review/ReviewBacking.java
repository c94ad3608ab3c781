package vn.bdg.interfaces.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.application.review.ReviewService;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.model.report.ValueChange;
import vn.bdg.interfaces.web.report.ReportBacking;
import vn.bdg.interfaces.web.report.ReportRow;
import vn.bdg.interfaces.web.report.ReportSection;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;
import vn.bdg.interfaces.web.support.Labels;

/**
 * The reviewing level's side of a report page: accept, return with a reason and comments on single
 * fields or sections, reopen from above, mark missing, and what changed since the previous submission.
 * Works on the report the page's {@link ReportBacking} shows and reloads it after each action.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A comment being written on one field (cell key) or section (task code). */
    public static class FieldComment implements Serializable {

        private static final long serialVersionUID = 1L;

        private String target;
        private String text;

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Something a comment can be put on, with its label. */
    public record Target(String key, String label) implements Serializable {
        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    private ReviewService reviewService;

    @Inject
    private ReportBacking page;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private Labels labels;

    private String comment;
    private String reason;
    private final List<FieldComment> fieldComments = new ArrayList<>();

    private UnitReport report() {
        return page.getReport();
    }

    public boolean isReviewer() {
        return report() != null && reviewService.mayReview(session.actor(), report());
    }

    public boolean isMayAccept() {
        return isReviewer() && report().getStatus() == ReportStatus.SUBMITTED;
    }

    public boolean isMayReopen() {
        return report() != null && report().getStatus() == ReportStatus.ACCEPTED
                && reviewService.mayReopen(session.actor(), report());
    }

    public void accept() {
        if (Guarded.run(feedback, () -> reviewService.accept(session.actor(), report().getId()))) {
            page.reloadQuietly();
            feedback.info("review.accepted");
        }
    }

    public void addFieldComment() {
        fieldComments.add(new FieldComment());
    }

    public void removeFieldComment(FieldComment fieldComment) {
        fieldComments.remove(fieldComment);
    }

    /** Returns the report with the reason and the field comments written in the dialog. */
    public void returnReport() {
        Map<String, String> onFields = new HashMap<>();
        fieldComments.forEach(c -> {
            if (c.getTarget() != null && c.getText() != null && !c.getText().isBlank()) {
                onFields.merge(c.getTarget(), c.getText().strip(), (a, b) -> a + "\n" + b);
            }
        });
        if (Guarded.run(feedback, () -> reviewService.returnToUnit(session.actor(), report().getId(), comment, onFields))) {
            comment = null;
            fieldComments.clear();
            page.reloadQuietly();
            feedback.info("review.returned");
        }
    }

    public void reopen() {
        if (Guarded.run(feedback, () -> reviewService.reopen(session.actor(), report().getId(), reason))) {
            reason = null;
            page.reloadQuietly();
            feedback.info("review.reopened");
        }
    }

    public boolean isMayMarkMissing() {
        return isReviewer() && report().getStatus() == ReportStatus.DRAFT;
    }

    public void markMissing() {
        if (Guarded.run(feedback, () -> reviewService.markMissing(session.actor(), page.getProgrammeId(),
                page.getRoundCode(), page.getUnitId(), reason))) {
            reason = null;
            page.reloadQuietly();
            feedback.info("review.markedMissing");
        }
    }

    /** Whether the actor, reviewer of this consolidating Phòng, may close the round for its schools. */
    public boolean isMayCloseSchools() {
        return page.isConsolidating() && reviewService.reviewsFor(session.actor(), report().getUnit().getId());
    }

    /** Marks every school of the Phòng that has not sent its report as missing, with one reason. */
    public void closeSchools() {
        int[] marked = {0};
        if (Guarded.run(feedback, () -> marked[0] = reviewService.markRemainingMissing(session.actor(),
                page.getProgrammeId(), page.getRoundCode(), page.getUnitId(), reason))) {
            reason = null;
            page.reloadQuietly();
            feedback.info("review.schoolsClosed", marked[0]);
        }
    }

    /** What a comment can be put on: each section, and each input of the form. */
    public List<Target> getTargets() {
        List<Target> targets = new ArrayList<>();
        for (ReportSection section : page.getSections()) {
            targets.add(new Target(section.getTask().getCode(), section.getTask().getCode() + " " + section.getTask().getTitle()));
            for (ReportRow row : section.getRows()) {
                String name = page.indicatorName(row.getIndicator());
                targets.add(new Target(row.getTotalKey(), row.getTotalKey() + " — " + name));
                if (row.getIndicator().isSexSplit()) {
                    targets.add(new Target(row.getFemaleKey(), row.getFemaleKey() + " — " + name));
                }
            }
        }
        return targets;
    }

    /** The cells that differ from the previous submission, as "before → after". */
    public List<Map.Entry<String, String>> getChanges() {
        if (report() == null) {
            return List.of();
        }
        List<Map.Entry<String, String>> shown = new ArrayList<>();
        for (ValueChange change : report().changesSincePreviousSubmission()) {
            shown.add(Map.entry(change.cell(), shownValue(change.before()) + " → " + shownValue(change.after())));
        }
        return shown;
    }

    private String shownValue(BigDecimal value) {
        return value == null ? "—" : labels.number(value);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<FieldComment> getFieldComments() {
        return fieldComments;
    }
}
