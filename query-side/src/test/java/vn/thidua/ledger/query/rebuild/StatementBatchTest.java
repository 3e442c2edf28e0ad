package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order a batch sends its statements in (sending them is tested against PostgreSQL in ops). */
class StatementBatchTest {

    private static final String TIMELINE = "INSERT INTO timeline (position) VALUES (?) ON CONFLICT DO NOTHING";
    private static final String EVALUATION =
            "INSERT INTO evaluation (id, position) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String SUPERSEDE = "UPDATE evaluation SET superseded = ? WHERE id = ? AND position < ?";

    private final StatementBatch batch = new StatementBatch(new HashMap<>());

    /** Each step as its table and the first parameters of its rows, or its first word and last parameter. */
    private List<String> steps() {
        return batch.steps().stream().map(step -> {
            if (step instanceof StatementBatch.Rows rows) {
                return rows.insert().table() + " " + rows.rows().stream().map(row -> String.valueOf(row[0]))
                        .collect(Collectors.joining(","));
            }
            StatementBatch.Single single = (StatementBatch.Single) step;
            return single.sql().substring(0, single.sql().indexOf(' ')) + " "
                    + single.params()[single.params().length - 1];
        }).toList();
    }

    @Test
    void insertsOfTheSameSqlGoTogetherInTheirOrder() {
        batch.insert(TIMELINE, 1L);
        batch.insert(EVALUATION, "e1", 1L);
        batch.insert(TIMELINE, 2L);
        batch.insert(EVALUATION, "e2", 2L);
        batch.handled(1);
        batch.handled(2);

        assertThat(steps()).containsExactly("timeline 1,2", "evaluation e1,e2");
        assertThat(batch.events()).isEqualTo(2);
        assertThat(batch.lastPosition()).isEqualTo(2);
    }

    @Test
    void aStatementComesAfterTheInsertsBeforeItAndBeforeThoseAfterIt() {
        batch.insert(EVALUATION, "e1", 1L);
        batch.insert(TIMELINE, 2L);
        batch.execute(SUPERSEDE, 3L, "e1", 4L);
        batch.insert(EVALUATION, "e1", 3L);
        batch.insert(TIMELINE, 3L);

        assertThat(steps()).containsExactly("evaluation e1", "timeline 2", "UPDATE 4", "evaluation e1",
                "timeline 3");
    }

    @Test
    void anotherInsertIntoTheSameTableKeepsTheTablesRowsInOrder() {
        String other = "INSERT INTO timeline (position, note) VALUES (?, 'x') ON CONFLICT DO NOTHING";
        batch.insert(TIMELINE, 1L);
        batch.insert(EVALUATION, "e1", 1L);
        batch.insert(other, 2L);
        batch.insert(TIMELINE, 3L);
        batch.insert(EVALUATION, "e3", 3L);

        assertThat(steps()).containsExactly("timeline 1", "evaluation e1,e3", "timeline 2", "timeline 3");
    }

    @Test
    void statementsThatCannotGoTogetherGoAlone() {
        String correction =
                "INSERT INTO audit (id, corrects) VALUES (?, (SELECT min(position) FROM audit WHERE id = ?))";
        batch.insert(correction, "a", "b");
        batch.insert(TIMELINE, 1L);
        // a row whose parameters do not fit the SQL is left to the database to refuse
        batch.insert(EVALUATION, "e1");

        assertThat(steps()).containsExactly("INSERT b", "timeline 1", "INSERT e1");
    }
}
