package vn.bdg.application.consolidation;

import java.util.List;

/** The tables of one scope that its files hold, in the page's order. */
record ScopeResults(List<IndicatorLine> indicators, List<GapLine> gaps, List<YearLine> years,
                    List<TimelinessLine> timeliness, List<TargetLine> targets) {
}
