package vn.bdg.domain.model.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.BusinessException;

/**
 * A year's gender-equality work programme as the Department's guidance letter sets it out, and the
 * aggregate root of its tasks, its indicator catalogue with validation rules, and its reporting rounds.
 *
 * <p>Life cycle: a CAMPAIGN_ADMIN prepares a {@link ProgrammeStatus#DRAFT}, where everything may change,
 * then {@link #publish}es it to the units expected to report, resolved from the organisation tree of
 * the letter's date. From then on units enter data against the catalogue, so nothing that would change
 * the meaning of entered values is allowed: no indicator, task or round is removed, and an indicator's
 * kind, disaggregation, unit of measure and formula stay as they are. Additions are allowed; each one
 * raises the catalogue version, and the addition remembers the version that introduced it. A programme
 * is copied to the next year as a new draft ({@link #copyForNextYear}); the original never changes.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @Column(name = "programme_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "issuer_unit_id")
    private OrgUnit issuer;

    @Embedded
    private GuidanceLetter letter;

    @ElementCollection
    @CollectionTable(name = "programme_legal_basis", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<LegalBasis> legalBases = new ArrayList<>();

    @Column(length = 2000)
    private String addressees;

    @Column(name = "intermediate_level", nullable = false)
    private boolean intermediateLevel;

    @Column(name = "upward_recipient", length = 500)
    private String upwardRecipient;

    @Column(length = 2000)
    private String distribution;

    @ElementCollection
    @CollectionTable(name = "programme_reporter_type", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", length = 20)
    private Set<UnitType> reporterTypes = EnumSet.noneOf(UnitType.class);

    @ElementCollection
    @CollectionTable(name = "programme_reporter_unit", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "org_unit_id")
    private Set<Long> reporterUnits = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_expected_unit", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "org_unit_id")
    private Set<Long> expectedUnits = new HashSet<>();

    @Column(name = "catalogue_version", nullable = false)
    private int catalogueVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copied_from_id")
    private Programme copiedFrom;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgrammeTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ValidationRule> rules = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportingRound> rounds = new ArrayList<>();

    @Version
    private int version;

    protected Programme() {
    }

    /** A new draft for {@code year} from the Department's letter. */
    public static Programme draft(int year, OrgUnit issuer, GuidanceLetter letter, String createdBy, Instant now) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("programme.error.yearOutOfRange");
        }
        Programme programme = new Programme();
        programme.year = year;
        programme.status = ProgrammeStatus.DRAFT;
        programme.issuer = Objects.requireNonNull(issuer, "issuer");
        programme.letter = Objects.requireNonNull(letter, "letter");
        programme.catalogueVersion = 1;
        programme.createdAt = now;
        programme.createdBy = createdBy;
        return programme;
    }

    // ---- the letter ------------------------------------------------------------------------------

    /**
     * Rewrites the letter and where the consolidated report goes. Whether an intermediate consolidation
     * level exists decides who reports to whom, so it no longer changes once units have the programme.
     */
    public void describe(GuidanceLetter newLetter, String newAddressees, boolean newIntermediateLevel,
                         String newUpwardRecipient, String newDistribution) {
        if (isPublished() && newIntermediateLevel != intermediateLevel) {
            throw new BusinessException("programme.error.publishedLevelChange");
        }
        if (newIntermediateLevel && !intermediateLevel) {
            rounds.stream().filter(r -> r.getDueIntermediate() == null).findFirst().ifPresent(r -> {
                throw new BusinessException("programme.error.intermediateDueRequired", r.getCode());
            });
        }
        letter = Objects.requireNonNull(newLetter, "letter");
        addressees = blankToNull(newAddressees);
        intermediateLevel = newIntermediateLevel;
        upwardRecipient = blankToNull(newUpwardRecipient);
        distribution = blankToNull(newDistribution);
        if (!intermediateLevel) {
            rounds.forEach(r -> r.reschedule(withoutIntermediate(r.definition()), findRound(r.getAddendumToCode()),
                    false));
        }
    }

    private static RoundDefinition withoutIntermediate(RoundDefinition d) {
        return new RoundDefinition(d.code(), d.kind(), d.name(), d.dataFrom(), d.dataTo(), d.dueTop(), null,
                d.addendumTo(), d.taskScope());
    }

    public void citeLegalBases(List<LegalBasis> bases) {
        if (new HashSet<>(bases).size() != bases.size()) {
            throw new BusinessException("programme.error.legalBasisDuplicate");
        }
        legalBases.clear();
        legalBases.addAll(bases);
    }

    /**
     * Who must report: every unit of the given types below the issuer, and the units named. Once
     * published, reporters can only be added.
     */
    public void expectReporters(Set<UnitType> types, Set<Long> unitIds) {
        if (types.isEmpty() && unitIds.isEmpty()) {
            throw new BusinessException("programme.error.reportersRequired");
        }
        if (isPublished() && (!types.containsAll(reporterTypes) || !unitIds.containsAll(reporterUnits))) {
            throw new BusinessException("programme.error.publishedReporterRemoval");
        }
        reporterTypes.clear();
        reporterTypes.addAll(types);
        reporterUnits.clear();
        reporterUnits.addAll(unitIds);
    }

    // ---- tasks -------------------------------------------------------------------------------------

    public ProgrammeTask addTask(String parentCode, String code, String title, String description) {
        String trimmed = code == null ? "" : code.trim();
        if (findTask(trimmed).isPresent()) {
            throw new BusinessException("programme.error.taskCodeDuplicate", trimmed);
        }
        ProgrammeTask parent = parentCode == null || parentCode.isBlank() ? null : task(parentCode);
        ProgrammeTask task = new ProgrammeTask(this, parent, trimmed, title, description, nextPosition(tasks.size()));
        tasks.add(task);
        return task;
    }

    public void describeTask(String code, String title, String description) {
        task(code).describe(title, description);
    }

    public void removeTask(String code) {
        ProgrammeTask task = task(code);
        if (isPublished()) {
            throw new BusinessException("programme.error.publishedTaskRemoval", code);
        }
        if (tasks.stream().anyMatch(t -> t.getParent() == task)) {
            throw new BusinessException("programme.error.taskHasSubtasks", code);
        }
        indicators.stream().filter(i -> i.getTask() == task).findFirst().ifPresent(i -> {
            throw new BusinessException("programme.error.taskHasIndicators", code, i.getCode());
        });
        tasks.remove(task);
    }

    // ---- indicators and rules --------------------------------------------------------------------

    public Indicator addIndicator(IndicatorDefinition definition) {
        if (definition.code() != null && findIndicator(definition.code()).isPresent()) {
            throw new BusinessException("programme.error.indicatorCodeDuplicate", definition.code());
        }
        int since = additionVersion();
        Indicator indicator = new Indicator(this, task(definition.taskCode()), definition, since,
                nextPosition(indicators.size()));
        checkFormula(indicator.getCode(), definition, indicators);
        checkShare(indicator.getCode(), definition, indicators);
        indicators.add(indicator);
        if (hasFemaleWithinTotal(indicator)) {
            addFemaleWithinTotal(indicator, since);
        }
        return indicator;
    }

    /**
     * Changes an indicator. Before publishing anything may change; afterwards only what leaves entered
     * values meaning the same (names, task, who reports, whether mandatory, bounds).
     */
    public void changeIndicator(IndicatorDefinition definition) {
        Indicator indicator = indicator(definition.code());
        if (isPublished()) {
            String change = indicator.structuralChange(definition);
            if (change != null) {
                throw new BusinessException(change, indicator.getCode());
            }
            indicator.redescribe(task(definition.taskCode()), definition);
            return;
        }
        List<Indicator> others = indicators.stream().filter(i -> i != indicator).toList();
        checkFormula(indicator.getCode(), definition, others);
        checkShare(indicator.getCode(), definition, others);
        boolean hadRule = hasFemaleWithinTotal(indicator);
        indicator.redefine(task(definition.taskCode()), definition);
        if (!hadRule && hasFemaleWithinTotal(indicator)) {
            addFemaleWithinTotal(indicator, catalogueVersion);
        }
        if (hadRule && !hasFemaleWithinTotal(indicator)) {
            rules.removeIf(r -> r.getKind() == RuleKind.FEMALE_WITHIN_TOTAL && r.refersTo(indicator.getCode()));
        }
        checkAllRules();
    }

    public void removeIndicator(String code) {
        Indicator indicator = indicator(code);
        if (isPublished()) {
            throw new BusinessException("programme.error.publishedIndicatorRemoval", code);
        }
        for (Indicator other : indicators) {
            Formula formula = other.parsedFormula();
            if (other != indicator && formula != null && formula.codes().contains(indicator.getCode())) {
                throw new BusinessException("programme.error.indicatorUsedInFormula", code, other.getCode());
            }
            if (indicator.getCode().equals(other.getShareOf())) {
                throw new BusinessException("programme.error.indicatorUsedAsShareBase", code, other.getCode());
            }
        }
        rules.removeIf(r -> r.getKind() == RuleKind.FEMALE_WITHIN_TOTAL && r.refersTo(indicator.getCode()));
        rules.stream().filter(r -> r.refersTo(indicator.getCode())).findFirst().ifPresent(r -> {
            throw new BusinessException("programme.error.indicatorUsedInRule", code, r.getExpression());
        });
        indicators.remove(indicator);
    }

    /**
     * Whether women's part of the indicator is bounded by its total. It is for every count split by sex,
     * not for a percentage: the share of women reached may well pass the share of all staff reached.
     */
    private static boolean hasFemaleWithinTotal(Indicator indicator) {
        return indicator.isSexSplit() && !indicator.isShare();
    }

    private void addFemaleWithinTotal(Indicator indicator, int since) {
        Comparison condition = Comparison.parse(indicator.getCode() + ".nu <= " + indicator.getCode());
        if (rules.stream().noneMatch(r -> r.getExpression().equals(condition.toString()))) {
            rules.add(new ValidationRule(this, RuleKind.FEMALE_WITHIN_TOTAL, condition, Severity.ERROR, null, null,
                    since, nextPosition(rules.size())));
        }
    }

    public ValidationRule addRule(RuleKind kind, String expression, Severity severity, String messageVi,
                                  String messageEn) {
        Comparison condition = Comparison.parse(expression);
        checkTerms(condition.codes(), condition.toString());
        checkFemaleTerms(condition.terms());
        if (rules.stream().anyMatch(r -> r.getExpression().equals(condition.toString()))) {
            throw new BusinessException("programme.error.ruleDuplicate", condition.toString());
        }
        ValidationRule rule = new ValidationRule(this, kind, condition, severity, messageVi, messageEn,
                additionVersion(), nextPosition(rules.size()));
        rules.add(rule);
        return rule;
    }

    /** Removing a check never changes entered values, so it is allowed after publishing too. */
    public void removeRule(long ruleId) {
        if (!rules.removeIf(r -> r.getId() != null && r.getId() == ruleId)) {
            throw new BusinessException("programme.error.ruleNotFound");
        }
    }

    private void checkFormula(String code, IndicatorDefinition definition, Collection<Indicator> others) {
        if (definition.formula() == null) {
            return;
        }
        Formula formula = Formula.parse(definition.formula());
        if (formula.codes().contains(code)) {
            throw new BusinessException("programme.error.formulaSelfReference", code);
        }
        Map<String, Indicator> known = new HashMap<>();
        others.forEach(i -> known.put(i.getCode(), i));
        for (String used : formula.codes()) {
            if (!known.containsKey(used)) {
                throw new BusinessException("programme.error.formulaUnknownIndicator", code, used);
            }
        }
        checkFemaleTerms(formula.terms(), known);
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        others.forEach(i -> {
            Formula f = i.parsedFormula();
            uses.put(i.getCode(), f == null ? Set.of() : f.codes());
        });
        uses.put(code, formula.codes());
        List<String> cycle = FormulaGraph.findCycle(uses);
        if (!cycle.isEmpty()) {
            throw new BusinessException("programme.error.formulaCycle", String.join(" → ", cycle));
        }
    }

    /**
     * A percentage's base must be another indicator of the catalogue that units enter as a number (not
     * derived, not yes/no, not a percentage itself), split by sex when the percentage is, so that each
     * part is weighed by the same part of the base.
     */
    private static void checkShare(String code, IndicatorDefinition definition, Collection<Indicator> others) {
        String base = definition.shareOf();
        if (base == null) {
            return;
        }
        Indicator weight = others.stream().filter(i -> i.getCode().equals(base)).findFirst()
                .orElseThrow(() -> new BusinessException("programme.error.shareUnknownBase", code, base));
        if (weight.getKind() == IndicatorKind.DERIVED || weight.getKind() == IndicatorKind.YES_NO || weight.isShare()) {
            throw new BusinessException("programme.error.shareBaseNotCount", code, base);
        }
        if (definition.sexSplit() && !weight.isSexSplit()) {
            throw new BusinessException("programme.error.shareBaseNotSplit", code, base);
        }
    }

    private void checkTerms(Set<String> codes, String expression) {
        for (String used : codes) {
            if (findIndicator(used).isEmpty()) {
                throw new BusinessException("programme.error.ruleUnknownIndicator", expression, used);
            }
        }
    }

    private void checkFemaleTerms(Set<Formula.Term> terms) {
        Map<String, Indicator> known = new HashMap<>();
        indicators.forEach(i -> known.put(i.getCode(), i));
        checkFemaleTerms(terms, known);
    }

    private static void checkFemaleTerms(Set<Formula.Term> terms, Map<String, Indicator> known) {
        for (Formula.Term term : terms) {
            Indicator used = known.get(term.code());
            if (term.female() && used != null && !used.isSexSplit()) {
                throw new BusinessException("programme.error.noFemalePart", term.code());
            }
        }
    }

    private void checkAllRules() {
        for (ValidationRule rule : rules) {
            Comparison condition = rule.condition();
            checkTerms(condition.codes(), rule.getExpression());
            checkFemaleTerms(condition.terms());
        }
    }

    // ---- rounds ------------------------------------------------------------------------------------

    public ReportingRound addRound(RoundDefinition definition) {
        String code = definition.code() == null ? "" : definition.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (findRound(code) != null) {
            throw new BusinessException("programme.error.roundCodeDuplicate", code);
        }
        checkScope(definition);
        ReportingRound round = new ReportingRound(this, definition, addendumTarget(definition), intermediateLevel,
                nextPosition(rounds.size()));
        rounds.add(round);
        return round;
    }

    /** Moves a round's window or due dates or renames it; its extensions stay. */
    public void changeRound(RoundDefinition definition) {
        ReportingRound round = round(definition.code());
        if (isPublished() && round.getKind() != definition.kind()) {
            throw new BusinessException("programme.error.publishedRoundKindChange", round.getCode());
        }
        checkScope(definition);
        round.reschedule(definition, addendumTarget(definition), intermediateLevel);
    }

    public void removeRound(String code) {
        ReportingRound round = round(code);
        if (isPublished()) {
            throw new BusinessException("programme.error.publishedRoundRemoval", round.getCode());
        }
        rounds.stream().filter(r -> round.getCode().equals(r.getAddendumToCode())).findFirst().ifPresent(r -> {
            throw new BusinessException("programme.error.roundHasAddendum", round.getCode(), r.getCode());
        });
        rounds.remove(round);
    }

    private ReportingRound addendumTarget(RoundDefinition definition) {
        if (definition.addendumTo() == null) {
            return null;
        }
        return round(definition.addendumTo());
    }

    private void checkScope(RoundDefinition definition) {
        for (String taskCode : definition.taskScope()) {
            task(taskCode);
        }
    }

    /**
     * Gives an expected unit more time in a round, beyond its due date by its level in the tree.
     * Recorded with who and why, never changed afterwards.
     */
    public RoundExtension extend(String roundCode, OrgUnit unit, java.time.LocalDate until, String reason, String by,
                                 Instant now) {
        if (!isPublished() || !expects(unit.getId())) {
            throw new BusinessException("programme.error.extensionNotExpected", unit.getName());
        }
        ReportingRound round = round(roundCode);
        return round.extend(unit, regularDue(round, unit), until, reason, by, now);
    }

    /**
     * When {@code unit} must report in {@code round} without extensions: a school under a Phòng reports
     * to the Phòng by the intermediate due date when the programme has that level; everybody else
     * reports to the Sở by the top due date.
     */
    public java.time.LocalDate regularDue(ReportingRound round, OrgUnit unit) {
        boolean belowIntermediate = intermediateLevel && round.getDueIntermediate() != null
                && unit.getType() != UnitType.PHONG
                && unit.parentOn(round.getDataTo()).map(p -> p.getType() == UnitType.PHONG).orElse(false);
        return belowIntermediate ? round.getDueIntermediate() : round.getDueTop();
    }

    /** When {@code unit} must report in {@code round}, extensions included. */
    public java.time.LocalDate dueFor(ReportingRound round, OrgUnit unit) {
        return round.dueFor(unit.getId(), regularDue(round, unit));
    }

    // ---- publishing and copying ------------------------------------------------------------------

    /**
     * Publishes the programme to {@code expected}, the units resolved from the reporters on the tree of
     * the letter's date. Needs a numbered letter, tasks, indicators and rounds.
     */
    public void publish(Set<Long> expected, String by, Instant now) {
        if (isPublished()) {
            throw new BusinessException("programme.error.alreadyPublished");
        }
        if (letter.getNumber() == null) {
            throw new BusinessException("programme.error.publishNeedsNumber");
        }
        if (tasks.isEmpty() || indicators.isEmpty() || rounds.isEmpty()) {
            throw new BusinessException("programme.error.publishIncomplete");
        }
        if (expected.isEmpty()) {
            throw new BusinessException("programme.error.publishNoReporters");
        }
        status = ProgrammeStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
        expectedUnits.addAll(expected);
    }

    /** Adds units found expected after publishing (reporters added); returns those that are new. */
    public Set<Long> expectAlso(Set<Long> expected) {
        Set<Long> added = new HashSet<>(expected);
        added.removeAll(expectedUnits);
        expectedUnits.addAll(added);
        return added;
    }

    /**
     * A new draft for the next year with the same letter (unnumbered, dated a year later), reporters,
     * tasks, catalogue and rules, and rounds moved one year. Extensions are not copied.
     */
    public Programme copyForNextYear(String by, Instant now) {
        Programme copy = draft(year + 1, issuer, letter.nextYear(), by, now);
        copy.copiedFrom = this;
        copy.legalBases.addAll(legalBases);
        copy.addressees = addressees;
        copy.intermediateLevel = intermediateLevel;
        copy.upwardRecipient = upwardRecipient;
        copy.distribution = distribution;
        copy.reporterTypes.addAll(reporterTypes);
        copy.reporterUnits.addAll(reporterUnits);
        Map<ProgrammeTask, ProgrammeTask> copiedTasks = new HashMap<>();
        for (ProgrammeTask task : tasks) {
            ProgrammeTask copied = task.copyInto(copy, copiedTasks.get(task.getParent()));
            copiedTasks.put(task, copied);
            copy.tasks.add(copied);
        }
        for (Indicator indicator : indicators) {
            IndicatorDefinition definition = indicator.definition();
            copy.indicators.add(new Indicator(copy, copiedTasks.get(indicator.getTask()), definition, 1,
                    indicator.getPosition()));
        }
        rules.forEach(rule -> copy.rules.add(rule.copyInto(copy)));
        Map<String, ReportingRound> copiedRounds = new HashMap<>();
        for (ReportingRound round : rounds) {
            ReportingRound copied = round.copyInto(copy, copiedRounds.get(round.getAddendumToCode()));
            copiedRounds.put(round.getCode(), copied);
            copy.rounds.add(copied);
        }
        return copy;
    }

    // ---- lookups -----------------------------------------------------------------------------------

    public boolean isPublished() {
        return status == ProgrammeStatus.PUBLISHED;
    }

    public boolean expects(long unitId) {
        return expectedUnits.contains(unitId);
    }

    public Optional<ProgrammeTask> findTask(String code) {
        return tasks.stream().filter(t -> t.getCode().equals(code == null ? null : code.trim())).findFirst();
    }

    public ProgrammeTask task(String code) {
        return findTask(code).orElseThrow(() ->
                new BusinessException("programme.error.taskUnknown", code == null ? "" : code.trim()));
    }

    public Optional<Indicator> findIndicator(String code) {
        return indicators.stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    public Indicator indicator(String code) {
        return findIndicator(code).orElseThrow(() ->
                new BusinessException("programme.error.indicatorUnknown", code == null ? "" : code));
    }

    private ReportingRound findRound(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        return rounds.stream().filter(r -> r.getCode().equals(upper)).findFirst().orElse(null);
    }

    public ReportingRound round(String code) {
        ReportingRound round = findRound(code);
        if (round == null) {
            throw new BusinessException("programme.error.roundUnknown", code == null ? "" : code.trim());
        }
        return round;
    }

    /** The version an addition gets: the current one while drafting, the next one once published. */
    private int additionVersion() {
        if (isPublished()) {
            catalogueVersion++;
        }
        return catalogueVersion;
    }

    private static int nextPosition(int size) {
        return (size + 1) * 10;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String label() {
        return letter.reference() + " (" + year + ")";
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public OrgUnit getIssuer() {
        return issuer;
    }

    public GuidanceLetter getLetter() {
        return letter;
    }

    public List<LegalBasis> getLegalBases() {
        return Collections.unmodifiableList(legalBases);
    }

    public String getAddressees() {
        return addressees;
    }

    public boolean isIntermediateLevel() {
        return intermediateLevel;
    }

    public String getUpwardRecipient() {
        return upwardRecipient;
    }

    public String getDistribution() {
        return distribution;
    }

    public Set<UnitType> getReporterTypes() {
        return Collections.unmodifiableSet(reporterTypes);
    }

    public Set<Long> getReporterUnits() {
        return Collections.unmodifiableSet(reporterUnits);
    }

    public Set<Long> getExpectedUnits() {
        return Collections.unmodifiableSet(expectedUnits);
    }

    public int getCatalogueVersion() {
        return catalogueVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Programme getCopiedFrom() {
        return copiedFrom;
    }

    public List<ProgrammeTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public List<ValidationRule> getRules() {
        return Collections.unmodifiableList(rules);
    }

    public List<ReportingRound> getRounds() {
        return Collections.unmodifiableList(rounds);
    }

    public int getVersion() {
        return version;
    }
}
