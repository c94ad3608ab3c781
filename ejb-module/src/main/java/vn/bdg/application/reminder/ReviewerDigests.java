package vn.bdg.application.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.application.review.ReviewService;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.reminder.ReminderRepository;
import vn.bdg.domain.model.reminder.Submission;

/**
 * The digests owed on a day: for each REVIEWER who has not had one that day, the reports still waiting
 * for review that reached one of the units they review for (the unit's reviewing level, as
 * {@link ReviewService#reviewingUnit} decides) since their previous digest, or in the last 24 hours
 * when they never had one. A reviewer with nothing new gets nothing.
 */
@Dependent
class ReviewerDigests {

    static final Duration FIRST_WINDOW = Duration.ofHours(24);

    @Inject
    private ReminderRepository repository;

    @Inject
    private ReviewService review;

    List<Digest> on(LocalDate day, Instant now) {
        Map<Long, List<UserAccount>> reviewersByUnit = repository.holders(Role.REVIEWER);
        Set<Long> done = repository.digestedOn(day);
        Map<UserAccount, Set<Long>> unitsOf = new LinkedHashMap<>();
        reviewersByUnit.forEach((unit, reviewers) -> reviewers.stream()
                .filter(reviewer -> !done.contains(reviewer.getId()))
                .forEach(reviewer -> unitsOf.computeIfAbsent(reviewer, r -> new LinkedHashSet<>()).add(unit)));
        if (unitsOf.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> last = repository.lastDigestedUntil(unitsOf.keySet().stream().map(UserAccount::getId).toList());
        Map<UserAccount, Instant> from = new HashMap<>();
        unitsOf.keySet().forEach(reviewer -> from.put(reviewer,
                last.getOrDefault(reviewer.getId(), now.minus(FIRST_WINDOW))));
        Instant earliest = from.values().stream().min(Instant::compareTo).orElseThrow();
        Map<Submission, Long> reviewingUnit = reviewingUnits(repository.submittedBetween(earliest, now), day);

        List<Digest> digests = new ArrayList<>();
        unitsOf.forEach((reviewer, units) -> {
            List<Submission> theirs = reviewingUnit.entrySet().stream()
                    .filter(e -> units.contains(e.getValue()) && e.getKey().submittedAt().isAfter(from.get(reviewer)))
                    .map(Map.Entry::getKey)
                    .toList();
            if (!theirs.isEmpty()) {
                digests.add(new Digest(reviewer, from.get(reviewer), now, theirs));
            }
        });
        return digests;
    }

    private Map<Submission, Long> reviewingUnits(Collection<Submission> submissions, LocalDate day) {
        Map<Submission, Long> reviewing = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            reviewing.put(submission, review.reviewingUnit(submission.programme(), submission.unit(), day).getId());
        }
        return reviewing;
    }
}
