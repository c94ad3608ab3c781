package vn.bdg.infrastructure.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
        Programme programme = Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT",
                LocalDate.of(2020, 3, 16), "Hải Phòng", "V/v triển khai thực hiện công tác bình đẳng giới năm 2020",
                SigningAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa"), admin, clock.now());
        programme.describe(programme.getLetter(), String.join("\n",
                        "Các Trường Trung học phổ thông;",
                        "Phòng Giáo dục và Đào tạo các quận, huyện;",
                        "Trung tâm GDNN-GDTX các quận, huyện;",
                        "Các Đơn vị trực thuộc."),
                true, "Ủy ban nhân dân thành phố Hải Phòng",
                String.join("\n", "- Như kính gửi;", "- UBND TP;", "- GĐ, PGĐ Đỗ Thị Hòa;", "- Lưu: VT, CTrTT."));
        programme.citeLegalBases(List.of(new LegalBasis("72/KH-UBND", LocalDate.of(2020, 3, 13),
                "Ủy ban nhân dân thành phố", "Kế hoạch thực hiện công tác bình đẳng giới năm 2020")));
        programme.expectReporters(REPORTERS, Set.of());
        DefaultCatalogue.loadInto(programme);
        programme.addRound(new RoundDefinition("6T-2020", RoundKind.SIX_MONTH, "Báo cáo sơ kết 6 tháng đầu năm 2020",
                RoundKind.SIX_MONTH.defaultDataFrom(2020), RoundKind.SIX_MONTH.defaultDataTo(2020),
                LocalDate.of(2020, 5, 31), LocalDate.of(2020, 5, 31), null, Set.of()));
        programme.addRound(new RoundDefinition("NAM-2020", RoundKind.ANNUAL, "Báo cáo tổng kết năm 2020",
                RoundKind.ANNUAL.defaultDataFrom(2020), RoundKind.ANNUAL.defaultDataTo(2020),
                LocalDate.of(2020, 11, 30), LocalDate.of(2020, 11, 30), null, Set.of()));
        programme.addRound(new RoundDefinition("THD-2020", RoundKind.ADDENDUM,
                "Báo cáo bổ sung Tháng hành động vì bình đẳng giới năm 2020",
                RoundKind.ADDENDUM.defaultDataFrom(2020), RoundKind.ADDENDUM.defaultDataTo(2020),
                LocalDate.of(2020, 12, 22), LocalDate.of(2020, 12, 22), "NAM-2020", Set.of("I.2")));
        programmes.store(programme);
        Set<Long> expected = reporters.of(programme);
        programme.publish(expected, admin, clock.now());
        announcements.programmePublished(programme, expected, false);
        return programme;
    }
}
