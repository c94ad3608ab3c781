package vn.bdg.domain.model.plan;

/** A plan version is edited as a draft and, once issued by the unit's head, never changes again. */
public enum PlanStatus {
    DRAFT,
    ISSUED
}
