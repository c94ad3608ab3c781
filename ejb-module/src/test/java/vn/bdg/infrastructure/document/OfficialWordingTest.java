package vn.bdg.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialWordingTest {

    @Test
    void dateLinePadsDaysBelowTenAndTheMonthsJanuaryAndFebruary() {
        assertEquals("Hải Phòng, ngày 05 tháng 01 năm 2021", OfficialWording.dateLine("Hải Phòng", LocalDate.of(2021, 1, 5)));
        assertEquals("Hải Phòng, ngày 09 tháng 02 năm 2021", OfficialWording.dateLine("Hải Phòng", LocalDate.of(2021, 2, 9)));
    }

    @Test
    void dateLineWritesMarchToDecemberWithoutPadding() {
        assertEquals("Hải Phòng, ngày 16 tháng 3 năm 2020", OfficialWording.dateLine("Hải Phòng", LocalDate.of(2020, 3, 16)));
        assertEquals("Lê Chân, ngày 01 tháng 9 năm 2020", OfficialWording.dateLine("Lê Chân", LocalDate.of(2020, 9, 1)));
        assertEquals("Hải Phòng, ngày 31 tháng 12 năm 2020", OfficialWording.dateLine("Hải Phòng", LocalDate.of(2020, 12, 31)));
    }

    @Test
    void numberIsLeftBlankForTheClerkBeforeTheSymbol() {
        assertEquals("Số:      /BC-THPTNQ", OfficialWording.numberLine("BC-THPTNQ"));
    }

    @Test
    void recipientsEndWithSemicolonsAndTheLastWithAFullStop() {
        assertEquals(List.of("- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, CTrTT."),
                OfficialWording.recipientLines(List.of("Như trên", "Sở Nội vụ;", "Lưu: VT, CTrTT.")));
    }

    @Test
    void oneAddresseeStaysOnTheLabelLineAndSeveralAreListed() {
        assertEquals(List.of("Ủy ban nhân dân thành phố Hải Phòng."),
                OfficialWording.addresseeLines(List.of("Ủy ban nhân dân thành phố Hải Phòng")));
        assertEquals(List.of("- Sở Giáo dục và Đào tạo;", "- Sở Nội vụ."),
                OfficialWording.addresseeLines(List.of("Sở Giáo dục và Đào tạo", "Sở Nội vụ")));
        assertEquals(List.of(), OfficialWording.addresseeLines(List.of()));
    }

    @Test
    void agencyNamesInRunningTextKeepTheirAbbreviations() {
        assertEquals("Trường THPT Ngô Quyền", OfficialWording.inRunningText("TRƯỜNG THPT NGÔ QUYỀN"));
        assertEquals("UBND Quận Lê Chân", OfficialWording.inRunningText("UBND QUẬN LÊ CHÂN"));
        assertEquals("Sở GD&ĐT Hải Phòng", OfficialWording.inRunningText("SỞ GD&ĐT HẢI PHÒNG"));
        assertEquals("Trường TH&THCS Sam Mứn", OfficialWording.inRunningText("TRƯỜNG TH&THCS SAM MỨN"));
    }

    @Test
    void anAgencyNameGivenInMixedCaseIsKeptAsWritten() {
        assertEquals("Sở Giáo dục và Đào tạo", OfficialWording.inRunningText(" Sở Giáo dục và Đào tạo "));
    }

    @Test
    void annexReferenceLeavesNumberAndDateToBeFilledOnPaper() {
        assertEquals("(Kèm theo Báo cáo số ....../BC-THPTNQ ngày ...... tháng ...... năm ...... của Trường THPT Ngô Quyền)",
                OfficialWording.annexReference(SampleReports.schoolReport()));
    }

    @Test
    void decomposedToneMarksArePrecomposed() {
        String decomposed = Normalizer.normalize("Hòa", Normalizer.Form.NFD);

        assertEquals("Hòa", OfficialWording.composed(decomposed));
        assertEquals("HÒA", OfficialWording.upperCase(decomposed));
    }
}
