package vn.bdg.interfaces.web.board;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bdg.application.board.BoardFilter;
import vn.bdg.application.board.BoardRow;
import vn.bdg.application.board.SubmissionState;
import vn.bdg.application.board.Timeliness;
import vn.bdg.domain.model.org.UnitType;

/**
 * The board's units for a lazy table: each page and its count are asked of the service with the
 * table's column filters (state, timeliness, district, unit type, name) and the page's level, so only
 * one page of rows ever reaches the view. The last filter is kept for the missing list's download.
 */
public class BoardUnits extends LazyDataModel<BoardRow> {

    private static final long serialVersionUID = 1L;

    /** The {@code field} of each filtering column of the table. */
    static final String STATE = "state";
    static final String TIMELINESS = "timeliness";
    static final String DISTRICT = "district";
    static final String UNIT_TYPE = "unitType";
    static final String NAME = "unitName";

    private final BoardBacking board;
    private BoardFilter filter = BoardFilter.all();

    BoardUnits(BoardBacking board) {
        this.board = board;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        filter = filterOf(filterBy);
        return (int) board.count(filter);
    }

    @Override
    public List<BoardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        filter = filterOf(filterBy);
        return board.rows(filter, first, pageSize);
    }

    @Override
    public String getRowKey(BoardRow row) {
        return String.valueOf(row.getUnitId());
    }

    /** The filter the table showed last, with the page's current level. */
    BoardFilter currentFilter() {
        return filter.withLevel(board.getLevel());
    }

    private BoardFilter filterOf(Map<String, FilterMeta> filterBy) {
        String state = value(filterBy, STATE);
        String timeliness = value(filterBy, TIMELINESS);
        String district = value(filterBy, DISTRICT);
        String unitType = value(filterBy, UNIT_TYPE);
        return new BoardFilter(board.getLevel(),
                state == null ? null : SubmissionState.valueOf(state),
                timeliness == null ? null : Timeliness.valueOf(timeliness),
                district == null ? null : Long.valueOf(district),
                unitType == null ? null : UnitType.valueOf(unitType),
                value(filterBy, NAME));
    }

    /** What was chosen or typed in the filter of the column with this field, or null when it does not filter. */
    private static String value(Map<String, FilterMeta> filterBy, String field) {
        for (FilterMeta meta : filterBy.values()) {
            if (field.equals(meta.getField()) && meta.getFilterValue() != null) {
                String value = meta.getFilterValue().toString().trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
