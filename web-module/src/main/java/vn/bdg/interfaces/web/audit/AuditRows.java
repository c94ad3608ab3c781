package vn.bdg.interfaces.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import vn.bdg.domain.model.audit.AuditChange;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.LocaleSwitcher;

/**
 * Audit entries as rows in the reader's language. An entry outlives the code that wrote it, so a
 * message key this version no longer knows shows as the key and its arguments instead of failing,
 * and a field without a label of its own ({@code audit.field.*}) shows by its name (an indicator code).
 */
@RequestScoped
public class AuditRows {

    private static final String FIELD_PREFIX = "audit.field.";

    @Inject
    private LocaleSwitcher locale;

    public List<AuditRow> of(List<AuditEntry> entries) {
        ResourceBundle bundle = ResourceBundle.getBundle(Feedback.BUNDLE, locale.getLocale());
        return entries.stream().map(entry -> row(bundle, entry)).toList();
    }

    private AuditRow row(ResourceBundle bundle, AuditEntry entry) {
        String empty = bundle.getString("audit.empty");
        List<AuditRow.Change> changes = entry.getChanges().stream()
                .map(c -> new AuditRow.Change(label(bundle, c), shown(c.getBefore(), empty), shown(c.getAfter(), empty)))
                .toList();
        Long trailId = entry.getUnitId() == null ? null : entry.getSubjectId();
        return new AuditRow(entry.getId(), entry.getAt(), entry.getActor(), entry.getOrigin(),
                bundle.getString("AuditKind." + entry.getKind()), message(bundle, entry), changes,
                entry.getSubjectType(), trailId);
    }

    private String message(ResourceBundle bundle, AuditEntry entry) {
        Object[] arguments = entry.getArguments().toArray();
        if (!bundle.containsKey(entry.getMessageKey())) {
            return entry.getMessageKey() + " " + String.join(", ", entry.getArguments());
        }
        return new MessageFormat(bundle.getString(entry.getMessageKey()), locale.getLocale()).format(arguments);
    }

    private static String label(ResourceBundle bundle, AuditChange change) {
        String key = FIELD_PREFIX + change.getField();
        return bundle.containsKey(key) ? bundle.getString(key) : change.getField();
    }

    private static String shown(String value, String empty) {
        return value == null || value.isEmpty() ? empty : value;
    }
}
