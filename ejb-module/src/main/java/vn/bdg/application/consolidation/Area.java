package vn.bdg.application.consolidation;

/**
 * A line of a results table that stands for one scope: the whole round, a district (named by its Phòng's
 * short name; the units directly under the Sở have no name, the page names them) or a unit type (named
 * by the page).
 */
public interface Area {

    Scope scope();

    /** The Phòng's short name of a district other than the units directly under the Sở, otherwise null. */
    String name();
}
