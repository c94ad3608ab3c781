package vn.bdg.domain.model.org;

/** The kinds of unit in the education sector's organisation tree (domain §3.1). */
public enum UnitType {
    /** Sở GD&ĐT, the Department itself. */
    SO,
    /** An office (phòng ban) of the Sở, such as Phòng Chính trị Tư tưởng. */
    SO_OFFICE,
    /** Phòng GD&ĐT of a district, dissolved on 01/07/2025. */
    PHONG,
    THPT,
    THCS,
    TH,
    MN,
    /** A multi-level school (PTCS, TH&THCS, THCS&THPT). */
    MULTI_LEVEL,
    /** A vocational and continuing-education centre (GDNN-GDTX). */
    GDNN_GDTX,
    /** Another unit affiliated to the Sở. */
    AFFILIATED
}
