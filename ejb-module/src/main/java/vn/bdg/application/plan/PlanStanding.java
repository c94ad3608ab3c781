package vn.bdg.application.plan;

import java.io.Serializable;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.UnitPlan;

/**
 * Where one expected unit stands with its plan: its latest issued version, if any, and whether a newer
 * draft is being prepared. A JavaBean so that pages can read it.
 */
public class PlanStanding implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OrgUnit unit;
    private final UnitPlan issued;
    private final UnitPlan draft;

    public PlanStanding(OrgUnit unit, UnitPlan issued, UnitPlan draft) {
        this.unit = unit;
        this.issued = issued;
        this.draft = draft;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public UnitPlan getIssued() {
        return issued;
    }

    public UnitPlan getDraft() {
        return draft;
    }

    public boolean isIssuedAny() {
        return issued != null;
    }
}
