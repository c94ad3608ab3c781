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

    // Jakarta EL 5 sees JavaBean getters only, not record accessors.
    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public vn.bdg.domain.model.org.UnitType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public boolean isClosed() {
        return closed;
    }

    public long getChildCount() {
        return childCount;
    }
}
