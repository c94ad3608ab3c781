package vn.bdg.domain.model.programme;

/** A programme is prepared as a draft and published once; publishing is what the units see. */
public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED
}
