package vn.bdg.infrastructure.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.internal.Announcements;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.application.internal.Reporters;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.LegalBasis;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.RoundDefinition;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;

/**
 * The 2020 Hải Phòng programme from letter 571/SGDĐT-CTrTT of 16/3/2020 (docs: letter-571-2020.md),
 * published to every demo unit below the Sở. Its due dates are the letter's: "trước ngày 01/6/2020" is
 * due by the end of 31/5/2020 and "trước ngày 01/12/2020" by the end of 30/11/2020, for schools and
 * Phòng alike since the letter gives one date; the data windows are Decree 09's. The Action Month
 * (15/11–15/12) ends after the annual deadline, so an addendum round completes task I.2 a week after it.
 * The units get in-app notices but no e-mail: the demo's 2020 news is history.
 *
 * <p>The year before, 2019, gives the consolidation a previous year to compare with: the same issuer,
 * reporters, catalogue and kinds of round, without the addendum, published on its letter's day and
 * announced to nobody.
 */
@Dependent
public class DemoProgramme {

    private static final Set<UnitType> REPORTERS = EnumSet.of(UnitType.PHONG, UnitType.THPT, UnitType.MULTI_LEVEL,
            UnitType.THCS, UnitType.TH, UnitType.MN, UnitType.GDNN_GDTX, UnitType.AFFILIATED);

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private Reporters reporters;

    @Inject
    private Announcements announcements;

    @Inject
    private BusinessClock clock;

    public Programme load(OrgUnit so, String admin) {
        Programme programme = draft(so, admin, clock.now(), new GuidanceLetter("571", "SGDĐT-CTrTT",
                LocalDate.of(2020, 3, 16), "Hải Phòng", "V/v triển khai thực hiện công tác bình đẳng giới năm 2020",
                SigningAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa"),
                new LegalBasis("72/KH-UBND", LocalDate.of(2020, 3, 13),
                        "Ủy ban nhân dân thành phố", "Kế hoạch thực hiện công tác bình đẳng giới năm 2020"));
        addPeriodicRounds(programme, LocalDate.of(2020, 5, 31), LocalDate.of(2020, 11, 30));
        programme.addRound(new RoundDefinition("THD-2020", RoundKind.ADDENDUM,
                "Báo cáo bổ sung Tháng hành động vì bình đẳng giới năm 2020",
                RoundKind.ADDENDUM.defaultDataFrom(2020), RoundKind.ADDENDUM.defaultDataTo(2020),
                LocalDate.of(2020, 12, 22), LocalDate.of(2020, 12, 22), "NAM-2020", Set.of("I.2")));
        Set<Long> expected = publish(programme, admin, clock.now());
        announcements.programmePublished(programme, expected, false);
        return programme;
    }

    /**
     * The 2019 programme. Its letter 412/SGDĐT-CTrTT of 12/3/2019 and the city plan it cites are invented
     * demo data, shaped like the 2020 letter; the due dates follow the same rule (the end of 31/5 and
     * 30/11).
     */
    public Programme loadPreviousYear(OrgUnit so, String admin) {
        LocalDate issuedOn = LocalDate.of(2019, 3, 12);
        Instant published = issuedOn.atTime(15, 0).atZone(BusinessClock.ZONE).toInstant();
        Programme programme = draft(so, admin, published, new GuidanceLetter("412", "SGDĐT-CTrTT", issuedOn,
                "Hải Phòng", "V/v triển khai thực hiện công tác bình đẳng giới năm 2019",
                SigningAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa"),
                new LegalBasis("58/KH-UBND", LocalDate.of(2019, 3, 5),
                        "Ủy ban nhân dân thành phố", "Kế hoạch thực hiện công tác bình đẳng giới năm 2019"));
        addPeriodicRounds(programme, LocalDate.of(2019, 5, 31), LocalDate.of(2019, 11, 30));
        publish(programme, admin, published);
        return programme;
    }

    private Programme draft(OrgUnit so, String admin, Instant at, GuidanceLetter letter, LegalBasis basis) {
        Programme programme = Programme.draft(letter.getIssuedOn().getYear(), so, letter, admin, at);
        programme.describe(programme.getLetter(), String.join("\n",
                        "Các Trường Trung học phổ thông;",
                        "Phòng Giáo dục và Đào tạo các quận, huyện;",
                        "Trung tâm GDNN-GDTX các quận, huyện;",
                        "Các Đơn vị trực thuộc."),
                true, "Ủy ban nhân dân thành phố Hải Phòng",
                String.join("\n", "- Như kính gửi;", "- UBND TP;", "- GĐ, PGĐ Đỗ Thị Hòa;", "- Lưu: VT, CTrTT."));
        programme.citeLegalBases(List.of(basis));
        programme.expectReporters(REPORTERS, Set.of());
        DefaultCatalogue.loadInto(programme);
        return programme;
    }

    /** The 6-month and annual rounds of the programme's year, each with one due date for every level. */
    private static void addPeriodicRounds(Programme programme, LocalDate sixMonthDue, LocalDate annualDue) {
        int year = programme.getYear();
        programme.addRound(new RoundDefinition("6T-" + year, RoundKind.SIX_MONTH,
                "Báo cáo sơ kết 6 tháng đầu năm " + year,
                RoundKind.SIX_MONTH.defaultDataFrom(year), RoundKind.SIX_MONTH.defaultDataTo(year),
                sixMonthDue, sixMonthDue, null, Set.of()));
        programme.addRound(new RoundDefinition("NAM-" + year, RoundKind.ANNUAL, "Báo cáo tổng kết năm " + year,
                RoundKind.ANNUAL.defaultDataFrom(year), RoundKind.ANNUAL.defaultDataTo(year),
                annualDue, annualDue, null, Set.of()));
    }

    private Set<Long> publish(Programme programme, String admin, Instant at) {
        programmes.store(programme);
        Set<Long> expected = reporters.of(programme);
        programme.publish(expected, admin, at);
        return expected;
    }
}
