package vn.bdg.infrastructure.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A school's report as the caller will build it: long enough for two portrait pages, with an annex. */
final class SampleReports {

    static final String NARRATIVE = "<p>Nhà trường đã tổ chức <b>12 buổi</b> tuyên truyền về <i>bình đẳng giới</i>"
            + " cho <u>1.234</u> lượt học sinh.</p>"
            + "<ul><li>Lồng ghép vào giờ chào cờ;</li><li>Sinh hoạt lớp.</li></ul>"
            + "<ol><li>Tháng 3: tọa đàm;</li><li>Tháng 11: Tháng hành động.</li></ol>"
            + "<blockquote>Trích lời Hiệu trưởng.</blockquote>"
            + "<p>Xem <a href=\"https://moet.gov.vn\">Cổng thông tin</a>.<br>Dòng thứ hai.</p>";

    private SampleReports() {
    }

    static OfficialReport schoolReport() {
        return schoolReport(LocalDate.of(2021, 1, 5));
    }

    static OfficialReport schoolReport(LocalDate date) {
        List<OfficialReport.Section> sections = new ArrayList<>();
        sections.add(new OfficialReport.Section("I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", null, null));
        sections.add(new OfficialReport.Section("I.1. Công tác tuyên truyền", NARRATIVE, staffTable()));
        for (int i = 2; i <= 6; i++) {
            sections.add(new OfficialReport.Section("I." + i + ". Nội dung thứ " + i, longNarrative(i), null));
        }
        return new OfficialReport(
                "SỞ GD&ĐT HẢI PHÒNG",
                "TRƯỜNG THPT NGÔ QUYỀN",
                "BC-THPTNQ",
                "Hải Phòng",
                date,
                "BÁO CÁO",
                "Kết quả thực hiện công tác bình đẳng giới năm 2020",
                List.of("Căn cứ Công văn số 571/SGDĐT-CTrTT ngày 16/3/2020 của Sở Giáo dục và Đào tạo Hải Phòng;"),
                List.of("Sở Giáo dục và Đào tạo Hải Phòng"),
                sections,
                new OfficialReport.Annex("Số liệu về bình đẳng giới năm 2020", staffTable()),
                new OfficialReport.Signature("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đỗ Thị Hòa"),
                List.of("Như trên", "Lưu: VT"));
    }

    /**
     * The school report with one more section as the Department's consolidated report writes it: a
     * sentence, a figures table and quoted excerpts of units' narratives.
     */
    static OfficialReport withQuotations() {
        OfficialReport sample = schoolReport();
        List<OfficialReport.Section> sections = new ArrayList<>(sample.sections());
        sections.add(new OfficialReport.Section("I.7. Tổng hợp từ các đơn vị", List.of(
                new OfficialReport.Narrative("<p>Số liệu tổng hợp của 3 đơn vị:</p>"),
                staffTable(),
                new OfficialReport.Quotation("Nhà trường đã tổ chức 12 buổi tuyên truyền…",
                        "Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020"))));
        return new OfficialReport(sample.parentAgency(), sample.issuingAgency(), sample.symbol(), sample.place(),
                sample.date(), sample.documentType(), sample.summary(), sample.legalBases(), sample.addressees(),
                sections, sample.annex(), sample.signature(), sample.recipients());
    }

    static OfficialReport.Table staffTable() {
        return new OfficialReport.Table(
                List.of("Chỉ tiêu", "Tổng số", "Trong đó: Nữ", "Tỷ lệ nữ (%)"),
                List.of(List.of("Cán bộ quản lý", "4", "3", "75,0"),
                        List.of("Giáo viên", "1.234", "812", "65,8"),
                        List.of("Nhân viên", "12", "9", "75,0")),
                Set.of(1, 2, 3));
    }

    private static String longNarrative(int section) {
        StringBuilder html = new StringBuilder();
        for (int paragraph = 1; paragraph <= 3; paragraph++) {
            html.append("<p>Trường đã triển khai kế hoạch số ").append(section).append(paragraph)
                    .append(" về lồng ghép nội dung bình đẳng giới trong các hoạt động giáo dục, bảo đảm sự tham gia"
                            + " của cán bộ, giáo viên, nhân viên và học sinh; đánh giá kết quả theo từng học kỳ và"
                            + " đề xuất giải pháp cho năm học tiếp theo.</p>");
        }
        return html.toString();
    }
}
