package vn.bdg.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.BusinessException;

class ProgrammeTest {

    private static final Instant NOW = Instant.parse("2020-03-16T03:00:00Z");

    private Programme programme;

    @BeforeEach
    void draft() {
        OrgUnit so = OrgUnit.found("SGD-HP", UnitType.SO, new UnitDescription("Sở Giáo dục và Đào tạo Hải Phòng",
                "Sở GD&ĐT Hải Phòng", "SGDĐT", null, null), LocalDate.of(2015, 1, 1), null);
        programme = Programme.draft(2020, so, letter("571"), "so.ctrtt", NOW);
        programme.addTask(null, "I", "Các nhiệm vụ chủ yếu", null);
        programme.addTask("I", "I.1", "Tuyên truyền", null);
    }

    private static GuidanceLetter letter(String number) {
        return new GuidanceLetter(number, "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16), "Hải Phòng",
                "V/v triển khai thực hiện công tác bình đẳng giới năm 2020", SigningAuthority.KT, "GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa");
    }

    private static IndicatorDefinition count(String code, boolean sexSplit) {
        return new IndicatorDefinition(code, "I.1", "Chỉ tiêu " + code, "Indicator " + code, "người", "persons",
                IndicatorKind.SNAPSHOT, null, null, sexSplit, List.of(), EnumSet.of(UnitType.THPT), true, false,
                BigDecimal.ZERO, null);
    }

    private static IndicatorDefinition derived(String code, String formula) {
        return new IndicatorDefinition(code, "I.1", "Tỷ lệ " + code, "Share " + code, "%", "%",
                IndicatorKind.DERIVED, formula, null, false, List.of(), EnumSet.of(UnitType.THPT), false, false, null, null);
    }

    private static IndicatorDefinition share(String code, String base, boolean sexSplit) {
        return new IndicatorDefinition(code, "I.1", "Tỷ lệ " + code, "Share " + code, "%", "%",
                IndicatorKind.SNAPSHOT, null, base, sexSplit, List.of(), EnumSet.of(UnitType.THPT), false, false,
                BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    private static RoundDefinition sixMonth() {
        return new RoundDefinition("6T-2020", RoundKind.SIX_MONTH, "Sơ kết 6 tháng", LocalDate.of(2019, 12, 15),
                LocalDate.of(2020, 6, 14), LocalDate.of(2020, 5, 31), null, null, Set.of());
    }

    private void complete() {
        programme.addIndicator(count("BDG-01", true));
        programme.addRound(sixMonth());
    }

    @Test
    void theLetterReadsAsInTheDocument() {
        assertEquals("571/SGDĐT-CTrTT", programme.getLetter().reference());
        assertEquals("KT. GIÁM ĐỐC", programme.getLetter().authorityLine());
        assertEquals("…/SGDĐT-CTrTT", letter(null).reference());
        assertThrows(BusinessException.class, () -> new GuidanceLetter("57a", "X", LocalDate.now(), "HP", "V/v",
                SigningAuthority.NONE, null, "GIÁM ĐỐC", "A"));
        assertThrows(BusinessException.class, () -> new GuidanceLetter("1", "X", LocalDate.now(), "HP", "V/v",
                SigningAuthority.KT, " ", "PHÓ GIÁM ĐỐC", "A"));
    }

    @Test
    void aSexSplitIndicatorGetsItsFemaleWithinTotalRule() {
        programme.addIndicator(count("BDG-01", true));
        assertEquals(1, programme.getRules().size());
        ValidationRule rule = programme.getRules().get(0);
        assertEquals(RuleKind.FEMALE_WITHIN_TOTAL, rule.getKind());
        assertEquals("BDG-01.nu <= BDG-01", rule.getExpression());
        assertEquals(Severity.ERROR, rule.getSeverity());
    }

    @Test
    void aPercentageOfAnotherIndicatorIsNotBoundedByItsTotal() {
        programme.addIndicator(count("BDG-01", true));
        Indicator reached = programme.addIndicator(share("BDG-27", "bdg-01", true));
        assertTrue(reached.isShare());
        assertEquals("BDG-01", reached.getShareOf());
        assertEquals(List.of("BDG-01.nu <= BDG-01"),
                programme.getRules().stream().map(ValidationRule::getExpression).toList());
        assertEquals("programme.error.indicatorUsedAsShareBase",
                assertThrows(BusinessException.class, () -> programme.removeIndicator("BDG-01")).getMessageKey());
    }

    @Test
    void aPercentageIsAShareOfACountThatIsSplitLikeIt() {
        programme.addIndicator(count("BDG-01", true));
        programme.addIndicator(count("BDG-02", false));
        programme.addIndicator(derived("BDG-05", "100 * BDG-02 / BDG-01"));
        assertEquals("programme.error.shareUnknownBase", assertThrows(BusinessException.class,
                () -> programme.addIndicator(share("BDG-27", "BDG-99", false))).getMessageKey());
        assertEquals("programme.error.shareBaseNotCount", assertThrows(BusinessException.class,
                () -> programme.addIndicator(share("BDG-27", "BDG-05", false))).getMessageKey());
        assertEquals("programme.error.shareBaseNotSplit", assertThrows(BusinessException.class,
                () -> programme.addIndicator(share("BDG-27", "BDG-02", true))).getMessageKey());
        assertEquals("programme.error.shareOnlyForEntered", assertThrows(BusinessException.class,
                () -> programme.addIndicator(withKind(share("BDG-27", "BDG-01", false), IndicatorKind.YES_NO)))
                .getMessageKey());
        programme.addIndicator(share("BDG-27", "BDG-02", false));
        programme.addIndicator(share("BDG-28", "BDG-01", false));
        assertEquals("programme.error.shareBaseNotCount", assertThrows(BusinessException.class,
                () -> programme.addIndicator(share("BDG-29", "BDG-27", false))).getMessageKey());
    }

    @Test
    void aPublishedShareKeepsItsBase() {
        complete();
        programme.addIndicator(share("BDG-27", "BDG-01", true));
        programme.publish(Set.of(1L), "so.ctrtt", NOW);
        IndicatorDefinition rebased = programme.findIndicator("BDG-27").orElseThrow().definition();
        assertEquals("programme.error.publishedShareChange", assertThrows(BusinessException.class,
                () -> programme.changeIndicator(new IndicatorDefinition(rebased.code(), rebased.taskCode(),
                        rebased.nameVi(), rebased.nameEn(), rebased.unitVi(), rebased.unitEn(), rebased.kind(), null,
                        null, rebased.sexSplit(), rebased.dimensions(), rebased.unitTypes(), rebased.mandatory(),
                        rebased.systemComputed(), rebased.min(), rebased.max()))).getMessageKey());
    }

    @Test
    void duplicateCodesAreRefused() {
        programme.addIndicator(count("BDG-01", true));
        assertEquals("programme.error.indicatorCodeDuplicate",
                assertThrows(BusinessException.class, () -> programme.addIndicator(count("BDG-01", false)))
                        .getMessageKey());
        assertEquals("programme.error.taskCodeDuplicate",
                assertThrows(BusinessException.class, () -> programme.addTask("I", "I.1", "Lặp", null)).getMessageKey());
        programme.addRound(sixMonth());
        assertEquals("programme.error.roundCodeDuplicate",
                assertThrows(BusinessException.class, () -> programme.addRound(sixMonth())).getMessageKey());
    }

    @Test
    void formulasMustNameKnownIndicatorsAndNeverFormACycle() {
        programme.addIndicator(count("BDG-02", true));
        BusinessException unknown = assertThrows(BusinessException.class,
                () -> programme.addIndicator(derived("BDG-05", "100 * BDG-03 / BDG-02")));
        assertEquals("programme.error.formulaUnknownIndicator", unknown.getMessageKey());
        assertEquals("BDG-03", unknown.getArguments().get(1));

        programme.addIndicator(derived("BDG-05", "100 * BDG-02.nu / BDG-02"));
        programme.addIndicator(derived("BDG-06", "BDG-05 / 2"));
        BusinessException cycle = assertThrows(BusinessException.class,
                () -> programme.changeIndicator(derived("BDG-05", "BDG-06 + BDG-02")));
        assertEquals("programme.error.formulaCycle", cycle.getMessageKey());
        assertTrue(cycle.getArguments().get(0).toString().contains("BDG-05"));
        assertEquals("100 * BDG-02.nu / BDG-02", programme.indicator("BDG-05").getFormula());

        assertEquals("programme.error.formulaSelfReference", assertThrows(BusinessException.class,
                () -> programme.addIndicator(derived("BDG-07", "BDG-07 + 1"))).getMessageKey());
        assertEquals("programme.error.noFemalePart", assertThrows(BusinessException.class,
                () -> programme.addIndicator(derived("BDG-08", "BDG-05.nu"))).getMessageKey());
    }

    @Test
    void rulesMustNameKnownIndicators() {
        programme.addIndicator(count("BDG-18", false));
        assertEquals("programme.error.ruleUnknownIndicator", assertThrows(BusinessException.class,
                () -> programme.addRule(RuleKind.SUBSET, "BDG-24 <= BDG-18", Severity.ERROR, null, null)).getMessageKey());
        programme.addIndicator(count("BDG-24", false));
        programme.addRule(RuleKind.SUBSET, "BDG-24 <= BDG-18", Severity.ERROR, null, null);
        assertEquals("programme.error.indicatorUsedInRule", assertThrows(BusinessException.class,
                () -> programme.removeIndicator("BDG-24")).getMessageKey());
    }

    @Test
    void aWindowEndingBeforeItStartsOrADueDateBeforeTheWindowIsRefused() {
        RoundDefinition backwards = new RoundDefinition("X", RoundKind.THEMATIC, "Chuyên đề", LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 5, 1), LocalDate.of(2020, 6, 30), null, null, Set.of());
        assertEquals("programme.error.windowEndsBeforeStart",
                assertThrows(BusinessException.class, () -> programme.addRound(backwards)).getMessageKey());
        RoundDefinition early = new RoundDefinition("X", RoundKind.THEMATIC, "Chuyên đề", LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 6, 30), LocalDate.of(2020, 5, 31), null, null, Set.of());
        assertEquals("programme.error.dueBeforeWindow",
                assertThrows(BusinessException.class, () -> programme.addRound(early)).getMessageKey());
        assertTrue(programme.getRounds().isEmpty());
    }

    @Test
    void theLettersDeadlineMayFallBeforeTheDecree09CutOff() {
        ReportingRound round = programme.addRound(sixMonth());
        assertTrue(round.getDueTop().isBefore(round.getDataTo()));
        assertEquals(LocalDate.of(2019, 12, 15), RoundKind.SIX_MONTH.defaultDataFrom(2020));
        assertEquals(LocalDate.of(2020, 12, 14), RoundKind.ANNUAL.defaultDataTo(2020));
    }

    @Test
    void withAnIntermediateLevelEveryRoundNeedsItsEarlierDueDate() {
        programme.addRound(sixMonth());
        BusinessException refusal = assertThrows(BusinessException.class, () -> programme.describe(letter("571"),
                null, true, null, null));
        assertEquals("programme.error.intermediateDueRequired", refusal.getMessageKey());
        assertFalse(programme.isIntermediateLevel());
    }

    @Test
    void anAddendumCompletesAnotherRoundForSomeTasks() {
        programme.addTask(null, "II", "Tổ chức thực hiện", null);
        programme.addRound(new RoundDefinition("NAM", RoundKind.ANNUAL, "Tổng kết", LocalDate.of(2019, 12, 15),
                LocalDate.of(2020, 12, 14), LocalDate.of(2020, 11, 30), null, null, Set.of()));
        ReportingRound addendum = programme.addRound(new RoundDefinition("THD", RoundKind.ADDENDUM, "Bổ sung",
                LocalDate.of(2020, 11, 15), LocalDate.of(2020, 12, 15), LocalDate.of(2020, 12, 22), null, "NAM",
                Set.of("I")));
        assertTrue(addendum.covers("I.1"));
        assertFalse(addendum.covers("II"));
        assertEquals("programme.error.addendumNeedsRound", assertThrows(BusinessException.class,
                () -> programme.addRound(new RoundDefinition("THD2", RoundKind.ADDENDUM, "Bổ sung",
                        LocalDate.of(2020, 11, 15), LocalDate.of(2020, 12, 15), LocalDate.of(2020, 12, 22), null, null,
                        Set.of()))).getMessageKey());
        assertEquals("programme.error.roundHasAddendum",
                assertThrows(BusinessException.class, () -> programme.removeRound("NAM")).getMessageKey());
    }

    @Test
    void publishingNeedsANumberedLetterAndACompleteProgramme() {
        assertEquals("programme.error.publishIncomplete", assertThrows(BusinessException.class,
                () -> programme.publish(Set.of(1L), "so.ctrtt", NOW)).getMessageKey());
        complete();
        programme.describe(letter(null), null, false, null, null);
        assertEquals("programme.error.publishNeedsNumber", assertThrows(BusinessException.class,
                () -> programme.publish(Set.of(1L), "so.ctrtt", NOW)).getMessageKey());
        programme.describe(letter("571"), null, false, null, null);
        programme.publish(Set.of(1L, 2L), "so.ctrtt", NOW);
        assertTrue(programme.isPublished());
        assertTrue(programme.expects(2L));
    }

    @Test
    void afterPublishingNothingThatChangesEnteredValuesIsAllowed() {
        complete();
        programme.publish(Set.of(1L), "so.ctrtt", NOW);

        assertEquals("programme.error.publishedIndicatorRemoval",
                assertThrows(BusinessException.class, () -> programme.removeIndicator("BDG-01")).getMessageKey());
        assertEquals("programme.error.publishedKindChange", assertThrows(BusinessException.class,
                () -> programme.changeIndicator(withKind(count("BDG-01", true), IndicatorKind.FLOW))).getMessageKey());
        assertEquals("programme.error.publishedDisaggregationChange", assertThrows(BusinessException.class,
                () -> programme.changeIndicator(count("BDG-01", false))).getMessageKey());
        assertEquals("programme.error.publishedTaskRemoval",
                assertThrows(BusinessException.class, () -> programme.removeTask("I.1")).getMessageKey());
        assertEquals("programme.error.publishedRoundRemoval",
                assertThrows(BusinessException.class, () -> programme.removeRound("6T-2020")).getMessageKey());
        assertEquals(IndicatorKind.SNAPSHOT, programme.indicator("BDG-01").getKind());

        IndicatorDefinition renamed = new IndicatorDefinition("BDG-01", "I.1", "Tổng số CB-GV-NV", "Total staff",
                "người", "persons", IndicatorKind.SNAPSHOT, null, null, true, List.of(), EnumSet.of(UnitType.THPT), true,
                false, BigDecimal.ZERO, null);
        programme.changeIndicator(renamed);
        assertEquals("Tổng số CB-GV-NV", programme.indicator("BDG-01").getNameVi());
        assertEquals(1, programme.getCatalogueVersion());

        Indicator added = programme.addIndicator(count("BDG-02", true));
        assertEquals(2, added.getSinceVersion());
        assertEquals(2, programme.getCatalogueVersion());
        assertEquals(1, programme.indicator("BDG-01").getSinceVersion());
    }

    private static IndicatorDefinition withKind(IndicatorDefinition d, IndicatorKind kind) {
        return new IndicatorDefinition(d.code(), d.taskCode(), d.nameVi(), d.nameEn(), d.unitVi(), d.unitEn(), kind,
                d.formula(), d.shareOf(), d.sexSplit(), d.dimensions(), d.unitTypes(), d.mandatory(), d.systemComputed(), d.min(),
                d.max());
    }

    @Test
    void aCopyForTheNextYearMovesDatesAndLeavesTheOriginalAlone() {
        complete();
        programme.publish(Set.of(1L), "so.ctrtt", NOW);
        Programme copy = programme.copyForNextYear("so.ctrtt", NOW);
        assertEquals(2021, copy.getYear());
        assertEquals(ProgrammeStatus.DRAFT, copy.getStatus());
        assertNull(copy.getLetter().getNumber());
        assertEquals("V/v triển khai thực hiện công tác bình đẳng giới năm 2021", copy.getLetter().getSubject());
        assertEquals(LocalDate.of(2021, 5, 31), copy.round("6T-2020").getDueTop());
        assertEquals(LocalDate.of(2020, 12, 15), copy.round("6T-2020").getDataFrom());
        assertEquals(2, copy.getTasks().size());
        assertEquals("I", copy.task("I.1").getParentCode());
        assertEquals(1, copy.getRules().size());
        copy.removeIndicator("BDG-01");
        assertTrue(copy.getIndicators().isEmpty());
        assertEquals(1, programme.getIndicators().size());
        assertEquals(LocalDate.of(2020, 5, 31), programme.round("6T-2020").getDueTop());
    }

    @Test
    void dimensionsNeedDistinctCategories() {
        assertEquals("programme.error.dimensionDuplicateCategory",
                assertThrows(BusinessException.class, () -> Dimension.parse("Nhóm: GV | gv | NV")).getMessageKey());
        assertEquals("programme.error.dimensionNeedsCategories",
                assertThrows(BusinessException.class, () -> Dimension.parse("Nhóm: GV")).getMessageKey());
        assertEquals("Nhóm: CBQL | GV | NV", Dimension.parse(" Nhóm :CBQL|GV| NV ").toString());
    }
}
