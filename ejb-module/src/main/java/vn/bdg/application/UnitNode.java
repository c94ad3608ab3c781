package vn.bdg.application;

import java.io.Serializable;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;

/** One unit as the tree shows it, with the number of its children on the day shown. */
public record UnitNode(long id, String code, UnitType type, String name, String shortName, boolean closed,
                       long childCount) implements Serializable {

    public static UnitNode of(OrgUnit unit, long childCount) {
        return new UnitNode(unit.getId(), unit.getCode(), unit.getType(), unit.getName(), unit.getShortName(),
                unit.isClosed(), childCount);
    }

    public boolean isLeaf() {
        return childCount == 0;
    }
}
