package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    private static final String EVALUATION = """
            INSERT INTO fact_unit_evaluation__rebuild (evaluation_id, position, unit_id, period_from, period_to,
                                                      criteria_set_id, criteria_set_version, scores)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""";

    @Test
    void aOneRowInsertRepeatsItsRowAndKeepsWhatFollows() {
        MultiRowInsert insert = MultiRowInsert.of(EVALUATION).orElseThrow();

        assertThat(insert.table()).isEqualTo("fact_unit_evaluation__rebuild");
        assertThat(insert.parametersPerRow()).isEqualTo(8);
        assertThat(insert.ignoresConflicts()).isTrue();
        assertThat(insert.sql(3).replaceAll("\\s+", " ")).endsWith(
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb), (?, ?, ?, ?, ?, ?, ?, ?::jsonb), "
                        + "(?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING");
        assertThat(insert.maxRows()).isEqualTo(1000);
    }

    @Test
    void itsRowsCanBeCopiedWhenEveryValueIsAParameterOrNull() {
        MultiRowInsert insert = MultiRowInsert.of("""
                INSERT INTO fact_person (person_id, position, full_name, unit_id, category, leader, from_date)
                VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING""").orElseThrow();

        assertThat(insert.copyable()).isTrue();
        assertThat(insert.columns()).containsExactly("person_id", "position", "full_name", "unit_id", "category",
                "leader", "from_date");
        assertThat(insert.values()).extracting(MultiRowInsert.Value::parameter)
                .containsExactly(true, true, true, true, true, true, false);
        assertThat(insert.copySql()).isEqualTo(
                "COPY fact_person (person_id, position, full_name, unit_id, category, leader, from_date) FROM STDIN");
        assertThat(MultiRowInsert.of(EVALUATION).orElseThrow().values().get(7).cast()).isEqualTo("jsonb");
    }

    @Test
    void expressionsStillGoTogetherButNotByCopy() {
        MultiRowInsert insert = MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, lower(?))").orElseThrow();

        assertThat(insert.copyable()).isFalse();
        assertThat(insert.ignoresConflicts()).isFalse();
        assertThat(insert.sql(2)).isEqualTo("INSERT INTO t (a, b) VALUES (?, lower(?)), (?, lower(?))");
    }

    @Test
    void statementsWhoseRowsWouldBehaveOtherwiseTogetherAreLeftAlone() {
        // a sub-query does not see the rows inserted before it by the same statement
        assertThat(MultiRowInsert.of("""
                INSERT INTO audit_entry (subject_id, position, corrects_position)
                VALUES (?, ?, (SELECT min(position) FROM audit_entry WHERE event_id = ?))""")).isEmpty();
        assertThat(MultiRowInsert.of("""
                INSERT INTO fact_unit (unit_id, position, name) SELECT unit_id, ?, name FROM fact_unit
                WHERE unit_id = ? ON CONFLICT DO NOTHING""")).isEmpty();
        // DO UPDATE refuses to change a row twice in one statement
        assertThat(MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = ?"))
                .isEmpty();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES (?), (?)")).isEmpty();
        assertThat(MultiRowInsert.of("UPDATE t SET a = ? WHERE b = ?")).isEmpty();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES (?) RETURNING a")).isEmpty();
    }

    @Test
    void aNamedConflictTargetStillIgnoresConflicts() {
        Optional<MultiRowInsert> insert = MultiRowInsert.of(
                "INSERT INTO fact_cluster (cluster_id, name) VALUES (?, ?) ON CONFLICT (cluster_id) DO NOTHING");

        assertThat(insert).hasValueSatisfying(i -> assertThat(i.ignoresConflicts()).isTrue());
    }
}
