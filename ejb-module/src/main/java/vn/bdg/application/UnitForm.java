package vn.bdg.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;

/** What is needed to found a unit. */
public record UnitForm(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,40}", message = "{org.error.codeFormat}") String code,
        @NotNull UnitType type,
        @NotNull UnitDescription description,
        @NotNull LocalDate validFrom) implements Serializable {
}
