package vn.bdg.domain.model.org;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.bdg.domain.shared.Validity;

/** "Unit X belongs under unit Y" for a period. Part of the {@link OrgUnit} aggregate of the child. */
@Entity
@Table(name = "org_unit_link")
public class UnitLink {

    @Id
    @SequenceGenerator(name = "org_unit_link_seq", sequenceName = "org_unit_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_link_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private OrgUnit child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Embedded
    private Validity validity;

    protected UnitLink() {
    }

    UnitLink(OrgUnit child, OrgUnit parent, Validity validity) {
        this.child = child;
        this.parent = parent;
        this.validity = validity;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getChild() {
        return child;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Validity getValidity() {
        return validity;
    }

    void endOn(LocalDate lastDay) {
        validity = validity.endingOn(lastDay);
    }
}
