package vn.bdg.application.board;

import java.time.LocalDate;
import java.util.Set;
import vn.bdg.domain.model.account.Role;

/**
 * What the board asks the database: the round of a programme, judged on {@code today}, for the expected
 * units below the account's grants of one of {@code roles} on that day, as filtered; with
 * {@code unsentOnly}, only the units whose report has not been sent (not submitted nor accepted).
 */
public record BoardQuery(long accountId, Set<Role> roles, long programmeId, long roundId, LocalDate today,
                         BoardFilter filter, boolean unsentOnly) {

    public BoardQuery {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a board is seen through at least one role");
        }
    }

    BoardQuery unsent() {
        return new BoardQuery(accountId, roles, programmeId, roundId, today, filter, true);
    }
}
