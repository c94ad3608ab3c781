package vn.bdg.application.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.bdg.domain.model.programme.IndicatorKind;

/** Result lines as the queries return them, for the tests of what is made of them. */
final class SampleResults {

    static final IndicatorInfo STAFF = new IndicatorInfo("BDG-01", "Tổng số CB-GV-NV", "Total staff", "người",
            "persons", IndicatorKind.SNAPSHOT);
    static final IndicatorInfo LAUNCH = new IndicatorInfo("BDG-29", "Tổ chức lễ phát động", "Launch held", "Có/Không",
            "Yes/No", IndicatorKind.YES_NO);
    static final IndicatorInfo SESSIONS = new IndicatorInfo("BDG-18", "Số buổi tuyên truyền", "Sessions", "buổi",
            "sessions", IndicatorKind.FLOW);

    private SampleResults() {
    }

    static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Figures sexSplit(String total, String female, String male, String share) {
        return new Figures(n(total), n(female), n(male), n(share), null, null);
    }

    static Figures perUnit(String yes, int units, String share) {
        return new Figures(n(yes), null, null, null, units, n(share));
    }

    static Figures plain(String total) {
        return new Figures(n(total), null, null, null, null, null);
    }

    /** Two tasks: I.2 with the launch and the sessions, II.1 with the staff and its categories. */
    static List<IndicatorLine> indicators() {
        return List.of(
                new IndicatorLine("I.2", "Tháng hành động", LAUNCH, "BDG-29", perUnit("4", 5, "80.00")),
                new IndicatorLine("I.2", "Tháng hành động", SESSIONS, "BDG-18", plain("30")),
                new IndicatorLine("II.1", "Chỉ tiêu được phân công", STAFF, "BDG-01",
                        sexSplit("5145", "4115", "1030", "79.98")),
                new IndicatorLine("II.1", "Chỉ tiêu được phân công", STAFF, "BDG-01[Nhóm=GV]",
                        sexSplit("4620", "3600", "1020", "77.92")));
    }

    static GapLine staffGap() {
        return new GapLine(STAFF, n("5145"), n("4115"), n("1030"), n("79.9806"), n("3085"), n("78.5"), n("1.4806"));
    }

    static YearLine staffYear() {
        return new YearLine(STAFF, n("5145"), n("5000"), n("145"), n("2.90"), n("79.98"), n("78.5"), n("1.48"));
    }

    static TimelinessLine timeliness(Scope scope, String name) {
        return new TimelinessLine(scope, name, 10, 3, 2, 4, 1, 5);
    }

    static TargetLine leadership(Boolean met) {
        return new TargetLine("WOMEN_IN_KEY_LEADERSHIP", 2025, n("60"), n("80"), n("4"), n("5"), n("20"), met);
    }

    static PublishedRun run() {
        return new PublishedRun(50, "so.ctrtt", Instant.parse("2021-06-01T01:00:00Z"), false, LocalDate.of(2021, 6, 14),
                Instant.parse("2021-06-01T01:00:05Z"), 5, Instant.parse("2021-06-01T01:01:00Z"),
                Instant.parse("2021-06-01T01:01:00Z"));
    }
}
