package vn.bdg.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;

/**
 * Resolves who must report on a programme: the units of its reporter types below the issuer, and the
 * units it names, as the organisation tree stood on the letter's date.
 */
@Dependent
public class Reporters {

    @Inject
    private OrgUnitRepository units;

    public Set<Long> of(Programme programme) {
        LocalDate day = programme.getLetter().getIssuedOn();
        Set<Long> subtree = units.subtreeOn(List.of(programme.getIssuer().getId()), day);
        Set<Long> result = new HashSet<>(units.ofTypesOn(subtree, programme.getReporterTypes(), day));
        result.addAll(units.ofTypesOn(programme.getReporterUnits(), EnumSet.allOf(UnitType.class), day));
        return result;
    }
}
