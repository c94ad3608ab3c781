package vn.bdg.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days on which something holds: from {@code validFrom} up to and including {@code validTo}, or
 * open-ended when {@code validTo} is empty. Used by units and by their parent links.
 */
@Embeddable
public class Validity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Validity() {
    }

    private Validity(LocalDate validFrom, LocalDate validTo) {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new BusinessException("org.error.validityEndsBeforeStart");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public static Validity from(LocalDate validFrom) {
        return new Validity(validFrom, null);
    }

    public static Validity between(LocalDate validFrom, LocalDate validTo) {
        return new Validity(validFrom, validTo);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isOpen() {
        return validTo == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** This validity ended on {@code lastDay}; refused when that is before it started. */
    public Validity endingOn(LocalDate lastDay) {
        return new Validity(validFrom, lastDay);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Validity that
                && validFrom.equals(that.validFrom) && Objects.equals(validTo, that.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo);
    }
}
