package vn.bdg.application.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Programme;

/**
 * What a unit's report and the Department's consolidated report write alike: the căn cứ line citing the
 * programme's guidance letter, and the issuing unit's symbol in the number line. One place, so that both
 * documents cite the letter and abbreviate a unit the same way.
 */
public final class DocumentParts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentParts() {
    }

    /** "Căn cứ Công văn số 571/SGDĐT-CTrTT ngày 16/03/2020 của Sở … về việc …;" from the programme's letter. */
    public static List<String> letterCitation(Programme programme) {
        GuidanceLetter letter = programme.getLetter();
        if (letter.getIssuedOn() == null) {
            return List.of();
        }
        OrgUnit issuer = programme.getIssuer();
        String subject = letter.getSubject() == null ? ""
                : ReportTexts.get("report.legalBasis.subject", letter.getSubject().replaceFirst("^(?i)v/v\\s*", ""));
        return List.of(ReportTexts.get("report.legalBasis", letter.reference(), LETTER_DATE.format(letter.getIssuedOn()),
                issuer.getName(), subject).replace(" ;", ";"));
    }

    /** The unit's own symbol from the organisation tree ("THPTNQ"), or one made from its name. */
    public static String symbolOf(OrgUnit unit) {
        String own = unit.getDescription().getSymbol();
        return own == null || own.isBlank() ? symbolOf(unit.getName()) : own.strip();
    }

    /**
     * A unit's abbreviation made from its name, as clerks write it: words already in capitals kept
     * ("THPT", "GD&ĐT" → "GDĐT"), other words by their initial, a leading "Trường" and "và" left out:
     * "Trường THPT Ngô Quyền" → "THPTNQ".
     */
    static String symbolOf(String unitName) {
        StringBuilder symbol = new StringBuilder();
        String[] words = unitName.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replace("&", "");
            if (word.isEmpty() || i == 0 && word.equalsIgnoreCase("Trường") || word.equals("và")) {
                continue;
            }
            symbol.append(word.equals(word.toUpperCase(VIETNAMESE)) ? word : word.substring(0, 1).toUpperCase(VIETNAMESE));
        }
        return symbol.toString();
    }
}
