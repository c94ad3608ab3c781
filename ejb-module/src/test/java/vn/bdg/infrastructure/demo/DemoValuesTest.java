package vn.bdg.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.ReportCheck;

class DemoValuesTest {

    private static final Set<UnitType> REPORTING = EnumSet.of(UnitType.MN, UnitType.TH, UnitType.THCS,
            UnitType.MULTI_LEVEL, UnitType.THPT, UnitType.GDNN_GDTX, UnitType.AFFILIATED);
    private static final List<Integer> YEARS = List.of(2019, 2020);
    private static final List<RoundKind> KINDS = List.of(RoundKind.SIX_MONTH, RoundKind.ANNUAL);

    private static Programme programme;
    private static List<CSVRecord> demoUnits;

    @BeforeAll
    static void defaultCatalogueAndTheDemoTree() throws IOException {
        OrgUnit so = OrgUnit.found("SGD", UnitType.SO, new UnitDescription("Sở", "Sở", "SGDĐT", null, null),
                LocalDate.of(2015, 1, 1), null);
        programme = Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16),
                "Hải Phòng", "V/v", SigningAuthority.NONE, null, "GIÁM ĐỐC", "A"), "so", Instant.now());
        DefaultCatalogue.loadInto(programme);
        try (Reader in = new InputStreamReader(DemoValuesTest.class.getResourceAsStream("/demo/hp-2020-units.csv"),
                StandardCharsets.UTF_8)) {
            demoUnits = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** A made-up unit of a reporting type in a year. */
    private record Sample(UnitType type, String code, int year) {
    }

    /** {@code perType} units of each reporting type, each in both years. */
    private static List<Sample> samples(int perType) {
        List<Sample> samples = new ArrayList<>();
        for (UnitType type : REPORTING) {
            for (int i = 1; i <= perType; i++) {
                for (int year : YEARS) {
                    samples.add(new Sample(type, type + "-" + i, year));
                }
            }
        }
        return samples;
    }

    @Test
    void everyUnitOfEveryTypePassesEveryCheckWithCellsItsFormHas() {
        for (Sample unit : samples(80)) {
            for (RoundKind kind : KINDS) {
                Map<CellKey, BigDecimal> values = DemoValues.of(unit.code(), unit.type(), unit.year(), kind);
                values.forEach((cell, amount) -> assertOnForm(unit.type(), cell, amount));
                ReportCheck.Result result = ReportCheck.run(programme, unit.type(), values);
                assertEquals(List.of(), result.findings(), unit + " " + kind + ": " + values);
            }
        }
    }

    @Test
    void aPhongMadeOfItsSchoolsSumsPassesEveryCheckToo() {
        for (int year : YEARS) {
            for (RoundKind kind : KINDS) {
                Map<CellKey, BigDecimal> sums = new HashMap<>();
                for (UnitType type : List.of(UnitType.MN, UnitType.TH, UnitType.THCS, UnitType.MULTI_LEVEL)) {
                    IntStream.rangeClosed(1, 12).forEach(i -> DemoValues.of("PGD-X-" + type + i, type, year, kind)
                            .forEach((cell, amount) -> sums.merge(cell, amount, BigDecimal::add)));
                }
                Map<CellKey, BigDecimal> own = DemoValues.of("PGD-X", UnitType.PHONG, year, kind);
                own.forEach((cell, amount) -> assertOnForm(UnitType.PHONG, cell, amount));
                assertTrue(own.keySet().stream().allMatch(cell -> programme.indicator(cell.indicatorCode()).getKind()
                        == IndicatorKind.YES_NO), "a Phòng types only its yes/no answers: " + own);
                sums.putAll(own);
                assertEquals(List.of(), ReportCheck.run(programme, UnitType.PHONG, sums).findings(), year + " " + kind);
            }
        }
    }

    @Test
    void theSameUnitReportsTheSameOnEveryStartAndAnotherUnitOtherFigures() {
        for (UnitType type : REPORTING) {
            assertEquals(DemoValues.of("TH-ANLAO-07", type, 2020, RoundKind.ANNUAL),
                    DemoValues.of("TH-ANLAO-07", type, 2020, RoundKind.ANNUAL));
            assertNotEquals(DemoValues.of("TH-ANLAO-07", type, 2020, RoundKind.ANNUAL),
                    DemoValues.of("TH-ANLAO-08", type, 2020, RoundKind.ANNUAL));
        }
    }

    @Test
    void theAnnualRoundKeepsTheSnapshotsAndAddsToTheFlows() {
        for (Sample unit : samples(40)) {
            Map<CellKey, BigDecimal> half = DemoValues.of(unit.code(), unit.type(), unit.year(), RoundKind.SIX_MONTH);
            Map<CellKey, BigDecimal> annual = DemoValues.of(unit.code(), unit.type(), unit.year(), RoundKind.ANNUAL);
            half.forEach((cell, amount) -> {
                if (programme.indicator(cell.indicatorCode()).getKind() == IndicatorKind.FLOW) {
                    assertTrue(annual.getOrDefault(cell, BigDecimal.ZERO).compareTo(amount) >= 0,
                            unit + " " + cell + ": the annual flow holds the first half's");
                }
            });
            for (String snapshot : List.of("BDG-01", "BDG-07", "BDG-16")) {
                BigDecimal before = half.get(CellKey.total(snapshot));
                BigDecimal after = annual.get(CellKey.total(snapshot));
                if (before != null) {
                    double ratio = after.doubleValue() / before.doubleValue();
                    assertTrue(ratio > 0.9 && ratio < 1.1, unit + " " + snapshot + ": " + before + " → " + after);
                }
            }
            BigDecimal sessions = half.get(CellKey.total("BDG-18"));
            assertTrue(annual.get(CellKey.total("BDG-18")).compareTo(sessions) > 0, unit + " BDG-18");
        }
    }

    /** Over the demo tree's schools and centres: shares like Hải Phòng's, a little lower a year earlier. */
    @Test
    void theDemoTreeLooksLikeHaiPhong() {
        double[] teachers2020 = shares(2020, "BDG-07");
        double[] learners2020 = shares(2020, "BDG-16");
        assertTrue(teachers2020[0] > 0.7 && teachers2020[0] < 0.8, "women among teachers " + teachers2020[0]);
        assertTrue(learners2020[0] > 0.48 && learners2020[0] < 0.5, "girls among learners " + learners2020[0]);
        double leading2020 = shares(2020, "BDG-06")[0];
        double leading2019 = shares(2019, "BDG-06")[0];
        assertTrue(leading2020 > 0.55 && leading2020 < 0.7, "units with a woman among leaders " + leading2020);
        assertTrue(leading2019 < leading2020 && leading2019 > 0.5, "a year earlier " + leading2019);
    }

    /** Female share of an indicator summed over the demo units ([0]), or for a derived one its mean. */
    private static double[] shares(int year, String code) {
        double total = 0;
        double female = 0;
        int units = 0;
        for (CSVRecord row : demoUnits) {
            UnitType type = UnitType.valueOf(row.get("type"));
            if (!REPORTING.contains(type)) {
                continue;
            }
            Map<CellKey, BigDecimal> values = DemoValues.of(row.get("code"), type, year, RoundKind.SIX_MONTH);
            units++;
            if (programme.indicator(code).getKind() == IndicatorKind.DERIVED) {
                female += ReportCheck.run(programme, type, values).derived().get(code).doubleValue();
            } else if (values.containsKey(CellKey.total(code))) {
                total += values.get(CellKey.total(code)).doubleValue();
                female += values.get(CellKey.female(code)).doubleValue();
            }
        }
        return new double[] {total == 0 ? female / units : female / total, units};
    }

    /** What {@code UnitReport.checkCell} accepts on the form of a unit of {@code type} in a periodic round. */
    private static void assertOnForm(UnitType type, CellKey cell, BigDecimal amount) {
        Indicator indicator = programme.indicator(cell.indicatorCode());
        assertTrue(indicator.appliesTo(type) && !indicator.isSystemComputed()
                && indicator.getKind() != IndicatorKind.DERIVED, type + " has no " + cell);
        assertTrue(!cell.female() || indicator.isSexSplit(), cell + " has no female part");
        if (!cell.isOverall()) {
            Dimension dimension = indicator.getDimensions().stream().filter(d -> d.getName().equals(cell.dimension()))
                    .findFirst().orElseThrow(() -> new AssertionError(cell + ": no such dimension"));
            assertTrue(dimension.getCategories().contains(cell.category()), cell + ": no such category");
        }
        if (indicator.getKind() == IndicatorKind.YES_NO) {
            assertTrue(amount.compareTo(BigDecimal.ONE) == 0 || amount.signum() == 0, cell + " = " + amount);
        } else {
            assertTrue(amount.signum() >= 0, cell + " = " + amount);
        }
    }
}
