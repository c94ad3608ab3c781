package vn.bdg.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.bdg.domain.model.org.OrgUnit;

/** A role held on the subtree below (and including) one unit. Part of the {@link UserAccount} aggregate. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Role role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit scope;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 60)
    private String grantedBy;

    protected RoleGrant() {
    }

    RoleGrant(UserAccount account, Role role, OrgUnit scope, String grantedBy, Instant grantedAt) {
        this.account = account;
        this.role = role;
        this.scope = scope;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public OrgUnit getScope() {
        return scope;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    boolean isSame(Role otherRole, OrgUnit otherScope) {
        return role == otherRole && scope.equals(otherScope);
    }
}
