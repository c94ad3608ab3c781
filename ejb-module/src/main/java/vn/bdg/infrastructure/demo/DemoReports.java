package vn.bdg.infrastructure.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;

/**
 * The reports the demo units sent in a programme's 6-month and annual rounds, made through the report
 * aggregate's own business methods (open, record, narrate, submit, accept, return, mark missing) with
 * the days and hours they would have happened on, so that they are what the application stores: the
 * submission snapshots and numbers, and the late flag against each unit's due date. About 85 % of the
 * expected units end accepted; a few wait for review, were returned or are drafts, a few were marked
 * missing and the rest never opened their report. Nobody is told: this is history.
 *
 * <p>Every Phòng consolidates its schools. In each round two Phòng are still collecting (their own
 * report a draft carrying what they accepted so far) and one has sent its report, which waits for the
 * Sở; every other Phòng closed the round: it marked its schools that had not sent as missing, its
 * figures are the sums of its accepted schools (as every save of the application sums them), and the
 * Sở accepted it. Everything is drawn from the units' codes, so a fresh database gets the same history.
 *
 * <p>Lê Chân and THPT Ngô Quyền are left alone: the browser journeys drive their reports from nothing.
 */
@Dependent
public class DemoReports {

    private static final String SO_REVIEWER = "so.ctrtt";
    private static final String LE_CHAN = "PGD-LECHAN";
    private static final String NGO_QUYEN = "THPT-NGOQUYEN";

    /** Per round, the Phòng still collecting their schools' reports and the Phòng whose report waits for the Sở. */
    private record Closing(Set<String> collecting, String awaitingSo) {
    }

    private static final Map<String, Closing> CLOSINGS = Map.of(
            "6T-2019", new Closing(Set.of("PGD-TIENLANG", "PGD-HONGBANG"), "PGD-CATHAI"),
            "NAM-2019", new Closing(Set.of("PGD-ANLAO", "PGD-ANDUONG"), "PGD-DOSON"),
            "6T-2020", new Closing(Set.of("PGD-VINHBAO", "PGD-HAIAN"), "PGD-NGOQUYEN"),
            "NAM-2020", new Closing(Set.of("PGD-KIENTHUY", "PGD-ANDUONG"), "PGD-HONGBANG"));

    private static final List<String> RETURN_REASONS = List.of(
            "Số giáo viên nữ chưa khớp với cơ sở dữ liệu ngành, đề nghị kiểm tra lại.",
            "Thiếu thuyết minh kết quả tuyên truyền, đề nghị bổ sung.",
            "Số lượt người tham dự tuyên truyền chưa khớp với biên bản các buổi sinh hoạt chuyên đề.");
    private static final List<String> MISSING_REASONS = List.of(
            "Đơn vị không gửi báo cáo trong thời hạn tổng hợp.",
            "Cán bộ phụ trách nghỉ thai sản, đơn vị chưa tổng hợp được số liệu.",
            "Trường đang sửa chữa cơ sở vật chất, chưa gửi báo cáo.");

    @Inject
    private ReportRepository reports;

    @Inject
    private OrgUnitRepository units;

    /**
     * Fills the 6-month and annual rounds of the programmes, which expect the same units; returns how many
     * reports ended in each status. The units are read once and nothing is read back until the end, so
     * the reports are written in one go when the transaction commits.
     */
    public Map<ReportStatus, Integer> fill(List<Programme> programmes) {
        Set<Long> expected = new HashSet<>();
        programmes.forEach(programme -> expected.addAll(programme.getExpectedUnits()));
        List<OrgUnit> expectedUnits = units.findAll(expected).stream()
                .sorted(Comparator.comparing(OrgUnit::getCode)).toList();
        Map<ReportStatus, Integer> tally = new EnumMap<>(ReportStatus.class);
        for (Programme programme : programmes) {
            LocalDate day = programme.getLetter().getIssuedOn();
            List<OrgUnit> direct = new ArrayList<>();
            Map<OrgUnit, List<OrgUnit>> schoolsByPhong = new LinkedHashMap<>();
            expectedUnits.stream()
                    .filter(unit -> programme.expects(unit.getId()) && !leftToJourneys(unit, day))
                    .forEach(unit -> {
                        OrgUnit parent = unit.parentOn(day).orElse(null);
                        if (unit.getType() == UnitType.PHONG) {
                            schoolsByPhong.computeIfAbsent(unit, phong -> new ArrayList<>());
                        } else if (parent != null && parent.getType() == UnitType.PHONG) {
                            schoolsByPhong.computeIfAbsent(parent, phong -> new ArrayList<>()).add(unit);
                        } else {
                            direct.add(unit);
                        }
                    });
            for (ReportingRound round : programme.getRounds()) {
                Closing closing = CLOSINGS.get(round.getCode());
                if (closing != null) {
                    new RoundHistory(programme, round, closing, tally).fill(direct, schoolsByPhong);
                }
            }
        }
        return tally;
    }

    private static boolean leftToJourneys(OrgUnit unit, LocalDate day) {
        return unit.getCode().equals(NGO_QUYEN) || unit.getCode().equals(LE_CHAN)
                || unit.parentOn(day).map(parent -> parent.getCode().equals(LE_CHAN)).orElse(false);
    }

    /** One round's reports, unit by unit, then each Phòng's own once its schools are settled. */
    private final class RoundHistory {

        final Programme programme;
        final ReportingRound round;
        final Closing closing;
        final Map<ReportStatus, Integer> tally;
        final int year;
        final RoundKind kind;

        RoundHistory(Programme programme, ReportingRound round, Closing closing, Map<ReportStatus, Integer> tally) {
            this.programme = programme;
            this.round = round;
            this.closing = closing;
            this.tally = tally;
            this.year = programme.getYear();
            this.kind = round.getKind();
        }

        void fill(List<OrgUnit> direct, Map<OrgUnit, List<OrgUnit>> schoolsByPhong) {
            for (OrgUnit unit : direct) {
                double fate = draw(unit, "fate").nextDouble();
                ReportStatus status = fate < 0.88 ? ReportStatus.ACCEPTED : fate < 0.92 ? ReportStatus.SUBMITTED
                        : fate < 0.94 ? ReportStatus.RETURNED : fate < 0.96 ? ReportStatus.DRAFT
                        : fate < 0.97 ? ReportStatus.MISSING : null;
                if (status == ReportStatus.MISSING) {
                    LocalDate marked = programme.dueFor(round, unit).plusDays(10);
                    markMissing(unit, SO_REVIEWER, at(marked, draw(unit, "missing")));
                } else if (status != null) {
                    send(unit, status, SO_REVIEWER);
                }
            }
            schoolsByPhong.forEach((phong, schools) -> {
                boolean collecting = closing.collecting().contains(phong.getCode());
                List<UnitReport> accepted = new ArrayList<>();
                List<OrgUnit> unsent = new ArrayList<>();
                for (OrgUnit school : schools) {
                    double fate = draw(school, "fate").nextDouble();
                    ReportStatus status = collecting
                            ? fate < 0.6 ? ReportStatus.ACCEPTED : fate < 0.75 ? ReportStatus.SUBMITTED
                            : fate < 0.8 ? ReportStatus.RETURNED : fate < 0.85 ? ReportStatus.DRAFT : null
                            : fate < 0.97 ? ReportStatus.ACCEPTED : ReportStatus.MISSING;
                    if (status == ReportStatus.MISSING) {
                        unsent.add(school);
                    } else if (status != null) {
                        UnitReport report = send(school, status, reviewerOf(phong));
                        if (status == ReportStatus.ACCEPTED) {
                            accepted.add(report);
                        }
                    }
                }
                phongReport(phong, accepted, unsent);
            });
        }

        /**
         * The Phòng's own report. A Phòng that closed the round marks its schools that have not sent as
         * missing, sums the accepted ones and sends its report; a Phòng still collecting has a draft with
         * what it accepted so far.
         */
        private void phongReport(OrgUnit phong, List<UnitReport> accepted, List<OrgUnit> unsent) {
            SplittableRandom draw = draw(phong, "report");
            LocalDate due = programme.dueFor(round, phong);
            Instant dayBeforeDue = at(due.minusDays(1), draw);
            Instant lastAccepted = accepted.stream().map(UnitReport::getReviewedAt).max(Comparator.naturalOrder())
                    .orElse(dayBeforeDue);
            Instant closed = lastAccepted.isAfter(dayBeforeDue)
                    ? lastAccepted.plus(1 + draw.nextInt(20), ChronoUnit.HOURS) : dayBeforeDue;
            boolean collecting = closing.collecting().contains(phong.getCode());
            for (OrgUnit school : unsent) {
                markMissing(school, reviewerOf(phong), closed);
            }
            String editor = "thuky." + slug(phong);
            UnitReport report = UnitReport.open(programme, round, phong, editor, closed.minus(3, ChronoUnit.DAYS));
            Map<CellKey, BigDecimal> values = ReportService.consolidated(report,
                    DemoValues.of(phong.getCode(), phong.getType(), year, kind), acceptedTotals(accepted));
            report.record(values, editor, closed);
            report.narrate(DemoNarratives.of(phong.getCode(), phong.getType(), year, kind, values), editor, closed);
            if (!collecting) {
                Instant sent = closed.plus(2, ChronoUnit.HOURS);
                report.submit(sent.atZone(BusinessClock.ZONE).toLocalDate(), due, "truongphong." + slug(phong), sent);
                if (!phong.getCode().equals(closing.awaitingSo())) {
                    report.accept(SO_REVIEWER, sent.plus(1 + draw.nextInt(6), ChronoUnit.DAYS));
                }
            }
            store(report);
        }

        /**
         * A unit's report up to {@code status}: opened some days before it is sent, its figures and for
         * about half of the units a few narratives, sent by the head (a few late), then reviewed. One in
         * twenty-five accepted reports was returned once and corrected first.
         */
        private UnitReport send(OrgUnit unit, ReportStatus status, String reviewer) {
            SplittableRandom draw = draw(unit, "timeline");
            Map<CellKey, BigDecimal> values = DemoValues.of(unit.getCode(), unit.getType(), year, kind);
            LocalDate due = programme.dueFor(round, unit);
            LocalDate sent = sendingDay(due, draw, !reviewer.equals(SO_REVIEWER));
            String editor = "thuky." + slug(unit);
            String head = "hieutruong." + slug(unit);
            LocalDate opened = sent.minusDays(3 + draw.nextInt(18));
            UnitReport report = UnitReport.open(programme, round, unit, editor, at(opened, draw));
            if (status == ReportStatus.DRAFT) {
                report.record(firstPart(values), editor, at(opened.plusDays(1), draw));
                return store(report);
            }
            boolean corrected = status == ReportStatus.ACCEPTED && draw.nextInt(25) == 0
                    && values.get(CellKey.female("BDG-09")).signum() > 0;
            Map<CellKey, BigDecimal> firstSent = corrected ? withOneLessFemalePartyMember(values) : values;
            report.record(firstSent, editor, at(opened.plusDays(1), draw));
            if (draw.nextBoolean()) {
                report.narrate(DemoNarratives.of(unit.getCode(), unit.getType(), year, kind, values), editor,
                        at(opened.plusDays(2), draw));
            }
            Instant sentAt = at(sent, draw);
            report.submit(sent, due, head, sentAt);
            if (corrected) {
                Instant returned = reviewAfter(sentAt, reviewer, draw);
                report.returnToUnit("Số đảng viên nữ chưa khớp với danh sách chi bộ.",
                        Map.of("BDG-09.nu", "Đề nghị đối chiếu với danh sách đảng viên của chi bộ."), reviewer,
                        returned);
                report.record(values, editor, returned.plus(1, ChronoUnit.HOURS));
                sent = returned.atZone(BusinessClock.ZONE).toLocalDate().plusDays(1);
                sentAt = at(sent, draw);
                report.submit(sent, due, head, sentAt);
            }
            Instant reviewed = reviewAfter(sentAt, reviewer, draw);
            if (status == ReportStatus.ACCEPTED) {
                report.accept(reviewer, reviewed);
            } else if (status == ReportStatus.RETURNED) {
                report.returnToUnit(RETURN_REASONS.get(draw.nextInt(RETURN_REASONS.size())), Map.of(), reviewer,
                        reviewed);
            }
            return store(report);
        }

        /**
         * When the reviewer acts on a report sent at {@code sent}: a Phòng, which collects before its own
         * due date, within a working day; the Sở within ten days.
         */
        private Instant reviewAfter(Instant sent, String reviewer, SplittableRandom draw) {
            if (reviewer.equals(SO_REVIEWER)) {
                return at(sent.atZone(BusinessClock.ZONE).toLocalDate().plusDays(1 + draw.nextInt(10)), draw);
            }
            return sent.plus(2 + draw.nextInt(22), ChronoUnit.HOURS);
        }

        /** A unit that did not send, marked missing by its reviewer; about a third had started a draft. */
        private void markMissing(OrgUnit unit, String reviewer, Instant at) {
            SplittableRandom draw = draw(unit, "missing");
            String reason = MISSING_REASONS.get(draw.nextInt(MISSING_REASONS.size()));
            if (draw.nextInt(3) == 0) {
                String editor = "thuky." + slug(unit);
                UnitReport report = UnitReport.open(programme, round, unit, editor, at.minus(10, ChronoUnit.DAYS));
                report.record(firstPart(DemoValues.of(unit.getCode(), unit.getType(), year, kind)), editor,
                        at.minus(9, ChronoUnit.DAYS));
                report.markMissing(reason, reviewer, at);
                store(report);
            } else {
                store(UnitReport.missing(programme, round, unit, reason, reviewer, at));
            }
        }

        private UnitReport store(UnitReport report) {
            reports.store(report);
            tally.merge(report.getStatus(), 1, Integer::sum);
            return report;
        }

        private SplittableRandom draw(OrgUnit unit, String purpose) {
            return DemoValues.random(unit.getCode(), round.getCode(), purpose);
        }
    }

    /**
     * When a unit sends. A direct reporter sends mostly in the last three days before its due date, some
     * earlier, and about one in twelve late by up to twelve days. A school sends by its Phòng's own
     * collection date three days earlier, so that the Phòng can review and sum in time; one in two
     * hundred is late by up to three days, and holds its Phòng up.
     */
    private static LocalDate sendingDay(LocalDate due, SplittableRandom draw, boolean underPhong) {
        if (draw.nextDouble() < (underPhong ? 0.005 : 0.08)) {
            return due.plusDays(1 + draw.nextInt(underPhong ? 3 : 12));
        }
        LocalDate last = underPhong ? due.minusDays(3) : due;
        return draw.nextDouble() < 0.65 ? last.minusDays(draw.nextInt(3)) : last.minusDays(3 + draw.nextInt(10));
    }

    /**
     * Each cell summed over the accepted reports, as {@link ReportRepository#acceptedTotals} sums them in
     * the database; summed here, the load reads nothing back before it commits.
     */
    private static Map<String, BigDecimal> acceptedTotals(List<UnitReport> accepted) {
        Map<String, BigDecimal> totals = new HashMap<>();
        accepted.forEach(report -> report.getValues().forEach((cell, amount) -> totals.merge(cell, amount,
                BigDecimal::add)));
        return totals;
    }

    /** A moment in office hours on {@code day}, in Vietnam. */
    private static Instant at(LocalDate day, SplittableRandom draw) {
        return day.atTime(7 + draw.nextInt(10), draw.nextInt(60)).atZone(BusinessClock.ZONE).toInstant();
    }

    /** What a draft holds before the unit got further: the staff and learners at the cut-off. */
    private static Map<CellKey, BigDecimal> firstPart(Map<CellKey, BigDecimal> values) {
        Map<CellKey, BigDecimal> first = new HashMap<>();
        values.forEach((cell, amount) -> {
            if (Set.of("BDG-01", "BDG-02", "BDG-03", "BDG-04", "BDG-07", "BDG-16").contains(cell.indicatorCode())) {
                first.put(cell, amount);
            }
        });
        return first;
    }

    private static Map<CellKey, BigDecimal> withOneLessFemalePartyMember(Map<CellKey, BigDecimal> values) {
        Map<CellKey, BigDecimal> sent = new HashMap<>(values);
        sent.merge(CellKey.female("BDG-09"), BigDecimal.ONE.negate(), BigDecimal::add);
        return sent;
    }

    private static String reviewerOf(OrgUnit phong) {
        return "chuyenvien." + slug(phong);
    }

    /** A stand-in user name for one of the unit's people, who have no demo account. */
    private static String slug(OrgUnit unit) {
        return unit.getCode().toLowerCase(Locale.ROOT);
    }
}
