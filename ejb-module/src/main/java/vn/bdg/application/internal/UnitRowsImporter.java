package vn.bdg.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.bdg.application.ImportProblem;
import vn.bdg.application.ImportResult;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.infrastructure.importing.TabularFile.Line;

/**
 * Checks every row of a unit import first and saves only when no row has a problem, so a file is
 * imported whole or not at all. Parents may be existing units or rows earlier in the same file.
 */
@Dependent
public class UnitRowsImporter {

    public static final List<String> COLUMNS = List.of(
            "code", "parent_code", "type", "name", "short_name", "symbol", "address", "email", "valid_from");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    private OrgUnitRepository units;

    private record Row(int number, String code, String parentCode, UnitType type, UnitDescription description,
                       LocalDate validFrom) {
    }

    public ImportResult importLines(List<Line> lines, Predicate<OrgUnit> parentAllowed) {
        List<Line> data = lines.stream().filter(line -> !line.isBlank()).toList();
        if (data.isEmpty()) {
            return refused(new ImportProblem(0, "", "import.error.empty", List.of()));
        }
        Map<String, Integer> header = header(data.get(0));
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : COLUMNS) {
            if (!header.containsKey(column)) {
                problems.add(new ImportProblem(data.get(0).number(), column, "import.error.missingColumn",
                        List.of(column)));
            }
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Row> inFile = new HashMap<>();
        for (Line line : data.subList(1, data.size())) {
            Row row = check(line, header, inFile, parentAllowed, problems);
            if (row != null) {
                rows.add(row);
                inFile.put(row.code(), row);
            }
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        Map<String, OrgUnit> created = new HashMap<>();
        for (Row row : rows) {
            OrgUnit parent = created.containsKey(row.parentCode())
                    ? created.get(row.parentCode())
                    : units.findByCode(row.parentCode()).orElseThrow();
            OrgUnit unit = OrgUnit.found(row.code(), row.type(), row.description(), row.validFrom(), parent);
            units.store(unit);
            created.put(row.code(), unit);
        }
        return new ImportResult(rows.size(), List.of());
    }

    private Row check(Line line, Map<String, Integer> header, Map<String, Row> inFile,
                      Predicate<OrgUnit> parentAllowed, List<ImportProblem> problems) {
        int before = problems.size();
        int n = line.number();
        String code = value(line, header, "code");
        if (code.isEmpty()) {
            problems.add(problem(n, "code", "import.error.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(problem(n, "code", "import.error.codeFormat", code));
        } else if (inFile.containsKey(code)) {
            problems.add(problem(n, "code", "import.error.codeDuplicateInFile", code, inFile.get(code).number()));
        } else if (units.findByCode(code).isPresent()) {
            problems.add(problem(n, "code", "import.error.codeTaken", code));
        }
        UnitType type = null;
        String typeText = value(line, header, "type").toUpperCase(Locale.ROOT);
        try {
            type = UnitType.valueOf(typeText);
        } catch (IllegalArgumentException e) {
            problems.add(problem(n, "type", "import.error.type", typeText));
        }
        String name = value(line, header, "name");
        if (name.isEmpty()) {
            problems.add(problem(n, "name", "import.error.required"));
        }
        checkLength(n, "name", name, 255, problems);
        checkLength(n, "short_name", value(line, header, "short_name"), 120, problems);
        checkLength(n, "symbol", value(line, header, "symbol"), 40, problems);
        checkLength(n, "address", value(line, header, "address"), 255, problems);
        String email = value(line, header, "email");
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 255)) {
            problems.add(problem(n, "email", "import.error.email", email));
        }
        LocalDate validFrom = day(n, value(line, header, "valid_from"), problems);
        String parentCode = value(line, header, "parent_code");
        checkParent(n, parentCode, validFrom, inFile, parentAllowed, problems);
        if (problems.size() > before) {
            return null;
        }
        UnitDescription description = new UnitDescription(name, value(line, header, "short_name"),
                value(line, header, "symbol"), value(line, header, "address"), email);
        return new Row(n, code, parentCode, type, description, validFrom);
    }

    private void checkParent(int n, String parentCode, LocalDate validFrom, Map<String, Row> inFile,
                             Predicate<OrgUnit> parentAllowed, List<ImportProblem> problems) {
        if (parentCode.isEmpty()) {
            problems.add(problem(n, "parent_code", "import.error.required"));
            return;
        }
        Row parentRow = inFile.get(parentCode);
        if (parentRow != null) {
            if (validFrom != null && validFrom.isBefore(parentRow.validFrom())) {
                problems.add(problem(n, "valid_from", "import.error.beforeParent", parentCode));
            }
            return;
        }
        Optional<OrgUnit> parent = units.findByCode(parentCode);
        if (parent.isEmpty()) {
            problems.add(problem(n, "parent_code", "import.error.parentUnknown", parentCode));
        } else if (!parentAllowed.test(parent.get())) {
            problems.add(problem(n, "parent_code", "import.error.parentNotAllowed", parentCode));
        } else if (validFrom != null && !parent.get().isValidOn(validFrom)) {
            problems.add(problem(n, "valid_from", "import.error.parentNotValid", parentCode));
        }
    }

    private static LocalDate day(int n, String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(n, "valid_from", "import.error.required"));
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            problems.add(problem(n, "valid_from", "import.error.date", text));
            return null;
        }
    }

    private static void checkLength(int n, String column, String text, int max, List<ImportProblem> problems) {
        if (text.length() > max) {
            problems.add(problem(n, column, "import.error.tooLong", max));
        }
    }

    private static Map<String, Integer> header(Line line) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < line.cells().size(); i++) {
            header.putIfAbsent(line.cells().get(i).toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').trim(), i);
        }
        return header;
    }

    private static String value(Line line, Map<String, Integer> header, String column) {
        return line.cell(header.get(column));
    }

    private static ImportProblem problem(int row, String column, String key, Object... arguments) {
        return new ImportProblem(row, column, key, List.of(arguments));
    }

    private static ImportResult refused(ImportProblem problem) {
        return refused(List.of(problem));
    }

    private static ImportResult refused(List<ImportProblem> problems) {
        return new ImportResult(0, List.copyOf(problems));
    }
}
