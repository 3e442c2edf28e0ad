package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.ops.bench.Bench;

/** The small benchmark runs end to end and reports every figure; how fast is never asserted here. */
class BenchSmallIT {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT replay_vs_vanilla=(\\S+) replay_vs_read_limit=(\\S+) import_vs_insert_limit=(\\S+) "
                    + "commands_per_s=(\\S+) ranking_p99_ms=(\\S+) whatif_year_s=(\\S+) heap_mb=(\\S+)");

    @Test
    void smallBenchmarkReportsEveryFigure() throws Exception {
        Bench.Result result = Bench.run(Map.of("scale", "small", "http-seconds", "5", "warm-up-seconds", "2", "warm-up-max-seconds", "2",
                "vanilla-max-seconds", "60", "data-dir", "target/bench-data"),
                System.out);
        System.out.println(result.resultLine());

        Matcher m = RESULT.matcher(result.resultLine());
        assertThat(m.matches()).as(result.resultLine()).isTrue();
        for (int group = 1; group <= 7; group++) {
            assertThat(Double.parseDouble(m.group(group))).as(RESULT.pattern() + " group " + group).isPositive();
        }
        // every command the clients sent was stored: none refused, none lost between client and node
        assertThat(result.table()).doesNotContainKey("a. commands refused or failed");
    }
}
