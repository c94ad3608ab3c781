package vn.bdg.domain.model.account;

/** What a person may do, always on an organisation subtree (domain §4.1). */
public enum Role {
    UNIT_EDITOR,
    UNIT_HEAD,
    REVIEWER,
    CAMPAIGN_ADMIN,
    VIEWER,
    SYS_ADMIN
}
