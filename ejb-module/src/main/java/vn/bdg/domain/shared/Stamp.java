package vn.bdg.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did something and when, as kept on a record: created, last changed, issued, submitted. Each use
 * maps the two columns to its own names.
 */
@Embeddable
public class Stamp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "by_user", length = 60)
    private String by;

    @Column(name = "at_time")
    private Instant at;

    protected Stamp() {
    }

    private Stamp(String by, Instant at) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    public static Stamp of(String by, Instant at) {
        return new Stamp(by, at);
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
