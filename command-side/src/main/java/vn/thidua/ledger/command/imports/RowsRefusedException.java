package vn.thidua.ledger.command.imports;

import java.util.List;
import vn.thidua.ledger.api.RefusedException;

/**
 * An imported file refused as a whole, with every problem found in its rows and columns; nothing of it was
 * stored. The problem details list them all as {@code errors} (with {@code row} and {@code column}).
 */
public class RowsRefusedException extends RefusedException {

    private final List<RowProblem> problems;

    public RowsRefusedException(Reason reason, String rule, String message, List<RowProblem> problems) {
        super(reason, rule, problems.isEmpty() ? null : problems.get(0).field(), message);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
