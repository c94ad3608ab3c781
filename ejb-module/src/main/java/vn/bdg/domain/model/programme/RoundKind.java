package vn.bdg.domain.model.programme;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The kinds of reporting round (domain §1.1) and the data windows Decree 09/2019 gives the periodic
 * ones: 6-month from 15/12 of the previous year to 14/6, annual from 15/12 of the previous year to
 * 14/12. The Action Month addendum covers 15/11 to 15/12. Thematic and ad-hoc rounds have no default.
 */
public enum RoundKind {
    SIX_MONTH(MonthDay.of(12, 15), true, MonthDay.of(6, 14)),
    ANNUAL(MonthDay.of(12, 15), true, MonthDay.of(12, 14)),
    THEMATIC(null, false, null),
    AD_HOC(null, false, null),
    ADDENDUM(MonthDay.of(11, 15), false, MonthDay.of(12, 15));

    private final MonthDay defaultFrom;
    private final boolean fromPreviousYear;
    private final MonthDay defaultTo;

    RoundKind(MonthDay defaultFrom, boolean fromPreviousYear, MonthDay defaultTo) {
        this.defaultFrom = defaultFrom;
        this.fromPreviousYear = fromPreviousYear;
        this.defaultTo = defaultTo;
    }

    public boolean hasDefaultWindow() {
        return defaultFrom != null;
    }

    /** The default first day of data for a round of {@code year}, or null. */
    public LocalDate defaultDataFrom(int year) {
        return defaultFrom == null ? null : defaultFrom.atYear(fromPreviousYear ? year - 1 : year);
    }

    /** The default data cut-off for a round of {@code year}, or null. */
    public LocalDate defaultDataTo(int year) {
        return defaultTo == null ? null : defaultTo.atYear(year);
    }
}
