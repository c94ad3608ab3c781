package vn.bdg.infrastructure.spreadsheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormLine;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormLine.Kind;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormSheet;

/** A report form with every kind of line, and what reading it back must give. */
final class SampleForm {

    static final String TOKEN = "bdg-report:123:7";

    private SampleForm() {
    }

    static FormWorkbook form() {
        return new FormWorkbook("Báo cáo 6 tháng năm 2020 — Trường THPT Ngô Quyền", TOKEN,
                List.of("Chỉ tiêu", "Đơn vị tính", "Tổng", "Nữ", "Nam"), "Có", "Không",
                List.of(
                        new FormSheet("I.1", "I.1. Tuyên truyền, phổ biến pháp luật về bình đẳng giới", List.of(
                                line(Kind.NUMBER, "Số cán bộ, giáo viên, nhân viên của đơn vị được tuyên truyền về "
                                        + "bình đẳng giới và phòng, chống bạo lực trên cơ sở giới", "Người",
                                        "BDG-01", "BDG-01.nu", "1.234", "617"),
                                line(Kind.CATEGORY, "Nhóm: GV", "Người",
                                        "BDG-01[Nhóm=GV]", "BDG-01[Nhóm=GV].nu", "1.000", "520"),
                                line(Kind.CATEGORY, "Nhóm: CBQL", "Người",
                                        "BDG-01[Nhóm=CBQL]", "BDG-01[Nhóm=CBQL].nu", null, null),
                                line(Kind.YES_NO, "Đơn vị có kế hoạch hoạt động bình đẳng giới", null,
                                        "BDG-02", null, "Có", null),
                                line(Kind.YES_NO, "Đơn vị có ban vì sự tiến bộ của phụ nữ", null,
                                        "BDG-03", null, null, null),
                                line(Kind.DERIVED, "Tỷ lệ nữ được tuyên truyền", "%", null, null, "50", null))),
                        new FormSheet("II.3", "II.3. Tập huấn lồng ghép giới", List.of(
                                new FormLine(Kind.NUMBER, "Tỷ lệ giáo viên được tập huấn", "%",
                                        "BDG-10", "BDG-10.nu", "12,5", "7,25", true),
                                line(Kind.NUMBER, "Số buổi tập huấn", "Buổi", "BDG-11", null, "3", null),
                                line(Kind.NUMBER, "Số học sinh tham gia câu lạc bộ", "Người",
                                        "BDG-12", "BDG-12.nu", "khoảng 20", "-4"),
                                line(Kind.DERIVED, "Tỷ lệ nữ tham gia", "%", null, null, "45,5", null)))));
    }

    private static FormLine line(Kind kind, String label, String unit, String totalKey, String femaleKey,
                                 String totalText, String femaleText) {
        return new FormLine(kind, label, unit, totalKey, femaleKey, totalText, femaleText, false);
    }

    /** Key → value the reader must return for {@link #form()}: a BigDecimal, a String, or null when blank. */
    static Map<String, Object> expectedValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("BDG-01", new BigDecimal("1234"));
        values.put("BDG-01.nu", new BigDecimal("617"));
        values.put("BDG-01[Nhóm=GV]", new BigDecimal("1000"));
        values.put("BDG-01[Nhóm=GV].nu", new BigDecimal("520"));
        values.put("BDG-01[Nhóm=CBQL]", null);
        values.put("BDG-01[Nhóm=CBQL].nu", null);
        values.put("BDG-02", "Có");
        values.put("BDG-03", null);
        values.put("BDG-10", new BigDecimal("12.5"));
        values.put("BDG-10.nu", new BigDecimal("7.25"));
        values.put("BDG-11", new BigDecimal("3"));
        values.put("BDG-12", "khoảng 20");
        values.put("BDG-12.nu", new BigDecimal("-4"));
        return values;
    }

    /** What the reader found, in the shape of {@link #expectedValues()}, in the order of the sheets. */
    static Map<String, Object> values(WorkbookContent content) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (WorkbookContent.Entry entry : content.entries()) {
            values.put(entry.cellKey(), entry.number() != null ? entry.number() : entry.text());
        }
        return values;
    }

    /** The input cell of a key, found as the reader finds it: through the hidden key columns. */
    static Cell inputCell(XSSFWorkbook workbook, String key) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (key.equals(text(row.getCell(FormLayout.TOTAL_KEY_COLUMN)))) {
                    return row.getCell(FormLayout.TOTAL_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                }
                if (key.equals(text(row.getCell(FormLayout.FEMALE_KEY_COLUMN)))) {
                    return row.getCell(FormLayout.FEMALE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                }
            }
        }
        throw new AssertionError("no input for key " + key);
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }
}
