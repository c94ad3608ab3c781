package vn.bdg.domain.model.org;

/**
 * The kinds of unit in the education sector's organisation tree (domain §3.1), in the order the tree
 * lists siblings: offices, Phòng, then schools from the highest level down, then centres and others.
 */
public enum UnitType {
    /** Sở GD&ĐT, the Department itself. */
    SO,
    /** An office (phòng ban) of the Sở, such as Phòng Chính trị Tư tưởng. */
    SO_OFFICE,
    /** Phòng GD&ĐT of a district, dissolved on 01/07/2025. */
    PHONG,
    THPT,
    /** A multi-level school (PTCS, TH&THCS, THCS&THPT). */
    MULTI_LEVEL,
    THCS,
    TH,
    MN,
    /** A vocational and continuing-education centre (GDNN-GDTX). */
    GDNN_GDTX,
    /** Another unit affiliated to the Sở. */
    AFFILIATED
}
