package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bdg.application.board.District;
import vn.bdg.application.consolidation.ConsolidatedReport.Quote;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.LegalBasis;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RoundDefinition;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.infrastructure.document.OfficialReport;
import vn.bdg.infrastructure.document.OfficialReport.Narrative;
import vn.bdg.infrastructure.document.OfficialReport.Quotation;
import vn.bdg.infrastructure.document.OfficialReport.Section;
import vn.bdg.infrastructure.document.OfficialReport.Table;

/** The consolidated report's content from results given by hand: no database, no layout. */
class ConsolidatedReportTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 12, 20);
    private static final LocalDate DUE = LocalDate.of(2020, 11, 30);

    private Programme programme;

    @BeforeEach
    void programme() {
        OrgUnit so = OrgUnit.found("SGD-HP", UnitType.SO, new UnitDescription("Sở Giáo dục và Đào tạo Hải Phòng",
                "Sở GD&ĐT Hải Phòng", "SGDĐT", null, null), LocalDate.of(2015, 1, 1), null);
        GuidanceLetter letter = new GuidanceLetter("571", "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16), "Hải Phòng",
                "V/v triển khai thực hiện công tác bình đẳng giới năm 2020", SigningAuthority.KT, "GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa");
        programme = Programme.draft(2020, so, letter, "so.ctrtt", Instant.parse("2020-03-16T03:00:00Z"));
        programme.describe(letter, "Các trường THPT", false, "Ủy ban nhân dân thành phố Hải Phòng", null);
        programme.citeLegalBases(List.of(new LegalBasis("72/KH-UBND", LocalDate.of(2020, 3, 13),
                "Ủy ban nhân dân thành phố", "Kế hoạch thực hiện công tác bình đẳng giới năm 2020")));
        DefaultCatalogue.loadInto(programme);
        programme.addRound(new RoundDefinition("NAM-2020", RoundKind.ANNUAL, "Báo cáo tổng kết năm 2020",
                LocalDate.of(2019, 12, 15), LocalDate.of(2020, 12, 14), DUE, null, null, Set.of()));
    }

    private OfficialReport report() {
        List<IndicatorLine> lines = List.of(
                line("BDG-01", "BDG-01", "3234.0000", "2400.0000", 3),
                line("BDG-01", "BDG-01[Nhóm=GV]", "2000", "1600", 3),
                line("BDG-05", "BDG-05", "66.6667", null, null),
                line("BDG-06", "BDG-06", "2", null, 3),
                line("BDG-27", "BDG-27", "87.5432", "91.2000", 3),
                line("BDG-29", "BDG-29", "2", null, 3));
        JudgedUnit late = unit("Trường THPT Trần Phú", null, null, null);
        List<JudgedUnit> missing = List.of(
                unit("Trường THPT Thái Phiên", null, null, "Trường đang sáp nhập"),
                unit("Trường Tiểu học An Biên", 7L, "Phòng GD&ĐT Lê Chân", null),
                unit("Trường Tiểu học Đinh Tiên Hoàng", 7L, "Phòng GD&ĐT Lê Chân", null));
        return ConsolidatedReport.of(new ConsolidatedReport.Content(programme, programme.round("NAM-2020"), TODAY,
                new ConsolidatedReport.Run(1, LocalDate.of(2020, 12, 14), LocalDate.of(2020, 12, 18), false, 3), lines,
                Optional.of(new TimelinessLine(Scope.whole(), null, 60, 2, 1, 55, 2, 3)),
                List.of(new GapLine(info("BDG-01"), new BigDecimal("3234"), new BigDecimal("2400"),
                        new BigDecimal("834"), new BigDecimal("74.2115"), new BigDecimal("1566"),
                        new BigDecimal("73.0000"), new BigDecimal("1.2115"))),
                List.of(new TargetLine("WOMEN_IN_KEY_LEADERSHIP", 2025, new BigDecimal("60"), new BigDecimal("66.6667"),
                        new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("6.6667"), true)),
                Map.of("I.1", List.of(new Quote("Nhà trường đã tổ chức 12 buổi…", "Trường THPT Ngô Quyền"))),
                List.of(late), missing));
    }

    /** An indicator line of the whole round as the results queries give it; Nam and the shares are not printed. */
    private IndicatorLine line(String code, String cell, String total, String female, Integer units) {
        BigDecimal amount = new BigDecimal(total);
        BigDecimal women = female == null ? null : new BigDecimal(female);
        Figures figures = new Figures(amount, women, women == null ? null : amount.subtract(women), null, units, null);
        return new IndicatorLine("I.1", "", info(code), cell, figures);
    }

    private IndicatorInfo info(String code) {
        Indicator indicator = programme.findIndicator(code).orElseThrow();
        return new IndicatorInfo(code, indicator.getNameVi(), indicator.getNameEn(), indicator.getUnitVi(),
                indicator.getUnitEn(), indicator.getKind());
    }

    private static JudgedUnit unit(String name, Long districtId, String district, String reason) {
        return new JudgedUnit(name, District.of(districtId, district), reason);
    }

    private static Section section(OfficialReport report, String headingStart) {
        return report.sections().stream().filter(s -> s.heading().startsWith(headingStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + headingStart + " in "
                        + report.sections().stream().map(Section::heading).toList()));
    }

    private static String html(Section section) {
        return section.blocks().stream().filter(Narrative.class::isInstance).map(b -> ((Narrative) b).html())
                .reduce("", String::concat);
    }

    private static Table table(Section section) {
        return section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no table under " + section.heading()));
    }

    @Test
    void theDepartmentStandsUnderItsPeoplesCommitteeWithTheNumberLeftForTheClerk() {
        OfficialReport report = report();

        assertEquals("UBND thành phố Hải Phòng", report.parentAgency());
        assertEquals("Sở Giáo dục và Đào tạo", report.issuingAgency());
        assertEquals("BC-SGDĐT", report.symbol());
        assertEquals("Hải Phòng", report.place());
        assertEquals(TODAY, report.date());
        assertEquals("BÁO CÁO", report.documentType());
        assertEquals("Tổng kết công tác bình đẳng giới năm 2020 của ngành Giáo dục và Đào tạo", report.summary());
        assertEquals(List.of("Ủy ban nhân dân thành phố Hải Phòng"), report.addressees());
        assertEquals(new OfficialReport.Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa"), report.signature());
        assertEquals(List.of("Như trên", "GĐ, các PGĐ Sở", "Lưu: VT, CTrTT"), report.recipients());
    }

    @Test
    void theCanCuCiteTheProgrammesBasesThenItsLetterThenTheReportOpens() {
        List<String> bases = report().legalBases();

        assertEquals("Căn cứ Kế hoạch thực hiện công tác bình đẳng giới năm 2020 số 72/KH-UBND ngày 13/03/2020"
                + " của Ủy ban nhân dân thành phố;", bases.get(0));
        assertEquals("Căn cứ Công văn số 571/SGDĐT-CTrTT ngày 16/03/2020 của Sở Giáo dục và Đào tạo Hải Phòng về việc"
                + " triển khai thực hiện công tác bình đẳng giới năm 2020;", bases.get(1));
        assertEquals("Sở Giáo dục và Đào tạo Hải Phòng báo cáo kết quả như sau:", bases.get(2));
    }

    @Test
    void theGeneralPartCountsTheUnitsAsTheRunJudgedThem() {
        String general = html(section(report(), "Phần I."));

        assertTrue(general.contains("Theo Công văn số 571/SGDĐT-CTrTT, có 60 đơn vị phải gửi báo cáo. Tính đến ngày"
                + " 18/12/2020: 2 đơn vị gửi đúng hạn, 1 đơn vị gửi muộn, 55 đơn vị không gửi báo cáo."), general);
        assertTrue(general.contains("Còn 2 đơn vị chưa đến hạn gửi."), general);
        assertTrue(general.contains("tổng hợp từ 3 báo cáo của các đơn vị đã được tiếp nhận, chốt số liệu đến ngày"
                + " 14/12/2020."), general);
    }

    @Test
    void eachTaskOfTheRoundHasItsFiguresAndQuotesAndAParentTaskIsOnlyAHeading() {
        OfficialReport report = report();
        List<String> headings = report.sections().stream().map(Section::heading).toList();
        assertTrue(headings.indexOf("I. Các nhiệm vụ chủ yếu") > headings.indexOf("Phần II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
        assertEquals(List.of(), section(report, "I. ").blocks());

        Table staff = table(section(report, "II.1. "));
        assertEquals(List.of("BDG-01 Tổng số cán bộ, giáo viên, nhân viên (CB-GV-NV)", "người", "3.234", "2.400", "74,2"),
                staff.rows().get(0));
        assertEquals(List.of("BDG-05 Tỷ lệ nữ trong đội ngũ cán bộ quản lý", "%", "66,7", "", ""), staff.rows().get(1));
        assertEquals(List.of("BDG-06 Số / tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ", "đơn vị", "2", "", "66,7"),
                staff.rows().get(2), "a per-unit flag counts units, with their share");

        Section communication = section(report, "I.1. ");
        assertEquals(new Quotation("Nhà trường đã tổ chức 12 buổi…", "Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020"),
                communication.blocks().get(communication.blocks().size() - 1));
        assertTrue(html(section(report, "I.3. ")).contains("Chưa có số liệu và thuyết minh"));
    }

    @Test
    void lateAndMissingUnitsAreListedByDistrictWithTheReasonAReviewerGave() {
        OfficialReport report = report();

        assertEquals("<p>Các đơn vị trực thuộc Sở (1): Trường THPT Trần Phú.</p>",
                html(section(report, "1. Đơn vị gửi báo cáo muộn (1 đơn vị)")));
        assertEquals("<p>Các đơn vị trực thuộc Sở (1): Trường THPT Thái Phiên (Trường đang sáp nhập).</p>"
                        + "<p>Phòng GD&amp;ĐT Lê Chân (2): Trường Tiểu học An Biên, Trường Tiểu học Đinh Tiên Hoàng.</p>",
                html(section(report, "2. Đơn vị không gửi báo cáo (3 đơn vị)")));
    }

    @Test
    void targetsAndGapsAreBrief() {
        OfficialReport report = report();

        assertEquals(List.of("Tỷ lệ cơ quan, đơn vị có lãnh đạo chủ chốt là nữ (mục tiêu đến năm 2025)", "60",
                "66,7 (2/3)", "6,7"), table(section(report, "1. Kết quả so với các mục tiêu quốc gia")).rows().get(0));
        assertEquals(List.of("BDG-01 Tổng số cán bộ, giáo viên, nhân viên (CB-GV-NV)", "74,2", "1.566", "73", "1,2"),
                table(section(report, "2. Khoảng cách giới")).rows().get(0));
    }

    @Test
    void theAnnexHasEveryIndicatorOfTheRoundWithItsCategoriesYesNoAsUnitsAndBlanksWhereNothingCame() {
        OfficialReport.Annex annex = report().annex();
        List<List<String>> rows = annex.table().rows();

        assertEquals("SỐ LIỆU TỔNG HỢP PHÂN TÁCH THEO GIỚI TÍNH", annex.title());
        assertEquals(List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Tổng số", "Trong đó: Nữ", "Tỷ lệ (%)", "Số đơn vị"),
                annex.table().headers());
        int staff = indexOf(rows, "BDG-01");
        assertEquals(List.of("BDG-01", "Tổng số cán bộ, giáo viên, nhân viên (CB-GV-NV)", "người", "3.234", "2.400", "74,2",
                "3"), rows.get(staff));
        assertEquals(List.of("", "- Nhóm: GV", "", "2.000", "1.600", "80", "3"), rows.get(staff + 1),
                "only categories that have figures");
        assertEquals(List.of("BDG-02", "Số cán bộ quản lý (HT, PHT / GĐ, PGĐ trung tâm; TP, PTP ở Phòng)", "người", "",
                "", "", ""), rows.get(staff + 2));
        assertEquals(List.of("BDG-29", "Tổ chức lễ phát động / hưởng ứng Tháng hành động vì BĐG và phòng chống BLTCSG",
                "đơn vị", "2", "", "66,7", "3"), rows.get(indexOf(rows, "BDG-29")));
        assertEquals(List.of("BDG-27", "Tỷ lệ CB-GV-NV được tiếp cận thông tin về giới, BĐG", "%", "87,5", "91,2", "",
                "3"), rows.get(indexOf(rows, "BDG-27")), "a percentage weighed by its base: no share of a share");
        assertEquals(List.of("II.1", "Hướng dẫn, chỉ đạo việc thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ về bình đẳng giới"
                + " được phân công"), rows.get(staff - 1));
    }

    @Test
    void theFileIsNamedBySymbolLetterAndRoundWithoutDiacritics() {
        assertEquals("BC-SGDDT-571-NAM-2020", ConsolidatedReport.fileName(programme, programme.round("NAM-2020")));
    }

    @Test
    void theAgencyLinesComeFromTheTreeOrThePeoplesCommitteeTheDepartmentReportsTo() {
        assertEquals(new ConsolidatedReport.Agency("UBND thành phố Hải Phòng", "Sở Giáo dục và Đào tạo"),
                ConsolidatedReport.agency("Sở Giáo dục và Đào tạo Hải Phòng", null, "Uỷ ban nhân dân thành phố Hải Phòng",
                        "Hải Phòng"));
        assertEquals(new ConsolidatedReport.Agency("UBND tỉnh Đắk Lắk", "Sở Giáo dục và Đào tạo Đắk Lắk"),
                ConsolidatedReport.agency("Sở Giáo dục và Đào tạo Đắk Lắk", null, "UBND tỉnh Đắk Lắk", "Buôn Ma Thuột"),
                "the locality is dropped only where the issuer's name ends with the place");
        assertEquals(new ConsolidatedReport.Agency(null, "Sở Giáo dục và Đào tạo Hải Phòng"),
                ConsolidatedReport.agency("Sở Giáo dục và Đào tạo Hải Phòng", null, "Sở Nội vụ thành phố Hải Phòng",
                        "Hải Phòng"));
        assertEquals(new ConsolidatedReport.Agency("Bộ Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo Hải Phòng"),
                ConsolidatedReport.agency("Sở Giáo dục và Đào tạo Hải Phòng", "Bộ Giáo dục và Đào tạo",
                        "Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng"));
    }

    private static int indexOf(List<List<String>> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
