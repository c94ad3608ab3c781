package vn.bdg.domain.model.programme;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Objects;

/**
 * A check every report of the programme must pass, written as a {@link Comparison} over indicator
 * values; an {@link Severity#ERROR} blocks submission, a {@link Severity#WARNING} is only shown. The
 * messages, when given, say in each language what to fix. Part of the {@link Programme} aggregate.
 */
@Entity
@Table(name = "validation_rule")
public class ValidationRule {

    @Id
    @SequenceGenerator(name = "validation_rule_seq", sequenceName = "validation_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "validation_rule_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RuleKind kind;

    @Column(nullable = false, length = 500)
    private String expression;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "message_vi", length = 500)
    private String messageVi;

    @Column(name = "message_en", length = 500)
    private String messageEn;

    @Column(name = "since_version", nullable = false)
    private int sinceVersion;

    @Column(nullable = false)
    private int position;

    /** The expression parsed once: every rule is checked at every save of every report. It never changes. */
    @Transient
    private transient Comparison condition;

    protected ValidationRule() {
    }

    ValidationRule(Programme programme, RuleKind kind, Comparison condition, Severity severity, String messageVi,
                   String messageEn, int sinceVersion, int position) {
        this.programme = programme;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.expression = condition.toString();
        this.severity = Objects.requireNonNull(severity, "severity");
        this.messageVi = blankToNull(messageVi);
        this.messageEn = blankToNull(messageEn);
        this.sinceVersion = sinceVersion;
        this.position = position;
    }

    ValidationRule copyInto(Programme target) {
        return new ValidationRule(target, kind, condition(), severity, messageVi, messageEn, 1, position);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Comparison condition() {
        if (condition == null) {
            condition = Comparison.parse(expression);
        }
        return condition;
    }

    public boolean refersTo(String indicatorCode) {
        return condition().codes().contains(indicatorCode);
    }

    public Long getId() {
        return id;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getExpression() {
        return expression;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessageVi() {
        return messageVi;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public int getSinceVersion() {
        return sinceVersion;
    }

    public int getPosition() {
        return position;
    }
}
