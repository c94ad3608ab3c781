package vn.bdg.domain.model.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.Validity;

class OrgUnitTest {

    private static final LocalDate SO_FOUNDED = LocalDate.of(1990, 1, 1);
    private static final LocalDate SCHOOL_FOUNDED = LocalDate.of(2010, 9, 5);
    private static final LocalDate MOVE_DAY = LocalDate.of(2025, 7, 1);

    private OrgUnit so;
    private OrgUnit phongLeChan;
    private OrgUnit school;

    @BeforeEach
    void buildTree() {
        so = OrgUnit.found("HP-SO", UnitType.SO, description("Sở GD&ĐT Hải Phòng", "Sở GD&ĐT"), SO_FOUNDED, null);
        phongLeChan = OrgUnit.found("HP-PGD-LC", UnitType.PHONG,
                description("Phòng GD&ĐT Lê Chân", "PGD Lê Chân"), SO_FOUNDED, so);
        school = OrgUnit.found("HP-THCS-NQ", UnitType.THCS,
                description("Trường THCS Ngô Quyền", "THCS Ngô Quyền"), SCHOOL_FOUNDED, phongLeChan);
    }

    @Test
    void foundingWithAParentCreatesOneOpenParentLink() {
        List<UnitLink> links = school.getParentLinks();

        assertEquals(1, links.size());
        UnitLink link = links.get(0);
        assertSame(school, link.getChild());
        assertSame(phongLeChan, link.getParent());
        assertEquals(Validity.from(SCHOOL_FOUNDED), link.getValidity());
        assertTrue(link.getValidity().isOpen());
        assertEquals(Optional.of(phongLeChan), school.parentOn(SCHOOL_FOUNDED));
        assertEquals(Optional.empty(), school.parentOn(SCHOOL_FOUNDED.minusDays(1)));
    }

    @Test
    void foundingARootCreatesNoLinkAndAnOpenValidity() {
        assertTrue(so.getParentLinks().isEmpty());
        assertEquals(Optional.empty(), so.parentOn(LocalDate.of(2024, 1, 1)));
        assertEquals(Validity.from(SO_FOUNDED), so.getValidity());
        assertFalse(so.isClosed());
        assertTrue(so.isValidOn(SO_FOUNDED));
        assertFalse(so.isValidOn(SO_FOUNDED.minusDays(1)));
        assertEquals(UnitType.SO, so.getType());
        assertEquals("HP-SO", so.getCode());
    }

    @Test
    void parentLinksCannotBeModifiedFromOutside() {
        assertThrows(UnsupportedOperationException.class, () -> school.getParentLinks().clear());
    }

    @Test
    void moveUnderEndsTheCurrentLinkTheDayBeforeAndOpensANewOne() {
        school.moveUnder(so, MOVE_DAY);

        List<UnitLink> links = school.getParentLinks();
        assertEquals(2, links.size());
        assertSame(phongLeChan, links.get(0).getParent());
        assertEquals(Validity.between(SCHOOL_FOUNDED, LocalDate.of(2025, 6, 30)), links.get(0).getValidity());
        assertSame(so, links.get(1).getParent());
        assertEquals(Validity.from(MOVE_DAY), links.get(1).getValidity());
    }

    @Test
    void parentOnAnswersByDateAfterAMove() {
        school.moveUnder(so, MOVE_DAY);

        assertEquals(Optional.empty(), school.parentOn(SCHOOL_FOUNDED.minusDays(1)));
        assertEquals(Optional.of(phongLeChan), school.parentOn(SCHOOL_FOUNDED));
        assertEquals(Optional.of(phongLeChan), school.parentOn(LocalDate.of(2025, 6, 30)));
        assertEquals(Optional.of(so), school.parentOn(MOVE_DAY));
        assertEquals(Optional.of(so), school.parentOn(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void aRootCanBeMovedUnderAParent() {
        OrgUnit centre = OrgUnit.found("HP-TT", UnitType.GDNN_GDTX, description("Trung tâm GDNN-GDTX", null),
                SCHOOL_FOUNDED, null);

        centre.moveUnder(so, MOVE_DAY);

        assertEquals(1, centre.getParentLinks().size());
        assertEquals(Optional.empty(), centre.parentOn(MOVE_DAY.minusDays(1)));
        assertEquals(Optional.of(so), centre.parentOn(MOVE_DAY));
    }

    @Test
    void movingUnderItselfIsRefused() {
        assertRefused("org.error.moveUnderItself", () -> school.moveUnder(school, MOVE_DAY));
    }

    @Test
    void movingUnderTheCurrentParentIsRefused() {
        assertRefused("org.error.alreadyUnderParent", () -> school.moveUnder(phongLeChan, MOVE_DAY));
    }

    @Test
    void movingBeforeTheUnitWasFoundedIsRefused() {
        assertRefused("org.error.moveBeforeFounded", () -> school.moveUnder(so, SCHOOL_FOUNDED.minusDays(1)));
    }

    @Test
    void movingOnTheDayOfTheLastMoveOrBeforeItIsRefused() {
        OrgUnit phongNgoQuyen = OrgUnit.found("HP-PGD-NQ", UnitType.PHONG, description("Phòng GD&ĐT Ngô Quyền", null),
                SO_FOUNDED, so);
        school.moveUnder(so, MOVE_DAY);

        assertRefused("org.error.moveBeforeLastMove", () -> school.moveUnder(phongNgoQuyen, MOVE_DAY));
        assertRefused("org.error.moveBeforeLastMove", () -> school.moveUnder(phongNgoQuyen, MOVE_DAY.minusDays(1)));
        assertRefused("org.error.moveBeforeLastMove", () -> school.moveUnder(phongNgoQuyen, LocalDate.of(2015, 1, 1)));
        assertEquals(2, school.getParentLinks().size());
    }

    @Test
    void movingOnTheFoundingDayIsRefusedBecauseTheFirstLinkStartsThen() {
        assertRefused("org.error.moveBeforeLastMove", () -> school.moveUnder(so, SCHOOL_FOUNDED));
    }

    @Test
    void movingUnderAParentNotYetFoundedIsRefused() {
        OrgUnit laterParent = OrgUnit.found("HP-NEW", UnitType.AFFILIATED, description("Đơn vị mới", null),
                MOVE_DAY.plusDays(1), so);

        assertRefused("org.error.parentNotValid", () -> school.moveUnder(laterParent, MOVE_DAY));
    }

    @Test
    void movingUnderAClosedParentIsRefused() {
        phongLeChan.close(LocalDate.of(2025, 6, 30), "Giải thể cấp huyện");
        OrgUnit otherSchool = OrgUnit.found("HP-TH-A", UnitType.TH, description("Trường TH A", null),
                SCHOOL_FOUNDED, so);

        assertRefused("org.error.parentNotValid", () -> otherSchool.moveUnder(phongLeChan, MOVE_DAY));
    }

    @Test
    void aRefusedMoveLeavesTheLinksUnchanged() {
        assertRefused("org.error.alreadyUnderParent", () -> school.moveUnder(phongLeChan, MOVE_DAY));

        assertEquals(1, school.getParentLinks().size());
        assertTrue(school.getParentLinks().get(0).getValidity().isOpen());
    }

    @Test
    void closeEndsTheUnitAndItsOpenLinks() {
        LocalDate lastDay = LocalDate.of(2025, 6, 30);

        phongLeChan.close(lastDay, "Giải thể Phòng GD&ĐT cấp huyện");

        assertTrue(phongLeChan.isClosed());
        assertEquals(Validity.between(SO_FOUNDED, lastDay), phongLeChan.getValidity());
        assertEquals("Giải thể Phòng GD&ĐT cấp huyện", phongLeChan.getClosedReason());
        assertTrue(phongLeChan.isValidOn(lastDay));
        assertFalse(phongLeChan.isValidOn(lastDay.plusDays(1)));
        assertEquals(Validity.between(SO_FOUNDED, lastDay), phongLeChan.getParentLinks().get(0).getValidity());
        assertEquals(Optional.of(so), phongLeChan.parentOn(lastDay));
        assertEquals(Optional.empty(), phongLeChan.parentOn(lastDay.plusDays(1)));
    }

    @Test
    void closeKeepsEarlierLinksAsTheyWere() {
        school.moveUnder(so, MOVE_DAY);
        LocalDate lastDay = LocalDate.of(2030, 5, 31);

        school.close(lastDay, "Sáp nhập");

        List<UnitLink> links = school.getParentLinks();
        assertEquals(Validity.between(SCHOOL_FOUNDED, LocalDate.of(2025, 6, 30)), links.get(0).getValidity());
        assertEquals(Validity.between(MOVE_DAY, lastDay), links.get(1).getValidity());
    }

    @Test
    void closingBeforeTheFoundingDayIsRefused() {
        assertRefused("org.error.validityEndsBeforeStart",
                () -> school.close(SCHOOL_FOUNDED.minusDays(1), "Nhầm ngày"));
        assertFalse(school.isClosed());
    }

    @Test
    void closingOnTheFoundingDayIsAllowed() {
        school.close(SCHOOL_FOUNDED, "Thành lập nhầm");

        assertTrue(school.isValidOn(SCHOOL_FOUNDED));
        assertFalse(school.isValidOn(SCHOOL_FOUNDED.plusDays(1)));
    }

    @Test
    void aClosedUnitCannotBeDescribedMovedOrClosedAgain() {
        school.close(LocalDate.of(2025, 6, 30), "Sáp nhập");

        assertRefused("org.error.unitClosed",
                () -> school.describe(UnitType.TH, description("Trường TH Ngô Quyền", null)));
        assertRefused("org.error.unitClosed", () -> school.moveUnder(so, MOVE_DAY));
        assertRefused("org.error.unitClosed", () -> school.close(LocalDate.of(2026, 1, 1), "Lần nữa"));
        assertEquals("Trường THCS Ngô Quyền", school.getName());
        assertEquals(LocalDate.of(2025, 6, 30), school.getValidity().getValidTo());
    }

    @Test
    void searchKeyHoldsFoldedNameShortNameAndCode() {
        assertEquals(" truong thcs ngo quyen | thcs ngo quyen | hp thcs nq |", school.getSearchKey());
    }

    @Test
    void describeReplacesTypeAndDescriptionAndRecomputesTheSearchKey() {
        school.describe(UnitType.MULTI_LEVEL, description("Trường TH&THCS Đồ Sơn", "TH&THCS Đồ Sơn"));

        assertEquals(UnitType.MULTI_LEVEL, school.getType());
        assertEquals("Trường TH&THCS Đồ Sơn", school.getName());
        assertEquals("TH&THCS Đồ Sơn", school.getShortName());
        assertEquals(" truong th&thcs do son | th&thcs do son | hp thcs nq |", school.getSearchKey());
    }

    @Test
    void entitiesHaveNoIdOutsideJpaAndAreEqualByCode() {
        OrgUnit sameCode = OrgUnit.found("HP-THCS-NQ", UnitType.TH, description("Tên khác", null),
                LocalDate.of(2020, 1, 1), null);

        assertNull(school.getId());
        assertNull(school.getParentLinks().get(0).getId());
        assertEquals(school, sameCode);
        assertEquals(school.hashCode(), sameCode.hashCode());
        assertNotEquals(school, phongLeChan);
        assertNotEquals(school, "HP-THCS-NQ");
    }

    private static UnitDescription description(String name, String shortName) {
        return new UnitDescription(name, shortName, null, null, null);
    }

    private static void assertRefused(String messageKey, Executable action) {
        BusinessException refused = assertThrows(BusinessException.class, action);
        assertEquals(messageKey, refused.getMessageKey());
    }

    @Test
    void closingBeforeTheLastMoveIsRefusedAndChangesNothing() {
        OrgUnit phongNgoQuyen = OrgUnit.found("HP-PGD-NQ", UnitType.PHONG,
                description("Phòng GD&ĐT Ngô Quyền", "PGD Ngô Quyền"), SO_FOUNDED, so);
        school.moveUnder(phongNgoQuyen, MOVE_DAY);
        assertRefused("org.error.closeBeforeLastMove", () -> school.close(MOVE_DAY.minusDays(10), "Nhầm ngày"));
        assertFalse(school.isClosed());
        assertNull(school.getClosedReason());
        assertTrue(school.getParentLinks().get(1).getValidity().isOpen());
        assertEquals(MOVE_DAY.minusDays(1), school.getParentLinks().get(0).getValidity().getValidTo());
    }
}
