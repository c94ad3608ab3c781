package vn.bdg.application;

import java.io.Serializable;
import java.util.List;

/** The outcome of an import: either every row was saved, or none was and {@code problems} says why. */
public record ImportResult(int imported, List<ImportProblem> problems) implements Serializable {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
