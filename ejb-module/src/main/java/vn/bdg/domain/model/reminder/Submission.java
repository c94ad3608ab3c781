package vn.bdg.domain.model.reminder;

import java.time.Instant;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;

/** A report waiting for its reviewers, as a digest lists it: which round, which unit, since when. */
public record Submission(long reportId, Programme programme, ReportingRound round, OrgUnit unit,
                         Instant submittedAt) {
}
