package vn.bdg.domain.model.org;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Objects;
import vn.bdg.domain.shared.BusinessException;

/** What a unit is called and how to reach it. Texts are kept in NFC so that equal names compare equal. */
@Embeddable
public class UnitDescription implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false, length = 120)
    private String shortName;

    @Column(length = 40)
    private String symbol;

    @Column
    private String address;

    @Column
    private String email;

    protected UnitDescription() {
    }

    public UnitDescription(String name, String shortName, String symbol, String address, String email) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("org.error.nameRequired");
        }
        this.name = nfc(name);
        this.shortName = nfc(shortName == null || shortName.isBlank() ? name : shortName);
        this.symbol = nfc(symbol);
        this.address = nfc(address);
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String nfc(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.trim().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitDescription that && name.equals(that.name)
                && shortName.equals(that.shortName) && Objects.equals(symbol, that.symbol)
                && Objects.equals(address, that.address) && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, shortName, symbol, address, email);
    }
}
