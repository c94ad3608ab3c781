package vn.bdg.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bdg.domain.model.evidence.EvidenceType;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent.Problem;

/**
 * Reads an uploaded report form back into keyed values, whatever program saved it last (Excel,
 * LibreOffice Calc). What the file is, is decided by its content, never by its name. A bad file never
 * throws: it comes back as problems, with no entries when the file cannot be ours at all.
 *
 * <p>Against zip bombs, POI's {@code ZipSecureFile} limits on inflation ratio and entry size apply
 * while the package is opened; on top of that the upload is capped in bytes and each sheet in rows.
 */
public final class ReportWorkbookReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;


    private ReportWorkbookReader() {
    }

    public static WorkbookContent read(byte[] bytes) {
        if (bytes != null && bytes.length > MAX_BYTES) {
            return refused(Problem.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        // Judged by content, the same way as evidence files: a ZIP whose main part is a workbook.
        if (bytes == null || EvidenceType.sniff(bytes).filter(type -> type == EvidenceType.XLSX).isEmpty()) {
            return refused(Problem.NOT_XLSX);
        }
        OPCPackage container;
        try {
            container = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return refused(Problem.NOT_XLSX);
        }
        try {
            return new UploadedForm(new XSSFWorkbook(container), MAX_ROWS).content();
        } catch (IOException | RuntimeException e) {
            // POI reports damaged XML through many unchecked exceptions; to the user they all mean the same.
            return refused(Problem.NOT_XLSX);
        } finally {
            container.revert();
        }
    }

    private static WorkbookContent refused(String messageKey, Object... arguments) {
        return new WorkbookContent(null, List.of(), List.of(Problem.ofFile(messageKey, arguments)));
    }
}
