package vn.bdg.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.VietnameseNumber;

/** Formats and choice lists shared by the pages: Vietnamese dates (dd/MM/yyyy, HH:mm dd/MM/yyyy) and enum values. */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessClock.ZONE);

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    /** A number as Vietnamese write it: "1.234,5" (thousands with dots, decimals with a comma). */
    public String number(BigDecimal value) {
        return VietnameseNumber.format(value);
    }

    /** A change with its sign always shown: "+1.234,5", "-2,25", "0". */
    public String signed(BigDecimal value) {
        return VietnameseNumber.formatSigned(value);
    }

    /** A file size as people read it: "512 B", "34,5 KB", "2,1 MB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        BigDecimal kilobytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024),
                1, RoundingMode.HALF_UP);
        if (bytes < 1024 * 1024) {
            return number(kilobytes) + " KB";
        }
        return number(kilobytes.divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP)) + " MB";
    }

    public List<UnitType> getUnitTypes() {
        return List.of(UnitType.values());
    }

    /** The unit types that may be asked to report: all but the Sở and its own offices. */
    public List<UnitType> getReportingUnitTypes() {
        return java.util.Arrays.stream(UnitType.values())
                .filter(t -> t != UnitType.SO && t != UnitType.SO_OFFICE).toList();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }
}
