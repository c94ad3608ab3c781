package vn.bdg.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.Severity;
import vn.bdg.domain.model.programme.SigningAuthority;

class ReportCheckTest {

    private Programme programme;
    private final Map<CellKey, BigDecimal> values = new HashMap<>();

    @BeforeEach
    void defaultCatalogue() {
        OrgUnit so = OrgUnit.found("SGD", UnitType.SO, new UnitDescription("Sở", "Sở", "SGDĐT", null, null),
                LocalDate.of(2015, 1, 1), null);
        programme = Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16),
                "Hải Phòng", "V/v", SigningAuthority.NONE, null, "GIÁM ĐỐC", "A"), "so", Instant.now());
        DefaultCatalogue.loadInto(programme);
    }

    private void put(String cell, long value) {
        values.put(CellKey.parse(cell), BigDecimal.valueOf(value));
    }

    private void mandatoryBaseline() {
        put("BDG-01", 29);
        put("BDG-01.nu", 23);
        put("BDG-02", 3);
        put("BDG-02.nu", 2);
        put("BDG-03", 1);
        put("BDG-04", 1);
        put("BDG-07", 24);
        put("BDG-07.nu", 20);
        put("BDG-09", 16);
        put("BDG-09.nu", 10);
        put("BDG-16", 900);
        put("BDG-16.nu", 480);
        put("BDG-18", 6);
        put("BDG-19", 1200);
        put("BDG-19.nu", 640);
        put("BDG-29", 1);
        put("BDG-34", 1);
        put("BDG-45", 1);
        put("BDG-49", 0);
        put("BDG-50", 0);
    }

    private ReportCheck.Result check(UnitType type) {
        return ReportCheck.run(programme, type, values);
    }

    @Test
    void aCompleteCoherentReportMaySubmitAndItsSharesAreComputed() {
        mandatoryBaseline();
        ReportCheck.Result result = check(UnitType.THPT);
        assertFalse(result.blocksSubmission(), result.findings().toString());
        assertEquals(0, new BigDecimal("66.66666666666667").compareTo(result.derived().get("BDG-05").setScale(14,
                java.math.RoundingMode.HALF_UP)), result.derived().toString());
        assertEquals(0, BigDecimal.ONE.compareTo(result.derived().get("BDG-06")));
    }

    @Test
    void femaleAboveTotalAndHeadsAboveManagersAreErrorsAtTheirIndicator() {
        mandatoryBaseline();
        put("BDG-01.nu", 30);
        put("BDG-04", 3);
        ReportCheck.Result result = check(UnitType.THPT);
        assertTrue(result.blocksSubmission());
        assertTrue(result.about("BDG-01").stream().anyMatch(f -> f.messageKey().equals("report.rule.broken")
                && f.arguments().get(0).equals("BDG-01.nu <= BDG-01")));
        assertTrue(result.about("BDG-03").stream().anyMatch(f -> f.severity() == Severity.ERROR
                && f.messageVi() != null && f.messageVi().contains("BDG-02")), result.findings().toString());
    }

    @Test
    void warningsDoNotBlockSubmission() {
        mandatoryBaseline();
        put("BDG-07", 40);
        put("BDG-07.nu", 30);
        ReportCheck.Result result = check(UnitType.THPT);
        assertTrue(result.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING));
        assertFalse(result.blocksSubmission(), result.findings().toString());
    }

    @Test
    void categoriesStayWithinTheirTotalsAndMandatoryValuesMustBeThere() {
        put("BDG-01", 29);
        put("BDG-01.nu", 23);
        put("BDG-01[Nhóm=GV]", 24);
        put("BDG-01[Nhóm=NV]", 8);
        put("BDG-01[Nhóm=GV].nu", 25);
        ReportCheck.Result result = check(UnitType.THPT);
        assertTrue(result.about("BDG-01").stream().anyMatch(f -> f.messageKey().equals("report.check.categoriesAboveTotal")));
        assertTrue(result.about("BDG-01").stream().anyMatch(f -> f.messageKey().equals("report.check.femaleAboveTotal")));
        assertTrue(result.about("BDG-16").stream().anyMatch(f -> f.messageKey().equals("report.check.mandatoryMissing")));
    }

    @Test
    void onlyIndicatorsTheUnitTypeReportsAreChecked() {
        mandatoryBaseline();
        put("BDG-17", -1);
        assertTrue(check(UnitType.THPT).about("BDG-17").stream()
                .anyMatch(f -> f.messageKey().equals("report.check.belowMin")));
        assertTrue(check(UnitType.MN).about("BDG-17").isEmpty(), "preschools do not report dropouts");
    }

    @Test
    void aCellKeyReadsAsWritten() {
        CellKey key = CellKey.parse("BDG-01[Nhóm=GV].nu");
        assertEquals("BDG-01", key.indicatorCode());
        assertEquals("Nhóm", key.dimension());
        assertEquals("GV", key.category());
        assertTrue(key.female());
        assertEquals("BDG-01[Nhóm=GV].nu", key.toString());
        assertEquals("BDG-19", CellKey.parse("BDG-19").toString());
    }
}
