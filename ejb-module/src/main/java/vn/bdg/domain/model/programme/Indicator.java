package vn.bdg.domain.model.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.BusinessException;

/**
 * An indicator of a programme's catalogue (domain §1.5): what is counted, in which unit of measure
 * ("người" is not "lượt người"), how it behaves over time ({@link IndicatorKind}), how it is broken down
 * (Tổng and Trong đó Nữ, plus further {@link Dimension}s), the task it reports on and the unit types
 * that must report it. {@code sinceVersion} is the catalogue version that introduced it. Part of the
 * {@link Programme} aggregate.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private ProgrammeTask task;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 500)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 500)
    private String nameEn;

    @Column(name = "unit_vi", nullable = false, length = 40)
    private String unitVi;

    @Column(name = "unit_en", nullable = false, length = 40)
    private String unitEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IndicatorKind kind;

    @Column(length = 500)
    private String formula;

    /** The indicator whose figure weighs this percentage when units are consolidated; null for others. */
    @Column(name = "share_of", length = 20)
    private String shareOf;

    @Column(name = "sex_split", nullable = false)
    private boolean sexSplit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    private List<Dimension> dimensions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_unit_type", joinColumns = @JoinColumn(name = "indicator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", length = 20)
    private Set<UnitType> unitTypes = EnumSet.noneOf(UnitType.class);

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "system_computed", nullable = false)
    private boolean systemComputed;

    @Column(name = "min_value", precision = 19, scale = 4)
    private BigDecimal min;

    @Column(name = "max_value", precision = 19, scale = 4)
    private BigDecimal max;

    @Column(name = "since_version", nullable = false)
    private int sinceVersion;

    @Column(nullable = false)
    private int position;

    /** The formula parsed once it is read (derived values are computed at every save); reset when it changes. */
    @Transient
    private transient Formula parsedFormula;

    protected Indicator() {
    }

    Indicator(Programme programme, ProgrammeTask task, IndicatorDefinition definition, int sinceVersion,
              int position) {
        if (!IndicatorCode.isValid(definition.code())) {
            throw new BusinessException("programme.error.indicatorCodeFormat",
                    definition.code() == null ? "" : definition.code());
        }
        this.programme = programme;
        this.code = definition.code();
        this.sinceVersion = sinceVersion;
        this.position = position;
        this.kind = Objects.requireNonNull(definition.kind(), "kind");
        this.formula = definition.formula();
        this.parsedFormula = null;
        this.shareOf = definition.shareOf();
        this.sexSplit = definition.sexSplit();
        this.dimensions = new ArrayList<>(definition.dimensions());
        this.unitVi = required(definition.unitVi(), "programme.error.indicatorUnitRequired");
        this.unitEn = required(definition.unitEn(), "programme.error.indicatorUnitRequired");
        this.systemComputed = definition.systemComputed();
        checkShape();
        redescribe(task, definition);
    }

    /** Changes what does not alter the meaning of entered values: names, task, who reports, bounds. */
    void redescribe(ProgrammeTask newTask, IndicatorDefinition definition) {
        this.task = Objects.requireNonNull(newTask, "task");
        this.nameVi = required(definition.nameVi(), "programme.error.indicatorNameRequired");
        this.nameEn = required(definition.nameEn(), "programme.error.indicatorNameRequired");
        if (definition.unitTypes().isEmpty()) {
            throw new BusinessException("programme.error.indicatorUnitTypesRequired", code);
        }
        this.unitTypes = EnumSet.copyOf(definition.unitTypes());
        this.mandatory = definition.mandatory() && !definition.systemComputed();
        this.systemComputed = definition.systemComputed();
        if (definition.min() != null && definition.max() != null && definition.min().compareTo(definition.max()) > 0) {
            throw new BusinessException("programme.error.indicatorMinAboveMax", code);
        }
        this.min = definition.min();
        this.max = definition.max();
    }

    /** Replaces the structure too; only allowed before the catalogue is published. */
    void redefine(ProgrammeTask newTask, IndicatorDefinition definition) {
        this.kind = Objects.requireNonNull(definition.kind(), "kind");
        this.formula = definition.formula();
        this.parsedFormula = null;
        this.shareOf = definition.shareOf();
        this.sexSplit = definition.sexSplit();
        this.dimensions = new ArrayList<>(definition.dimensions());
        this.unitVi = required(definition.unitVi(), "programme.error.indicatorUnitRequired");
        this.unitEn = required(definition.unitEn(), "programme.error.indicatorUnitRequired");
        this.systemComputed = definition.systemComputed();
        checkShape();
        redescribe(newTask, definition);
    }

    /**
     * The message key naming the first structural difference between this indicator and {@code definition}
     * (kind, disaggregation, unit of measure, formula), or null when only descriptions differ. Such a
     * difference would change the meaning of values units have already entered.
     */
    String structuralChange(IndicatorDefinition definition) {
        if (kind != definition.kind()) {
            return "programme.error.publishedKindChange";
        }
        if (sexSplit != definition.sexSplit() || !dimensions.equals(definition.dimensions())) {
            return "programme.error.publishedDisaggregationChange";
        }
        if (!unitVi.equals(trim(definition.unitVi())) || !unitEn.equals(trim(definition.unitEn()))) {
            return "programme.error.publishedUnitChange";
        }
        if (!Objects.equals(formula, definition.formula())) {
            return "programme.error.publishedFormulaChange";
        }
        if (!Objects.equals(shareOf, definition.shareOf())) {
            return "programme.error.publishedShareChange";
        }
        return null;
    }

    IndicatorDefinition definition() {
        return new IndicatorDefinition(code, task.getCode(), nameVi, nameEn, unitVi, unitEn, kind, formula, shareOf,
                sexSplit, dimensions, unitTypes, mandatory, systemComputed, min, max);
    }

    private void checkShape() {
        if (kind == IndicatorKind.DERIVED) {
            if (formula == null && !systemComputed) {
                throw new BusinessException("programme.error.derivedNeedsFormula", code);
            }
            if (sexSplit || !dimensions.isEmpty()) {
                throw new BusinessException("programme.error.derivedNotDisaggregated", code);
            }
        } else if (formula != null) {
            throw new BusinessException("programme.error.formulaOnlyForDerived", code);
        }
        if (shareOf != null && (kind == IndicatorKind.DERIVED || kind == IndicatorKind.YES_NO)) {
            throw new BusinessException("programme.error.shareOnlyForEntered", code);
        }
        if (kind == IndicatorKind.YES_NO && (sexSplit || !dimensions.isEmpty())) {
            throw new BusinessException("programme.error.yesNoNotDisaggregated", code);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Dimension dimension : dimensions) {
            if (!names.add(dimension.getName().toLowerCase(Locale.ROOT))) {
                throw new BusinessException("programme.error.dimensionDuplicate", code, dimension.getName());
            }
        }
    }

    private String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key, code);
        }
        return value.trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public boolean appliesTo(UnitType type) {
        return unitTypes.contains(type);
    }

    public Formula parsedFormula() {
        if (formula != null && parsedFormula == null) {
            parsedFormula = Formula.parse(formula);
        }
        return parsedFormula;
    }

    public Long getId() {
        return id;
    }

    public ProgrammeTask getTask() {
        return task;
    }

    public String getTaskCode() {
        return task.getCode();
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnitVi() {
        return unitVi;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getFormula() {
        return formula;
    }

    /** The code of the indicator this percentage is a share of, or null. */
    public String getShareOf() {
        return shareOf;
    }

    /** Whether units enter this as a percentage of another indicator, so that it is weighed, never summed. */
    public boolean isShare() {
        return shareOf != null;
    }

    public boolean isSexSplit() {
        return sexSplit;
    }

    public List<Dimension> getDimensions() {
        return Collections.unmodifiableList(dimensions);
    }

    public Set<UnitType> getUnitTypes() {
        return Collections.unmodifiableSet(unitTypes);
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public boolean isSystemComputed() {
        return systemComputed;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public int getSinceVersion() {
        return sinceVersion;
    }

    public int getPosition() {
        return position;
    }
}
