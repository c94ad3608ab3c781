package vn.bdg.domain.model.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds a cycle among derived indicators, each formula naming the indicators it is computed from. */
final class FormulaGraph {

    private FormulaGraph() {
    }

    /** A cycle as a path that returns to its first code (A → B → A), or an empty list. */
    static List<String> findCycle(Map<String, Set<String>> uses) {
        Set<String> done = new HashSet<>();
        for (String start : uses.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, uses, done, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return Collections.emptyList();
    }

    private static List<String> visit(String code, Map<String, Set<String>> uses, Set<String> done,
                                      List<String> path) {
        int onPath = path.indexOf(code);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(code);
            return cycle;
        }
        if (done.contains(code)) {
            return Collections.emptyList();
        }
        path.add(code);
        for (String used : uses.getOrDefault(code, Set.of())) {
            List<String> cycle = visit(used, uses, done, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(code);
        return Collections.emptyList();
    }
}
