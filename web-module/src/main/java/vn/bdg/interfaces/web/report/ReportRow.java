package vn.bdg.interfaces.web.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.report.CellKey;

/** One indicator on the report form, with the keys of its inputs: overall, and per category. */
public class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One category of a dimension: its label and the keys of its total and female inputs. */
    public record Category(String dimension, String label, String totalKey, String femaleKey) implements Serializable {
        public String getDimension() {
            return dimension;
        }

        public String getLabel() {
            return label;
        }

        public String getTotalKey() {
            return totalKey;
        }

        public String getFemaleKey() {
            return femaleKey;
        }
    }

    private final Indicator indicator;
    private final List<Category> categories = new ArrayList<>();

    ReportRow(Indicator indicator) {
        this.indicator = indicator;
        for (Dimension dimension : indicator.getDimensions()) {
            for (String category : dimension.getCategories()) {
                categories.add(new Category(dimension.getName(), category,
                        new CellKey(indicator.getCode(), dimension.getName(), category, false).toString(),
                        new CellKey(indicator.getCode(), dimension.getName(), category, true).toString()));
            }
        }
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getTotalKey() {
        return CellKey.total(indicator.getCode()).toString();
    }

    public String getFemaleKey() {
        return CellKey.female(indicator.getCode()).toString();
    }

    public List<Category> getCategories() {
        return categories;
    }
}
