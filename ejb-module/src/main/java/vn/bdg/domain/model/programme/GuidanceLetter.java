package vn.bdg.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.bdg.domain.shared.BusinessException;

/**
 * The guidance letter (công văn) a programme comes from, as Decree 30/2020 lays it out: number and
 * symbol ("571/SGDĐT-CTrTT"), place and date, subject ("V/v …"), and the signature block ("KT. GIÁM
 * ĐỐC / PHÓ GIÁM ĐỐC / Đỗ Thị Hòa"). The number may stay empty while a draft is prepared; the symbol
 * and everything else are required.
 */
@Embeddable
public class GuidanceLetter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "letter_number", length = 20)
    private String number;

    @Column(name = "letter_symbol", length = 60)
    private String symbol;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at_place", nullable = false, length = 100)
    private String place;

    @Column(nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "signing_authority", nullable = false, length = 10)
    private SigningAuthority signingAuthority;

    @Column(name = "authority_title", length = 100)
    private String authorityTitle;

    @Column(name = "signer_title", nullable = false, length = 100)
    private String signerTitle;

    @Column(name = "signer_name", nullable = false, length = 100)
    private String signerName;

    protected GuidanceLetter() {
    }

    public GuidanceLetter(String number, String symbol, LocalDate issuedOn, String place, String subject,
                          SigningAuthority signingAuthority, String authorityTitle, String signerTitle,
                          String signerName) {
        this.number = trimToNull(number);
        this.symbol = required(symbol, "programme.error.symbolRequired");
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.place = required(place, "programme.error.placeRequired");
        this.subject = required(subject, "programme.error.subjectRequired");
        this.signingAuthority = signingAuthority == null ? SigningAuthority.NONE : signingAuthority;
        this.authorityTitle = trimToNull(authorityTitle);
        if (this.signingAuthority != SigningAuthority.NONE && this.authorityTitle == null) {
            throw new BusinessException("programme.error.authorityTitleRequired", this.signingAuthority.prefix());
        }
        this.signerTitle = required(signerTitle, "programme.error.signerTitleRequired");
        this.signerName = required(signerName, "programme.error.signerNameRequired");
        if (this.number != null && !this.number.matches("[0-9]{1,10}")) {
            throw new BusinessException("programme.error.letterNumberFormat");
        }
    }

    /** The same letter one year later, without its number, which the clerk has not given yet. */
    GuidanceLetter nextYear() {
        return new GuidanceLetter(null, symbol, issuedOn.plusYears(1), place,
                subject.replace(String.valueOf(issuedOn.getYear()), String.valueOf(issuedOn.getYear() + 1)),
                signingAuthority, authorityTitle, signerTitle, signerName);
    }

    /** "571/SGDĐT-CTrTT", or "…/SGDĐT-CTrTT" while the number is not given. */
    public String reference() {
        return (number == null ? "…" : number) + "/" + symbol;
    }

    /** The first line of the signature block, e.g. "KT. GIÁM ĐỐC", empty when the signer signs in their own right. */
    public String authorityLine() {
        return signingAuthority == SigningAuthority.NONE ? "" : signingAuthority.prefix() + " " + authorityTitle;
    }

    private static String required(String value, String messageKey) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            throw new BusinessException(messageKey);
        }
        return trimmed;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getNumber() {
        return number;
    }

    public String getSymbol() {
        return symbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getPlace() {
        return place;
    }

    public String getSubject() {
        return subject;
    }

    public SigningAuthority getSigningAuthority() {
        return signingAuthority;
    }

    public String getAuthorityTitle() {
        return authorityTitle;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getReference() {
        return reference();
    }
}
