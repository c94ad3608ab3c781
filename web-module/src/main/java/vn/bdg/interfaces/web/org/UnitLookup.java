package vn.bdg.interfaces.web.org;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.UnitNode;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.interfaces.web.security.UserSession;

/** Suggestions for unit pickers: the person's own visible units matching what they typed, diacritics ignored. */
@Named
@RequestScoped
public class UnitLookup {

    private static final int SUGGESTIONS = 20;

    @Inject
    private OrgService orgService;

    @Inject
    private UserSession session;

    @Inject
    private BusinessClock clock;

    /** Names of the units suggested in this request, so that labelling them asks the database nothing more. */
    private final Map<String, String> names = new HashMap<>();

    /**
     * Codes of matching units. PrimeFaces evaluates the item label on the selected value too, so the
     * values are plain codes and {@link #label} names them.
     */
    public List<String> complete(String text) {
        List<UnitNode> found = orgService.search(session.actor(), text == null ? "" : text, clock.today()).stream()
                .limit(SUGGESTIONS).toList();
        found.forEach(unit -> names.put(unit.code(), unit.name()));
        return found.stream().map(UnitNode::code).toList();
    }

    /** The name of the unit with this code, as the person may see it; the code itself otherwise. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (names.containsKey(code)) {
            return names.get(code);
        }
        try {
            return orgService.unitByCode(session.actor(), code).getName();
        } catch (BusinessException notVisible) {
            return code;
        }
    }
}
