package vn.bdg.domain.model.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organisation tree as the domain sees it: units and their dated parent links. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    /** The units with these ids, in name order. */
    List<OrgUnit> findAll(Collection<Long> ids);

    void store(OrgUnit unit);

    /** Units whose parent link holds on {@code day}, in name order. */
    List<OrgUnit> childrenOn(long parentId, LocalDate day);

    /** For each given parent, how many children it has on {@code day} (absent = none). */
    Map<Long, Long> childCountsOn(Collection<Long> parentIds, LocalDate day);

    /** Units that have no parent on {@code day} and exist that day. */
    List<OrgUnit> rootsOn(LocalDate day);

    /** The given units and everything below them on {@code day}. */
    Set<Long> subtreeOn(Collection<Long> rootIds, LocalDate day);

    /**
     * Units whose folded search key contains every token, limited to the subtrees on {@code day} of
     * the units an account holds a grant on ({@code rolePattern} as in SQL LIKE: "%" for any role).
     */
    List<OrgUnit> searchInGrantedSubtrees(long accountId, String rolePattern, List<String> tokens,
                                          LocalDate day, int limit);

    /** The ids of units below the units an account holds a grant on, with the granted units. */
    Set<Long> grantedSubtreesOn(long accountId, String rolePattern, LocalDate day);

    /** Those of the given units that exist on {@code day} and are of one of the types. */
    Set<Long> ofTypesOn(Collection<Long> unitIds, Set<UnitType> types, LocalDate day);

    long count();

    /** Unit ids after {@code afterId} in id order, for restartable batch readers. */
    List<Long> idsAfter(long afterId, int limit);
}
