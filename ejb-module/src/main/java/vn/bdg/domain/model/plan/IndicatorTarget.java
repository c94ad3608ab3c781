package vn.bdg.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** What an activity aims to reach on one indicator of the programme, e.g. BDG-19: 600 lượt người. */
@Embeddable
public class IndicatorTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "indicator_code", nullable = false, length = 20)
    private String indicatorCode;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(String indicatorCode, BigDecimal value) {
        this.indicatorCode = Objects.requireNonNull(indicatorCode, "indicatorCode");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorTarget that && indicatorCode.equals(that.indicatorCode)
                && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return indicatorCode.hashCode();
    }
}
