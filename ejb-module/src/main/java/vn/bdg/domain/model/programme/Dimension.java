package vn.bdg.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.SearchKeys;

/**
 * A further breakdown of an indicator besides Tổng and Nữ, with its categories in the order the form
 * shows them: "Nhóm: CBQL | GV | NV".
 */
@Embeddable
public class Dimension implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "|";

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 2000)
    private String categories;

    protected Dimension() {
    }

    public Dimension(String name, List<String> categoryList) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("programme.error.dimensionNameRequired");
        }
        List<String> cleaned = categoryList.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
        if (cleaned.size() < 2) {
            throw new BusinessException("programme.error.dimensionNeedsCategories", name.trim());
        }
        Set<String> seen = new HashSet<>();
        for (String category : cleaned) {
            if (!seen.add(SearchKeys.fold(category).toLowerCase(Locale.ROOT))) {
                throw new BusinessException("programme.error.dimensionDuplicateCategory", name.trim(), category);
            }
        }
        this.name = name.trim();
        this.categories = String.join(SEPARATOR, cleaned);
    }

    /** Reads "Name: a | b | c". */
    public static Dimension parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new BusinessException("programme.error.dimensionFormat", text.trim());
        }
        return new Dimension(text.substring(0, colon), Arrays.asList(text.substring(colon + 1).split("\\|")));
    }

    public String getName() {
        return name;
    }

    public List<String> getCategories() {
        return List.of(categories.split("\\" + SEPARATOR));
    }

    /** "Name: a | b | c", the form {@link #parse} reads. */
    @Override
    public String toString() {
        return name + ": " + String.join(" | ", getCategories());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimension that && name.equals(that.name) && categories.equals(that.categories);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + categories.hashCode();
    }
}
