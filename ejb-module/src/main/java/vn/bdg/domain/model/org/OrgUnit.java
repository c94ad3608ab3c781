package vn.bdg.domain.model.org;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.SearchKeys;
import vn.bdg.domain.shared.Validity;

/**
 * A unit of the education sector (the Sở, one of its offices, a Phòng GD&ĐT, a school, a centre) and
 * the aggregate root of its own parent links.
 *
 * <p>Life cycle: a unit is founded on a day ({@link #found}), may be renamed or re-described, moved
 * under another parent from a day ({@link #moveUnder}), and closed on a day ({@link #close}). Nothing is
 * ever deleted: a closed unit and its old links stay, so that reports of earlier periods keep the tree
 * that was valid then. Consistency rule: at any day a unit has at most one parent, and a link never
 * starts before the unit was founded.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @Embedded
    private UnitDescription description;

    @Embedded
    private Validity validity;

    @Column(name = "closed_reason", length = 500)
    private String closedReason;

    @Column(name = "search_key", nullable = false, length = 800)
    private String searchKey;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL)
    @OrderBy("validity.validFrom")
    private List<UnitLink> parentLinks = new ArrayList<>();

    @Version
    private int version;

    protected OrgUnit() {
    }

    private OrgUnit(String code, UnitType type, UnitDescription description, LocalDate foundedOn) {
        this.code = code;
        this.type = type;
        this.description = description;
        this.validity = Validity.from(foundedOn);
        recomputeSearchKey();
    }

    /** A new unit, founded on {@code foundedOn}, under {@code parent} (null only for a root). */
    public static OrgUnit found(String code, UnitType type, UnitDescription description,
                                LocalDate foundedOn, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, type, description, foundedOn);
        if (parent != null) {
            unit.linkUnder(parent, foundedOn);
        }
        return unit;
    }

    public void describe(UnitType newType, UnitDescription newDescription) {
        requireOpen();
        this.type = newType;
        this.description = newDescription;
        recomputeSearchKey();
    }

    /**
     * From {@code from} on, this unit belongs under {@code newParent}; the current link ends the day
     * before. Cycles are the caller's check, as they need the whole tree.
     */
    public void moveUnder(OrgUnit newParent, LocalDate from) {
        requireOpen();
        if (from.isBefore(validity.getValidFrom())) {
            throw new BusinessException("org.error.moveBeforeFounded");
        }
        if (newParent == this) {
            throw new BusinessException("org.error.moveUnderItself");
        }
        if (!newParent.isValidOn(from)) {
            throw new BusinessException("org.error.parentNotValid");
        }
        Optional<UnitLink> current = parentLinkOn(from);
        if (current.isPresent() && current.get().getParent().equals(newParent)) {
            throw new BusinessException("org.error.alreadyUnderParent");
        }
        for (UnitLink link : parentLinks) {
            if (link.getValidity().getValidFrom().isAfter(from.minusDays(1))) {
                throw new BusinessException("org.error.moveBeforeLastMove");
            }
        }
        current.ifPresent(link -> link.endOn(from.minusDays(1)));
        linkUnder(newParent, from);
    }

    /** The unit ceases to exist after {@code lastDay}; its history stays. */
    public void close(LocalDate lastDay, String reason) {
        requireOpen();
        Validity closed = validity.endingOn(lastDay);
        for (UnitLink link : parentLinks) {
            if (link.getValidity().getValidFrom().isAfter(lastDay)) {
                throw new BusinessException("org.error.closeBeforeLastMove");
            }
        }
        validity = closed;
        closedReason = reason;
        for (UnitLink link : parentLinks) {
            if (link.getValidity().isOpen()) {
                link.endOn(lastDay);
            }
        }
    }

    public Optional<UnitLink> parentLinkOn(LocalDate day) {
        return parentLinks.stream().filter(link -> link.getValidity().contains(day)).findFirst();
    }

    public Optional<OrgUnit> parentOn(LocalDate day) {
        return parentLinkOn(day).map(UnitLink::getParent);
    }

    public boolean isValidOn(LocalDate day) {
        return validity.contains(day);
    }

    public boolean isClosed() {
        return !validity.isOpen();
    }

    /** Recomputes the folded search key, e.g. after the folding rules changed. */
    public void recomputeSearchKey() {
        searchKey = SearchKeys.foldAll(description.getName(), description.getShortName(), code);
    }

    private void linkUnder(OrgUnit parent, LocalDate from) {
        parentLinks.add(new UnitLink(this, parent, Validity.from(from)));
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new BusinessException("org.error.unitClosed");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public UnitType getType() {
        return type;
    }

    public UnitDescription getDescription() {
        return description;
    }

    public String getName() {
        return description.getName();
    }

    public String getShortName() {
        return description.getShortName();
    }

    public Validity getValidity() {
        return validity;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public List<UnitLink> getParentLinks() {
        return Collections.unmodifiableList(parentLinks);
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgUnit that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
