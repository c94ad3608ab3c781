package vn.bdg.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.bdg.domain.shared.BusinessException;

/**
 * A document the letter is based on (căn cứ), cited as "Kế hoạch số 72/KH-UBND ngày 13/3/2020 của Ủy
 * ban nhân dân thành phố về …".
 */
@Embeddable
public class LegalBasis implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "doc_number", nullable = false, length = 60)
    private String documentNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(nullable = false, length = 500)
    private String title;

    protected LegalBasis() {
    }

    public LegalBasis(String documentNumber, LocalDate issuedOn, String issuer, String title) {
        if (isBlank(documentNumber) || issuedOn == null || isBlank(issuer) || isBlank(title)) {
            throw new BusinessException("programme.error.legalBasisIncomplete");
        }
        this.documentNumber = documentNumber.trim();
        this.issuedOn = issuedOn;
        this.issuer = issuer.trim();
        this.title = title.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegalBasis that && documentNumber.equals(that.documentNumber)
                && issuedOn.equals(that.issuedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentNumber, issuedOn);
    }
}
