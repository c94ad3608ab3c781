package vn.bdg.interfaces.web.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A trail as PrimeFaces pages it: only the rows on screen are read, newest first, however long the
 * trail. The page owning the table says how to count and read a page; sorting and filtering are not
 * offered, because the trail's indexes serve exactly that one order.
 */
public class AuditTable extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    /** How the owning page counts its trail and reads one page of it. */
    public interface Source extends Serializable {

        long count();

        List<AuditRow> page(int first, int max);
    }

    private final Source source;

    public AuditTable(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(first, pageSize);
    }

    @Override
    public String getRowKey(AuditRow row) {
        return String.valueOf(row.getId());
    }
}
