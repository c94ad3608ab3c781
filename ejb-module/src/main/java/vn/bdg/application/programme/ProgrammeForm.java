package vn.bdg.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.LegalBasis;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.SigningAuthority;

/** The guidance letter, its legal bases, who reports and where the consolidated report goes, as edited on one screen. */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cited document (căn cứ). */
    public static class Basis implements Serializable {
        private static final long serialVersionUID = 1L;
        @Size(max = 60)
        private String documentNumber;
        private LocalDate issuedOn;
        @Size(max = 200)
        private String issuer;
        @Size(max = 500)
        private String title;

        public Basis() {
        }

        Basis(LegalBasis basis) {
            documentNumber = basis.getDocumentNumber();
            issuedOn = basis.getIssuedOn();
            issuer = basis.getIssuer();
            title = basis.getTitle();
        }

        LegalBasis toLegalBasis() {
            return new LegalBasis(documentNumber, issuedOn, issuer, title);
        }

        boolean isEmpty() {
            return isBlank(documentNumber) && issuedOn == null && isBlank(issuer) && isBlank(title);
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    private Long issuerId;
    @Size(max = 20)
    private String letterNumber;
    @Size(max = 60)
    private String letterSymbol;
    private LocalDate issuedOn;
    @Size(max = 100)
    private String place;
    @Size(max = 500)
    private String subject;
    private SigningAuthority signingAuthority = SigningAuthority.NONE;
    @Size(max = 100)
    private String authorityTitle;
    @Size(max = 100)
    private String signerTitle;
    @Size(max = 100)
    private String signerName;
    @Size(max = 2000)
    private String addressees;
    private boolean intermediateLevel;
    @Size(max = 500)
    private String upwardRecipient;
    @Size(max = 2000)
    private String distribution;
    @Valid
    private List<Basis> legalBases = new ArrayList<>();
    private List<UnitType> reporterTypes = new ArrayList<>();
    private List<Long> reporterUnits = new ArrayList<>();

    public static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        GuidanceLetter letter = programme.getLetter();
        form.year = programme.getYear();
        form.issuerId = programme.getIssuer().getId();
        form.letterNumber = letter.getNumber();
        form.letterSymbol = letter.getSymbol();
        form.issuedOn = letter.getIssuedOn();
        form.place = letter.getPlace();
        form.subject = letter.getSubject();
        form.signingAuthority = letter.getSigningAuthority();
        form.authorityTitle = letter.getAuthorityTitle();
        form.signerTitle = letter.getSignerTitle();
        form.signerName = letter.getSignerName();
        form.addressees = programme.getAddressees();
        form.intermediateLevel = programme.isIntermediateLevel();
        form.upwardRecipient = programme.getUpwardRecipient();
        form.distribution = programme.getDistribution();
        programme.getLegalBases().forEach(b -> form.legalBases.add(new Basis(b)));
        form.reporterTypes.addAll(programme.getReporterTypes());
        form.reporterUnits.addAll(programme.getReporterUnits());
        return form;
    }

    GuidanceLetter toLetter() {
        if (issuedOn == null) {
            throw new vn.bdg.domain.shared.BusinessException("programme.error.issuedOnRequired");
        }
        return new GuidanceLetter(letterNumber, letterSymbol, issuedOn, place, subject, signingAuthority,
                authorityTitle, signerTitle, signerName);
    }

    List<LegalBasis> toLegalBases() {
        return legalBases.stream().filter(b -> !b.isEmpty()).map(Basis::toLegalBasis).toList();
    }

    public void addBasis() {
        legalBases.add(new Basis());
    }

    public void removeBasis(Basis basis) {
        legalBases.remove(basis);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public String getLetterSymbol() {
        return letterSymbol;
    }

    public void setLetterSymbol(String letterSymbol) {
        this.letterSymbol = letterSymbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public SigningAuthority getSigningAuthority() {
        return signingAuthority;
    }

    public void setSigningAuthority(SigningAuthority signingAuthority) {
        this.signingAuthority = signingAuthority;
    }

    public String getAuthorityTitle() {
        return authorityTitle;
    }

    public void setAuthorityTitle(String authorityTitle) {
        this.authorityTitle = authorityTitle;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getAddressees() {
        return addressees;
    }

    public void setAddressees(String addressees) {
        this.addressees = addressees;
    }

    public boolean isIntermediateLevel() {
        return intermediateLevel;
    }

    public void setIntermediateLevel(boolean intermediateLevel) {
        this.intermediateLevel = intermediateLevel;
    }

    public String getUpwardRecipient() {
        return upwardRecipient;
    }

    public void setUpwardRecipient(String upwardRecipient) {
        this.upwardRecipient = upwardRecipient;
    }

    public String getDistribution() {
        return distribution;
    }

    public void setDistribution(String distribution) {
        this.distribution = distribution;
    }

    public List<Basis> getLegalBases() {
        return legalBases;
    }

    public void setLegalBases(List<Basis> legalBases) {
        this.legalBases = legalBases;
    }

    public List<UnitType> getReporterTypes() {
        return reporterTypes;
    }

    public void setReporterTypes(List<UnitType> reporterTypes) {
        this.reporterTypes = reporterTypes;
    }

    public List<Long> getReporterUnits() {
        return reporterUnits;
    }

    public void setReporterUnits(List<Long> reporterUnits) {
        this.reporterUnits = reporterUnits;
    }
}
