package vn.bdg.application.report;

import java.util.List;

/**
 * The outcome of uploading a filled-in report workbook: either every cell was imported into the draft
 * (how many hold a value, and how many errors the checks now find), or nothing was, with every problem.
 */
public record WorkbookImport(int cellsWithValues, int checkErrors, List<CellProblem> problems) {

    public WorkbookImport {
        problems = List.copyOf(problems);
    }

    static WorkbookImport refused(List<CellProblem> problems) {
        return new WorkbookImport(0, 0, problems);
    }

    public boolean isImported() {
        return problems.isEmpty();
    }
}
