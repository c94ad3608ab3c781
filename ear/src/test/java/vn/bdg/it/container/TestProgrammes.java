package vn.bdg.it.container;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.application.AccountService;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;

/** Programmes the in-container tests create for themselves, so that no test depends on another's data. */
final class TestProgrammes {

    private TestProgrammes() {
    }

    /** A year between 2040 and 2079 that the demo data never uses. */
    static int someYear() {
        return 2040 + (int) (System.nanoTime() % 40);
    }

    /** A draft for {@code year}, numbered uniquely, reported by THPT schools. */
    static long draft(ProgrammeService programmes, Actor admin, int year) {
        ProgrammeForm form = new ProgrammeForm();
        form.setYear(year);
        form.setLetterNumber(String.valueOf(System.nanoTime() % 1_000_000));
        form.setLetterSymbol("SGDĐT-CTrTT");
        form.setIssuedOn(LocalDate.of(year, 3, 1));
        form.setPlace("Hải Phòng");
        form.setSubject("V/v triển khai thực hiện công tác bình đẳng giới năm " + year);
        form.setSigningAuthority(SigningAuthority.KT);
        form.setAuthorityTitle("GIÁM ĐỐC");
        form.setSignerTitle("PHÓ GIÁM ĐỐC");
        form.setSignerName("Nguyễn Văn Thử");
        form.setReporterTypes(List.of(UnitType.THPT));
        return programmes.create(admin, form);
    }

    /** The 6-month round of {@code year}, due 31/5, with the Decree 09 window. */
    static RoundForm sixMonth(int year) {
        RoundForm round = RoundForm.defaults(RoundKind.SIX_MONTH, year);
        round.setCode("6T-" + year);
        round.setName("Báo cáo sơ kết 6 tháng đầu năm " + year);
        round.setDueTop(LocalDate.of(year, 5, 31));
        return round;
    }

    /** A draft with the default catalogue and a 6-month round, published to the THPT schools. */
    static long published(ProgrammeService programmes, Actor admin, int year) {
        long id = draft(programmes, admin, year);
        programmes.loadDefaultCatalogue(admin, id);
        programmes.addRound(admin, id, sixMonth(year));
        programmes.publish(admin, id);
        return id;
    }

    /** Every mandatory indicator of a school (THPT or primary), coherent: it passes every check. */
    static Map<String, String> completeSchoolReport() {
        Map<String, String> typed = new HashMap<>();
        typed.put("BDG-01", "1.029");
        typed.put("BDG-01.nu", "823");
        typed.put("BDG-02", "3");
        typed.put("BDG-02.nu", "2");
        typed.put("BDG-03", "1");
        typed.put("BDG-04", "1");
        typed.put("BDG-07", "924");
        typed.put("BDG-07.nu", "720");
        typed.put("BDG-09", "16");
        typed.put("BDG-09.nu", "10");
        typed.put("BDG-16", "1.900");
        typed.put("BDG-16.nu", "980");
        typed.put("BDG-18", "6");
        typed.put("BDG-19", "1.200");
        typed.put("BDG-19.nu", "640");
        typed.put("BDG-29", "1");
        typed.put("BDG-34", "1");
        typed.put("BDG-45", "1");
        typed.put("BDG-49", "0");
        typed.put("BDG-50", "0");
        return typed;
    }

    /** A fresh account (no e-mail) named from {@code prefix} that edits and submits for the given units. */
    static Actor schoolAccount(AccountService accounts, AuthenticationService authentication, String prefix,
                               Iterable<Long> unitIds) {
        Actor admin = authentication.actor("admin").orElseThrow();
        String username = prefix + Long.toString(System.nanoTime(), 36);
        long accountId = accounts.create(admin, username, "Thư ký thử", null, "Start2020x".toCharArray()).getId();
        for (long unitId : unitIds) {
            accounts.grant(admin, accountId, Role.UNIT_EDITOR, unitId);
            accounts.grant(admin, accountId, Role.UNIT_HEAD, unitId);
        }
        return authentication.actor(username).orElseThrow();
    }

    /** Opens the unit's report, saves {@code typed} and submits it; returns the report's id. */
    static long submit(ReportService reports, Actor editor, Actor head, long programmeId, String round, long unitId,
                       Map<String, String> typed) {
        long reportId = reports.open(editor, programmeId, round, unitId);
        int version = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();
        reports.record(editor, reportId, version, typed);
        reports.submit(head, reportId);
        return reportId;
    }
}
