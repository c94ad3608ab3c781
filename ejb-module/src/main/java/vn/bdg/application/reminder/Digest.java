package vn.bdg.application.reminder;

import java.time.Instant;
import java.util.List;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.reminder.Submission;

/** One reviewer's digest: the reports submitted to their level after {@code from} and up to {@code until}. */
record Digest(UserAccount reviewer, Instant from, Instant until, List<Submission> submissions) {

    /** The rounds the submissions belong to, each named once, in the order they first appear. */
    List<String> roundNames() {
        return submissions.stream().map(s -> s.round().getName()).distinct().toList();
    }
}
