package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.ops.bench.Bench;

/**
 * The small benchmark runs end to end and reports every figure; how fast is never asserted here. It runs in a JVM
 * of its own with the heap {@code ops/bench/run.sh} gives it, so that its peak heap is the node's under the 1 GiB
 * the issue allows, not that of the test JVM holding the other tests' nodes.
 */
class BenchSmallIT {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT replay_vs_vanilla=(\\S+) replay_vs_read_limit=(\\S+) import_vs_insert_limit=(\\S+) "
                    + "commands_per_s=(\\S+) ranking_p99_ms=(\\S+) whatif_year_s=(\\S+) heap_mb=(\\S+)");

    @Test
    void smallBenchmarkReportsEveryFigure() throws Exception {
        Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Bench.class.getName(),
                "--scale", "small", "--http-seconds", "5", "--warm-up-seconds", "2", "--warm-up-max-seconds", "2",
                "--vanilla-max-seconds", "60", "--data-dir", "target/bench-data")
                .redirectErrorStream(true).start();
        // a node that never stops would otherwise hold the suite until CI's own limit
        CompletableFuture.runAsync(bench::destroyForcibly, CompletableFuture.delayedExecutor(20, TimeUnit.MINUTES));
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(bench.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println(line);
                output.add(line);
            }
        } finally {
            if (!bench.waitFor(1, TimeUnit.MINUTES)) {
                bench.destroyForcibly();
            }
        }
        assertThat(bench.exitValue()).as("the benchmark's exit code").isZero();

        String resultLine = output.stream().filter(line -> line.startsWith("RESULT ")).reduce((a, b) -> b).orElse("");
        Matcher m = RESULT.matcher(resultLine);
        assertThat(m.matches()).as(resultLine).isTrue();
        for (int group = 1; group <= 7; group++) {
            assertThat(Double.parseDouble(m.group(group))).as(RESULT.pattern() + " group " + group).isPositive();
        }
        // every command the clients sent was stored: none refused, none lost between client and node
        assertThat(output).noneMatch(line -> line.contains("commands refused or failed"));
    }
}
