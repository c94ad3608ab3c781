package vn.bdg.application.programme;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorDefinition;
import vn.bdg.domain.model.programme.IndicatorKind;

/**
 * An indicator as edited on screen. Further dimensions are typed one per line as "Name: a | b | c".
 */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    private String code;
    private String taskCode;
    @Size(max = 500)
    private String nameVi;
    @Size(max = 500)
    private String nameEn;
    @Size(max = 40)
    private String unitVi;
    @Size(max = 40)
    private String unitEn;
    private IndicatorKind kind = IndicatorKind.FLOW;
    @Size(max = 500)
    private String formula;
    @Size(max = 20)
    private String shareOf;
    private boolean sexSplit = true;
    @Size(max = 4000)
    private String dimensions;
    private List<UnitType> unitTypes = new ArrayList<>();
    private boolean mandatory;
    private boolean systemComputed;
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max;

    public static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.code = indicator.getCode();
        form.taskCode = indicator.getTaskCode();
        form.nameVi = indicator.getNameVi();
        form.nameEn = indicator.getNameEn();
        form.unitVi = indicator.getUnitVi();
        form.unitEn = indicator.getUnitEn();
        form.kind = indicator.getKind();
        form.formula = indicator.getFormula();
        form.shareOf = indicator.getShareOf();
        form.sexSplit = indicator.isSexSplit();
        form.dimensions = String.join("\n", indicator.getDimensions().stream().map(Dimension::toString).toList());
        form.unitTypes = new ArrayList<>(indicator.getUnitTypes());
        form.mandatory = indicator.isMandatory();
        form.systemComputed = indicator.isSystemComputed();
        form.min = indicator.getMin();
        form.max = indicator.getMax();
        return form;
    }

    public IndicatorDefinition toDefinition() {
        List<Dimension> parsed = new ArrayList<>();
        if (dimensions != null) {
            dimensions.lines().map(String::trim).filter(l -> !l.isEmpty()).map(Dimension::parse).forEach(parsed::add);
        }
        String upperCode = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        return new IndicatorDefinition(upperCode, taskCode, nameVi, nameEn, unitVi, unitEn, kind, formula, shareOf,
                sexSplit, parsed, unitTypes.isEmpty() ? EnumSet.noneOf(UnitType.class) : EnumSet.copyOf(unitTypes),
                mandatory, systemComputed, min, max);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public void setTaskCode(String taskCode) {
        this.taskCode = taskCode;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUnitVi() {
        return unitVi;
    }

    public void setUnitVi(String unitVi) {
        this.unitVi = unitVi;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getShareOf() {
        return shareOf;
    }

    public void setShareOf(String shareOf) {
        this.shareOf = shareOf;
    }

    public boolean isSexSplit() {
        return sexSplit;
    }

    public void setSexSplit(boolean sexSplit) {
        this.sexSplit = sexSplit;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public List<UnitType> getUnitTypes() {
        return unitTypes;
    }

    public void setUnitTypes(List<UnitType> unitTypes) {
        this.unitTypes = unitTypes;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isSystemComputed() {
        return systemComputed;
    }

    public void setSystemComputed(boolean systemComputed) {
        this.systemComputed = systemComputed;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }
}
