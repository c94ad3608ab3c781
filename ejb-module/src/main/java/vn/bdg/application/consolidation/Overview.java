package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.util.List;

/**
 * What a person may see of a round's results: the round and its programme, the published run (null when
 * the round has none yet), whether the person sees the whole round, and otherwise the districts (Phòng
 * ids) they see.
 */
public record Overview(long programmeId, String programmeLabel, long roundId, String roundCode, String roundName,
                       PublishedRun run, boolean wholeRound, List<Long> districts) implements Serializable {

    public Overview {
        districts = List.copyOf(districts);
    }

    public boolean isPublished() {
        return run != null;
    }

    /** Whether the person sees {@code scope}: the whole round sees every scope, a Phòng only its district. */
    public boolean allows(Scope scope) {
        return wholeRound || scope.isDistrict() && districts.contains(scope.districtId());
    }

    /** The scope a person lands on: the whole round, or their first district. */
    public Scope firstScope() {
        return wholeRound || districts.isEmpty() ? Scope.whole() : Scope.district(districts.get(0));
    }
}
