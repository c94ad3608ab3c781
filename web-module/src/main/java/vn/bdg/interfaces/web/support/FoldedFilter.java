package vn.bdg.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import vn.bdg.domain.shared.SearchKeys;

/**
 * The filter function of table columns whose values are folded search keys: every word typed, its
 * diacritics folded (đ→d), must occur, so "le chan" finds "Lê Chân".
 */
@Named
@ApplicationScoped
public class FoldedFilter {

    /** PrimeFaces' filterFunction signature: the row's value, what was typed, the view's locale. */
    public boolean matches(Object value, Object filter, Locale locale) {
        if (filter == null || filter.toString().isBlank()) {
            return true;
        }
        String key = value == null ? "" : value.toString();
        return SearchKeys.tokens(filter.toString()).stream().allMatch(key::contains);
    }
}
