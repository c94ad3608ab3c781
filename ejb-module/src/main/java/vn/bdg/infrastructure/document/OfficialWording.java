package vn.bdg.infrastructure.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fixed wording and punctuation of Decree 30/2020 that the DOCX and the PDF writer must spell the
 * same way: Quốc hiệu and Tiêu ngữ, the blank number, the date line, the "Kính gửi" and "Nơi nhận"
 * lists, and the annex reference line.
 */
final class OfficialWording {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String ADDRESSEE_LABEL = "Kính gửi:";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    static final String ANNEX_LABEL = "Phụ lục I";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Room for the clerk, who writes the number by hand (or types it into the DOCX) after signature. */
    private static final String BLANK_NUMBER = "      ";
    private static final String BLANK_ON_PAPER = "......";

    /** One Vietnamese syllable without its tone marks; anything else in an agency name is an abbreviation. */
    private static final Pattern SYLLABLE =
            Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");
    private static final Set<String> LOWER_CASE_WORDS = Set.of("và", "của", "cho", "với");

    private OfficialWording() {
    }

    /** "Số:      /BC-THPTNQ": the number stays blank because the clerk assigns it after signature. */
    static String numberLine(String symbol) {
        return "Số:" + BLANK_NUMBER + "/" + symbol;
    }

    /**
     * "Hải Phòng, ngày 05 tháng 01 năm 2021". The Decree pads days below 10 and the months January and
     * February, so that nobody can add a digit on paper; March to December are written as they are.
     */
    static String dateLine(String place, LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : String.valueOf(month);
        return String.format("%s, ngày %02d tháng %s năm %d", place, date.getDayOfMonth(), monthText, date.getYear());
    }

    /** One addressee: "X." to follow "Kính gửi: " on the same line; several: "- X;" each, the last "- Z.". */
    static List<String> addresseeLines(List<String> addressees) {
        if (addressees.size() == 1) {
            return List.of(withoutEndPunctuation(addressees.get(0)) + ".");
        }
        return dashedList(addressees);
    }

    /** The Nơi nhận list: "- Như trên;" … "- Lưu: VT.". */
    static List<String> recipientLines(List<String> recipients) {
        return dashedList(recipients);
    }

    /**
     * "(Kèm theo Báo cáo số ....../BC-THPTNQ ngày ...... tháng ...... năm ...... của Trường THPT Ngô Quyền)":
     * number and date are filled on paper, as for the number line.
     */
    static String annexReference(OfficialReport report) {
        return "(Kèm theo " + sentenceCase(report.documentType()) + " số " + BLANK_ON_PAPER + "/" + report.symbol()
                + " ngày " + BLANK_ON_PAPER + " tháng " + BLANK_ON_PAPER + " năm " + BLANK_ON_PAPER
                + " của " + inRunningText(report.issuingAgency()) + ")";
    }

    /** A quoted passage in Vietnamese quotation marks: “…”. */
    static String quoted(String text) {
        return "“" + composed(text).strip() + "”";
    }

    /** Where a quoted passage comes from, after it: " (Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020)". */
    static String source(String source) {
        return " (" + composed(source).strip() + ")";
    }

    static String upperCase(String text) {
        return composed(text).toUpperCase(VIETNAMESE);
    }

    /**
     * Text in precomposed form (NFC). Some keyboards and macOS send decomposed tone marks, which a PDF
     * font without shaping would draw beside the letter instead of on it.
     */
    static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "BÁO CÁO" → "Báo cáo", as the type is written inside a sentence. */
    static String sentenceCase(String text) {
        String lower = composed(text).toLowerCase(VIETNAMESE);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    /**
     * An upper-case agency name as it reads inside a sentence: "TRƯỜNG THPT NGÔ QUYỀN" → "Trường THPT Ngô
     * Quyền". Every syllable is capitalised and abbreviations (anything that is not one Vietnamese syllable,
     * such as THPT, UBND or GD&ĐT) are kept. The Decree capitalises only the first syllable of common
     * compound words ("Giáo dục"), which cannot be told without a dictionary, so the result may capitalise
     * more than the Decree does. A name given in mixed case ("Sở Giáo dục và Đào tạo") already reads as
     * its caller wrote it, and is kept.
     */
    static String inRunningText(String agency) {
        String given = composed(agency).trim();
        if (!given.equals(given.toUpperCase(VIETNAMESE))) {
            return given;
        }
        List<String> words = new ArrayList<>();
        for (String word : given.split("\\s+")) {
            String lower = word.toLowerCase(VIETNAMESE);
            if (LOWER_CASE_WORDS.contains(lower)) {
                words.add(lower);
            } else if (SYLLABLE.matcher(withoutTones(lower)).matches()) {
                words.add(lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1));
            } else {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static List<String> dashedList(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String end = i == items.size() - 1 ? "." : ";";
            lines.add("- " + withoutEndPunctuation(items.get(i)) + end);
        }
        return lines;
    }

    /** Callers may or may not have typed the ";" or "." themselves; the list decides which one ends a line. */
    private static String withoutEndPunctuation(String item) {
        return composed(item).strip().replaceFirst("[;.,]+$", "").strip();
    }

    private static String withoutTones(String lower) {
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }
}
