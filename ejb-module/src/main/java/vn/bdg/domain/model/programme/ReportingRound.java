package vn.bdg.domain.model.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.shared.BusinessException;

/**
 * A reporting round of a programme: its data window (what period the figures cover, Decree 09 by
 * default), its due dates per consolidation level, whether units may enter data, and the per-unit
 * extensions granted. The due dates are deliberately independent of the window: in 2020 the letter's
 * deadlines fell before the Decree 09 cut-offs. A report is due "by the end of" its due day. Part of the
 * {@link Programme} aggregate.
 */
@Entity
@Table(name = "reporting_round")
public class ReportingRound {

    @Id
    @SequenceGenerator(name = "reporting_round_seq", sequenceName = "reporting_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_round_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "data_from", nullable = false)
    private LocalDate dataFrom;

    @Column(name = "data_to", nullable = false)
    private LocalDate dataTo;

    @Column(name = "due_top", nullable = false)
    private LocalDate dueTop;

    @Column(name = "due_intermediate")
    private LocalDate dueIntermediate;

    @Column(name = "open_for_entry", nullable = false)
    private boolean open;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "addendum_to_id")
    private ReportingRound addendumTo;

    @Column(name = "task_scope", length = 200)
    private String taskScope;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    @OrderBy("grantedAt")
    private List<RoundExtension> extensions = new ArrayList<>();

    protected ReportingRound() {
    }

    ReportingRound(Programme programme, RoundDefinition definition, ReportingRound addendumTo,
                   boolean intermediateLevel, int position) {
        if (definition.code() == null || !definition.code().trim().matches("[A-Za-z0-9-]{1,20}")) {
            throw new BusinessException("programme.error.roundCodeFormat",
                    definition.code() == null ? "" : definition.code().trim());
        }
        this.programme = programme;
        this.code = definition.code().trim().toUpperCase(java.util.Locale.ROOT);
        this.kind = Objects.requireNonNull(definition.kind(), "kind");
        this.position = position;
        this.open = true;
        reschedule(definition, addendumTo, intermediateLevel);
    }

    /** Changes the name, the window, the due dates and the scope, keeping the extensions granted. */
    void reschedule(RoundDefinition definition, ReportingRound newAddendumTo, boolean intermediateLevel) {
        if (definition.name() == null || definition.name().isBlank()) {
            throw new BusinessException("programme.error.roundNameRequired", code);
        }
        if (definition.dataFrom() == null || definition.dataTo() == null || definition.dueTop() == null) {
            throw new BusinessException("programme.error.roundDatesRequired", code);
        }
        if (definition.dataTo().isBefore(definition.dataFrom())) {
            throw new BusinessException("programme.error.windowEndsBeforeStart", code);
        }
        checkDue(definition.dueTop(), definition.dataFrom());
        LocalDate intermediate = intermediateLevel ? definition.dueIntermediate() : null;
        if (intermediateLevel && intermediate == null) {
            throw new BusinessException("programme.error.intermediateDueRequired", code);
        }
        if (intermediate != null) {
            checkDue(intermediate, definition.dataFrom());
            if (intermediate.isAfter(definition.dueTop())) {
                throw new BusinessException("programme.error.intermediateDueAfterTop", code);
            }
        }
        if (kind == RoundKind.ADDENDUM) {
            if (newAddendumTo == null) {
                throw new BusinessException("programme.error.addendumNeedsRound", code);
            }
            if (newAddendumTo.kind == RoundKind.ADDENDUM || newAddendumTo == this) {
                throw new BusinessException("programme.error.addendumOfAddendum", code);
            }
        } else if (newAddendumTo != null) {
            throw new BusinessException("programme.error.addendumOnlyForAddendum", code);
        }
        this.name = definition.name().trim();
        this.dataFrom = definition.dataFrom();
        this.dataTo = definition.dataTo();
        this.dueTop = definition.dueTop();
        this.dueIntermediate = intermediate;
        this.addendumTo = newAddendumTo;
        this.taskScope = definition.taskScope().isEmpty() ? null
                : String.join(" ", definition.taskScope().stream().sorted().toList());
    }

    private void checkDue(LocalDate due, LocalDate windowOpens) {
        if (due.isBefore(windowOpens)) {
            throw new BusinessException("programme.error.dueBeforeWindow", code);
        }
    }

    /** The same round one year later, without extensions. */
    ReportingRound copyInto(Programme target, ReportingRound copiedAddendumTo) {
        ReportingRound copy = new ReportingRound();
        copy.programme = target;
        copy.code = code;
        copy.kind = kind;
        copy.name = name.replace(String.valueOf(dataTo.getYear()), String.valueOf(dataTo.getYear() + 1));
        copy.dataFrom = dataFrom.plusYears(1);
        copy.dataTo = dataTo.plusYears(1);
        copy.dueTop = dueTop.plusYears(1);
        copy.dueIntermediate = dueIntermediate == null ? null : dueIntermediate.plusYears(1);
        copy.open = true;
        copy.addendumTo = copiedAddendumTo;
        copy.taskScope = taskScope;
        copy.position = position;
        return copy;
    }

    public void openForEntry() {
        open = true;
    }

    public void closeForEntry() {
        open = false;
    }

    /**
     * Grants {@code unit} until the end of {@code until}; {@code regularDue} is the unit's due date
     * without extensions. Earlier extensions stay on record; the latest granted one counts.
     */
    RoundExtension extend(OrgUnit unit, LocalDate regularDue, LocalDate until, String reason, String grantedBy,
                          Instant now) {
        if (until == null || !until.isAfter(regularDue)) {
            throw new BusinessException("programme.error.extensionNotAfterDue", code, regularDue);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("programme.error.extensionReasonRequired");
        }
        RoundExtension extension = new RoundExtension(this, unit, until, reason.trim(), grantedBy, now);
        extensions.add(extension);
        return extension;
    }

    /** The due date of a unit: {@code regularDue} or its latest extension. */
    public LocalDate dueFor(long unitId, LocalDate regularDue) {
        return latestExtension(unitId).map(RoundExtension::getUntil).orElse(regularDue);
    }

    public Optional<RoundExtension> latestExtension(long unitId) {
        return extensions.stream()
                .filter(e -> e.getUnit().getId() == unitId)
                .max(Comparator.comparing(RoundExtension::getGrantedAt));
    }

    public Set<String> taskScopeCodes() {
        return taskScope == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(taskScope.split(" ")));
    }

    /** Whether the round asks about the task (an empty scope covers every task). */
    public boolean covers(String taskCode) {
        Set<String> scope = taskScopeCodes();
        return scope.isEmpty() || scope.stream().anyMatch(s -> taskCode.equals(s) || taskCode.startsWith(s + "."));
    }

    RoundDefinition definition() {
        return new RoundDefinition(code, kind, name, dataFrom, dataTo, dueTop, dueIntermediate,
                addendumTo == null ? null : addendumTo.code, taskScopeCodes());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public RoundKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDataFrom() {
        return dataFrom;
    }

    public LocalDate getDataTo() {
        return dataTo;
    }

    public LocalDate getDueTop() {
        return dueTop;
    }

    public LocalDate getDueIntermediate() {
        return dueIntermediate;
    }

    public boolean isOpen() {
        return open;
    }

    public String getAddendumToCode() {
        return addendumTo == null ? null : addendumTo.code;
    }

    public String getTaskScope() {
        return taskScope;
    }

    public int getPosition() {
        return position;
    }

    public List<RoundExtension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }
}
