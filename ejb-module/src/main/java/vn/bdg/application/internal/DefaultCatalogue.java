package vn.bdg.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.IndicatorDefinition;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RuleKind;
import vn.bdg.domain.model.programme.Severity;

/**
 * The default catalogue shipped with the product (domain §1.5): the task structure of a guidance
 * letter like 571/SGDĐT-CTrTT, the 60 BDG indicators and their cross-indicator rules, read from CSV
 * files in {@code catalogue/}. Loading it into a programme goes through the programme's own checks, as
 * if each line were entered by hand.
 */
public final class DefaultCatalogue {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private DefaultCatalogue() {
    }

    /** Adds the tasks the programme lacks, then every indicator and rule it lacks. */
    public static int loadInto(Programme programme) {
        int added = 0;
        for (CSVRecord task : read("/catalogue/default-tasks.csv")) {
            if (programme.findTask(task.get("code")).isEmpty()) {
                programme.addTask(task.get("parent"), task.get("code"), task.get("title"), task.get("description"));
            }
        }
        for (IndicatorDefinition definition : indicators()) {
            if (programme.findIndicator(definition.code()).isEmpty()) {
                programme.addIndicator(definition);
                added++;
            }
        }
        for (CSVRecord rule : read("/catalogue/default-rules.csv")) {
            String expression = rule.get("expression");
            boolean present = programme.getRules().stream()
                    .anyMatch(r -> r.getExpression().equals(vn.bdg.domain.model.programme.Comparison.parse(expression)
                            .toString()));
            if (!present) {
                programme.addRule(RuleKind.valueOf(rule.get("kind")), expression, Severity.valueOf(rule.get("severity")),
                        rule.get("message_vi"), rule.get("message_en"));
            }
        }
        return added;
    }

    public static List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (CSVRecord row : read("/catalogue/default-indicators.csv")) {
            List<Dimension> dimensions = new ArrayList<>();
            String dimensionText = row.get("dimensions");
            if (!dimensionText.isBlank()) {
                Arrays.stream(dimensionText.split(" ; ")).map(Dimension::parse).forEach(dimensions::add);
            }
            Set<UnitType> types = EnumSet.noneOf(UnitType.class);
            Arrays.stream(row.get("unit_types").trim().split("\\s+")).map(UnitType::valueOf).forEach(types::add);
            definitions.add(new IndicatorDefinition(row.get("code"), row.get("task"), row.get("name_vi"),
                    row.get("name_en"), row.get("unit_vi"), row.get("unit_en"), IndicatorKind.valueOf(row.get("kind")),
                    row.get("formula"), row.get("share_of"), Boolean.parseBoolean(row.get("sex_split")), dimensions, types,
                    Boolean.parseBoolean(row.get("mandatory")), Boolean.parseBoolean(row.get("system_computed")),
                    decimal(row.get("min")), decimal(row.get("max"))));
        }
        return definitions;
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = DefaultCatalogue.class.getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
