package vn.bdg.domain.model.programme;

/**
 * How the signer signs on behalf of the authority (Decree 30/2020, Điều 13): in their own right, or
 * ký thay (KT.), thay mặt (TM.), thừa lệnh (TL.), thừa ủy quyền (TUQ.), quyền (Q.).
 */
public enum SigningAuthority {
    NONE(""),
    KT("KT."),
    TM("TM."),
    TL("TL."),
    TUQ("TUQ."),
    Q("Q.");

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    /** The abbreviation printed before the authority's title, e.g. "KT." in "KT. GIÁM ĐỐC". */
    public String prefix() {
        return prefix;
    }
}
