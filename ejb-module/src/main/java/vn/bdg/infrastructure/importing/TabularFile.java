package vn.bdg.infrastructure.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.bdg.domain.shared.BusinessException;

/**
 * Reads the rows of an uploaded table, whatever its name says: an XLSX workbook (first sheet) when the
 * content is a ZIP container, otherwise UTF-8 CSV (comma or semicolon, as Excel writes it in a
 * Vietnamese locale). Every cell comes back as trimmed text; dates in XLSX cells as dd/MM/yyyy.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A row as it appears in the file; {@code number} counts from 1 as spreadsheet programs do. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private TabularFile() {
    }

    public static List<Line> read(byte[] content) {
        if (content.length == 0) {
            throw new BusinessException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<Line> lines = startsWith(content, ZIP_MAGIC) ? readXlsx(content) : readCsv(content);
        if (lines.size() > MAX_ROWS) {
            throw new BusinessException("import.error.tooManyRows", MAX_ROWS);
        }
        return lines;
    }

    private static List<Line> readCsv(byte[] content) {
        String text = decodeUtf8(content);
        if (text.indexOf('\0') >= 0) {
            throw new BusinessException("import.error.unknownFormat");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<Line> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(value.trim()));
                lines.add(new Line((int) parser.getCurrentLineNumber(), cells));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BusinessException("import.error.csvMalformed", e.getMessage());
        }
        return renumber(lines);
    }

    private static List<Line> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("import.error.unknownFormat");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LocalDate.from(cell.getLocalDateTimeCellValue()).format(DAY)
                    : numberText(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String numberText(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String decodeUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("import.error.notUtf8");
        }
    }

    /** CSV line numbers from the parser count physical lines after the record; number records instead. */
    private static List<Line> renumber(List<Line> lines) {
        List<Line> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Line(i + 1, lines.get(i).cells()));
        }
        return numbered;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
