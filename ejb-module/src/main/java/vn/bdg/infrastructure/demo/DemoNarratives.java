package vn.bdg.infrastructure.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.shared.VietnameseNumber;

/**
 * What a demo unit writes under a few tasks of its report: two to four sentences in the words unit
 * reports use, with the unit's own figures, so that what the Sở quotes agrees with the numbers beside
 * it. Which tasks a unit writes about, and in which words, is drawn from its code like its figures.
 */
final class DemoNarratives {

    private DemoNarratives() {
    }

    /** One to three narratives by task code, from the values the unit reports in the round. */
    static Map<String, String> of(String unitCode, UnitType type, int year, RoundKind kind,
                                  Map<CellKey, BigDecimal> values) {
        Writer writer = new Writer(type, year, values, DemoValues.random(unitCode, year, kind, "narratives"));
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("I.1", writer.communication());
        if (kind == RoundKind.ANNUAL && writer.yes("BDG-29")) {
            candidates.put("I.2", writer.actionMonth());
        }
        candidates.put("I.3", writer.capacity());
        if (writer.yes("BDG-46")) {
            candidates.put("I.4", writer.periodReview());
        }
        if (values.containsKey(CellKey.total("BDG-49"))) {
            candidates.put("II.2", writer.safeSchool());
        }
        if (type == UnitType.PHONG) {
            candidates.put("II.1", writer.districtTargets());
        }
        List<String> tasks = new ArrayList<>(candidates.keySet());
        int wanted = 1 + writer.draw.nextInt(Math.min(3, tasks.size()));
        Map<String, String> chosen = new LinkedHashMap<>();
        while (chosen.size() < wanted) {
            String task = tasks.remove(writer.draw.nextInt(tasks.size()));
            chosen.put(task, candidates.get(task));
        }
        return chosen;
    }

    /** Sentences about one unit, each naming it as its kind of unit does. */
    private static final class Writer {

        final UnitType type;
        final int year;
        final Map<CellKey, BigDecimal> values;
        final SplittableRandom draw;
        final String subject;

        Writer(UnitType type, int year, Map<CellKey, BigDecimal> values, SplittableRandom draw) {
            this.type = type;
            this.year = year;
            this.values = values;
            this.draw = draw;
            subject = switch (type) {
                case PHONG -> "Phòng GD&amp;ĐT";
                case GDNN_GDTX -> "Trung tâm";
                case AFFILIATED -> "Đơn vị";
                default -> "Nhà trường";
            };
        }

        String communication() {
            List<String> sentences = new ArrayList<>();
            String doing = type == UnitType.PHONG ? subject + " chỉ đạo các trường trên địa bàn tổ chức" : subject
                    + " tổ chức";
            if (draw.nextBoolean()) {
                sentences.add(doing + " " + number("BDG-18") + " buổi tuyên truyền về bình đẳng giới, lồng ghép"
                        + " trong giờ chào cờ, sinh hoạt chuyên đề và hoạt động ngoại khóa, thu hút "
                        + number("BDG-19") + " lượt người tham dự, trong đó " + number("BDG-19.nu") + " lượt nữ.");
                sentences.add("Nội dung tập trung vào Luật Bình đẳng giới và phòng, chống bạo lực trên cơ sở giới, với "
                        + number("BDG-24") + " buổi chuyên đề về phòng ngừa bạo lực.");
            } else {
                sentences.add("Ngay từ đầu năm, " + lower(subject) + " quán triệt Kế hoạch của Sở GD&amp;ĐT về công tác"
                        + " bình đẳng giới tới toàn thể cán bộ, giáo viên, nhân viên.");
                sentences.add(doing + " " + number("BDG-18") + " buổi tuyên truyền với " + number("BDG-19")
                        + " lượt người tham dự.");
            }
            if (values.containsKey(CellKey.total("BDG-20"))) {
                sentences.add("Đăng " + number("BDG-20") + " tin, bài trên trang thông tin điện tử và mạng xã hội;"
                        + " treo " + number("BDG-21") + " băng rôn, áp phích, tờ rơi tại cổng trường và bảng tin.");
            }
            return paragraph(sentences);
        }

        String actionMonth() {
            List<String> sentences = new ArrayList<>();
            sentences.add("Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm "
                    + year + ", " + lower(subject) + " tổ chức lễ phát động và " + number("BDG-30")
                    + " hoạt động hưởng ứng, thu hút " + number("BDG-31") + " lượt người tham gia.");
            sentences.add("Các hoạt động tiếp tục đến hết ngày 15/12/" + year + ".");
            return paragraph(sentences);
        }

        String capacity() {
            List<String> sentences = new ArrayList<>();
            if (values.containsKey(CellKey.total("BDG-35"))) {
                sentences.add(subject + " kiện toàn Ban Vì sự tiến bộ phụ nữ gồm " + number("BDG-35")
                        + " thành viên, trong đó " + number("BDG-35.nu") + " nữ.");
            } else {
                sentences.add(subject + " duy trì hoạt động của Ban Vì sự tiến bộ phụ nữ theo quy chế.");
            }
            if (values.containsKey(CellKey.total("BDG-37"))) {
                sentences.add("Cử " + number("BDG-37") + " lượt cán bộ, giáo viên tham gia tập huấn, bồi dưỡng"
                        + " kiến thức về giới và bình đẳng giới.");
            }
            if (values.containsKey(CellKey.total("BDG-43"))) {
                sentences.add("Công đoàn thăm hỏi " + number("BDG-43") + " lượt nữ đoàn viên ốm đau, sinh con, có hoàn"
                        + " cảnh khó khăn.");
            } else {
                sentences.add("Công đoàn quan tâm chăm lo đời sống tinh thần của nữ đoàn viên.");
            }
            return paragraph(sentences);
        }

        String periodReview() {
            List<String> sentences = new ArrayList<>();
            sentences.add(subject + " đã hoàn thành tổng kết, đánh giá việc thực hiện kế hoạch bình đẳng giới giai đoạn"
                    + " 2016–2020, chỉ rõ kết quả, hạn chế và nguyên nhân.");
            sentences.add(yes("BDG-47")
                    ? "Dự thảo kế hoạch giai đoạn 2021–2025 đã được xây dựng, dự kiến ban hành trong quý I/2021."
                    : "Kế hoạch giai đoạn mới sẽ được xây dựng theo hướng dẫn của Sở GD&amp;ĐT.");
            return paragraph(sentences);
        }

        String safeSchool() {
            List<String> sentences = new ArrayList<>();
            if (values.containsKey(CellKey.total("BDG-54"))) {
                sentences.add(subject + " duy trì hòm thư góp ý, tổ tư vấn tâm lý học đường; trong kỳ đã tư vấn,"
                        + " hỗ trợ " + number("BDG-54") + " lượt học sinh.");
            } else {
                sentences.add(subject + " phối hợp chặt chẽ với cha mẹ trẻ xây dựng môi trường an toàn, thân thiện.");
            }
            BigDecimal found = values.get(CellKey.total("BDG-49"));
            if (found.signum() == 0) {
                sentences.add("Trong kỳ không phát hiện vụ việc bạo lực học đường.");
            } else {
                BigDecimal handled = values.get(CellKey.total("BDG-50"));
                String rest = found.compareTo(handled) > 0
                        ? ", " + VietnameseNumber.format(found.subtract(handled)) + " vụ đang tiếp tục xác minh" : "";
                sentences.add("Phát hiện " + number("BDG-49") + " vụ việc bạo lực học đường, đã phối hợp với cha mẹ học"
                        + " sinh xử lý " + number("BDG-50") + " vụ" + rest + ".");
            }
            return paragraph(sentences);
        }

        String districtTargets() {
            List<String> sentences = new ArrayList<>();
            sentences.add("Phòng GD&amp;ĐT hướng dẫn các trường trên địa bàn thực hiện các mục tiêu, chỉ tiêu bình đẳng"
                    + " giới được giao và tổng hợp số liệu của các trường đã được tiếp nhận.");
            if (values.containsKey(CellKey.total("BDG-01"))) {
                sentences.add("Toàn ngành trên địa bàn có " + number("BDG-01") + " cán bộ, giáo viên, nhân viên, trong"
                        + " đó " + number("BDG-01.nu") + " nữ; " + number("BDG-03") + " người đứng đầu và "
                        + number("BDG-04") + " cấp phó là nữ.");
            }
            return paragraph(sentences);
        }

        boolean yes(String code) {
            BigDecimal answer = values.get(CellKey.total(code));
            return answer != null && answer.signum() > 0;
        }

        private String number(String cell) {
            BigDecimal value = values.get(CellKey.parse(cell));
            return VietnameseNumber.format(value == null ? BigDecimal.ZERO : value);
        }

        private static String lower(String subject) {
            return subject.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + subject.substring(1);
        }

        private static String paragraph(List<String> sentences) {
            return "<p>" + String.join(" ", sentences) + "</p>";
        }
    }
}
