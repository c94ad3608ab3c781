package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import vn.bdg.application.internal.UnitRowsImporter;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.infrastructure.importing.TabularFile;

/**
 * Bulk import of units from an XLSX or CSV file by a SYS_ADMIN: every row is checked, the problems are
 * reported row by row, and nothing is saved unless every row is valid.
 */
@Stateless
public class UnitImportService {

    @Inject
    private UnitRowsImporter importer;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    public ImportResult importUnits(@NotNull Actor actor, @NotNull byte[] content) {
        Set<Long> manageable = access.unitsWithRole(actor, Role.SYS_ADMIN, clock.today());
        if (manageable.isEmpty()) {
            throw new AccessDeniedException();
        }
        return importer.importLines(TabularFile.read(content), unit -> manageable.contains(unit.getId()));
    }
}
