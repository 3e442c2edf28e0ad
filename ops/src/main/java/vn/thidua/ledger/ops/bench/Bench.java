package vn.thidua.ledger.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntToLongFunction;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ledger.ops.ThiDuaLedgerApplication;
import vn.thidua.ledger.ops.generator.GeneratedHistory;

/**
 * One run, one dataset, every figure: starts a node in this JVM on a fresh embedded PostgreSQL, has it generate
 * a history of the given scale, then measures on that same data the projection rebuild against a vanilla Axon
 * replay and PostgreSQL's own read and INSERT limits, query latencies, commands over HTTP, bulk import and the
 * node's peak heap. Prints a table and then one {@code RESULT} line.
 *
 * <p>{@code java -cp ... vn.thidua.ledger.ops.bench.Bench --scale small [--seed N] [--data-dir DIR]
 * [--http-seconds S] [--warm-up-seconds S] [--warm-up-max-seconds S] [--vanilla-max-seconds S] [--only PHASE,PHASE…]};
 * phases: limits, rebuild, vanilla, whatif, latency, commands, import (default: all; a figure of a phase left out
 * prints as n/a).
 *
 * <p>Everything timed is measured in the steady state: the limits, the rebuild, the vanilla replay, the commands and
 * the imports each first run for at least {@code --warm-up-seconds} and then until the JIT compiler has settled (on
 * 2 cores, compiling the hot paths takes one of them for a minute or two), at most {@code --warm-up-max-seconds};
 * what is done meanwhile is not counted.
 */
public final class Bench {

    static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int LATENCY_SAMPLES = 200;
    private static final int WARM_UP = 20;
    private static final int IMPORT_WARM_UP_FILES = 5;
    private static final double MEDIAN_SECONDS = 5;
    /** The import is timed over at least this many files and seconds (50 files, ~1.5 s, swung by a quarter). */
    private static final int IMPORT_MEASURED_FILES = 100;
    private static final double IMPORT_MEASURED_SECONDS = 10;
    private static final double VANILLA_WARM_UP_SLICE_SECONDS = 5;
    private static final List<String> PHASES = List.of("limits", "rebuild", "vanilla", "whatif", "latency",
            "commands", "import");

    /** Every figure of a run, by the names the RESULT line uses; null where not measured. */
    public record Result(Map<String, String> table, String resultLine) {
    }

    private final Map<String, String> table = new LinkedHashMap<>();
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String authorization;

    private Bench(PrintStream log) {
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        try {
            Result result = run(options, System.out);
            System.out.println(result.resultLine());
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // the node's non-daemon threads would keep a failed run alive
            System.exit(1);
        }
    }

    /** Runs the whole benchmark; the options are those of {@link #main} without their dashes. */
    /** How far ahead the commands and imports run: their months, years after the history, must have begun. */
    static final Duration CLOCK_AHEAD = Duration.ofDays(1000L * 365);

    public static Result run(Map<String, String> options, PrintStream log) throws Exception {
        return new Bench(log).measure(options);
    }

    private Result measure(Map<String, String> options) throws Exception {
        String scale = options.getOrDefault("scale", "small").toLowerCase(Locale.ROOT);
        long seed = Long.parseLong(options.getOrDefault("seed", "20241"));
        double httpSeconds = Double.parseDouble(options.getOrDefault("http-seconds", "15"));
        double warmUpSeconds = Double.parseDouble(options.getOrDefault("warm-up-seconds", "5"));
        double warmUpMaxSeconds = Math.max(warmUpSeconds,
                Double.parseDouble(options.getOrDefault("warm-up-max-seconds", "180")));
        WarmUp warmUp = new WarmUp(warmUpSeconds, warmUpMaxSeconds);
        double vanillaMaxSeconds = Double.parseDouble(options.getOrDefault("vanilla-max-seconds", "180"));
        Set<String> only = Set.of(options.getOrDefault("only", String.join(",", PHASES)).split(","));
        Path dataDir = Path.of(options.getOrDefault("data-dir", "target/bench-data")).toAbsolutePath();
        Files.createDirectories(dataDir);
        dataDir = Files.createTempDirectory(dataDir, scale + "-");
        HeapSampler heap = HeapSampler.start();

        log.printf("bench: starting a node on %s and generating the %s dataset (seed %d)%n", dataDir, scale, seed);
        long startedAt = System.nanoTime();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ThiDuaLedgerApplication.class)
                // as arguments, which outrank application.yml (default properties would not)
                .run("--thidua.demo=false", "--thidua.data-dir=" + dataDir, "--thidua.admin-password=" + PASSWORD,
                        "--server.port=0", "--thidua.generate.scale=" + scale, "--thidua.generate.seed=" + seed,
                        "--logging.level.root=WARN", "--logging.level.vn.thidua=INFO");
        try {
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            GeneratedHistory.Generated generated = node.getBean(GeneratedHistory.class).generated();
            long head = head(jdbc);
            put("dataset", "%s, seed %d: %,d events (%,d units, %,d people)".formatted(scale, seed, head + 1,
                    count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.UnitRegistered'"),
                    count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.PersonRegistered'")));
            put("generation (events/s)", generated == null ? "n/a"
                    : "%,.0f in %.1f s".formatted(generated.eventsPerSecond(), generated.seconds()));
            double catchUp = waitForProcessors(node, head);
            put("live projections caught up after", "%.1f s".formatted(catchUp));

            // measured first, on exactly the generated rows: the limits, the rebuild, the vanilla replay
            DataSource dataSource = node.getBean(DataSource.class);
            double readLimit = Double.NaN;
            double insertLimit = Double.NaN;
            // each measured in the node's steady state, as the commands and imports are: the same work first, until
            // the JIT compiler has settled (at small, one rebuild is a third of a second; C2 needs far longer)
            if (only.contains("limits")) {
                DataSource limits = dataSource;
                double warmedFor = warmUp.repeat(() -> readLimit(limits));
                double[] reads = median(() -> readLimit(limits));
                readLimit = middle(reads);
                put("e. PostgreSQL read limit (rows/s)", "%s (after %s of the same to warm up)"
                        .formatted(describe(reads), warmUp.describe(warmedFor)));
                warmedFor = warmUp.repeat(() -> insertLimit(limits));
                insertLimit = insertLimit(dataSource);
                put("e. PostgreSQL multi-row INSERT limit (rows/s)", "%,.0f (after %s of the same to warm up)"
                        .formatted(insertLimit, warmUp.describe(warmedFor)));
            }
            double rebuild = Double.NaN;
            if (only.contains("rebuild")) {
                double warmedFor = warmUp.repeat(this::rebuild);
                double[] rebuilds = median(this::rebuild);
                rebuild = middle(rebuilds);
                put("b. facts projection rebuild (events/s)", "%s (after %s of rebuilds to warm up)"
                        .formatted(describe(rebuilds), warmUp.describe(warmedFor)));
            }
            double vanilla = Double.NaN;
            if (only.contains("vanilla")) {
                // replays of at most 5 s each, from the start, until warm
                double warmedFor = warmUp.repeat(() -> VanillaReplay.run(node.getBean(EventStore.class),
                        node.getBean(TokenStore.class), node.getBean(TransactionManager.class), jdbc, head,
                        Math.min(vanillaMaxSeconds, VANILLA_WARM_UP_SLICE_SECONDS)));
                VanillaReplay.Outcome replay = VanillaReplay.run(node.getBean(EventStore.class),
                        node.getBean(TokenStore.class), node.getBean(TransactionManager.class), jdbc, head,
                        vanillaMaxSeconds);
                vanilla = replay.eventsPerSecond();
                put("d. vanilla Axon replay (events/s)", "%,.0f%s (after %s of replays to warm up)".formatted(vanilla,
                        replay.reachedHead() ? "" : " (stopped after %.0f s at %,d events)"
                                .formatted(replay.seconds(), replay.events()), warmUp.describe(warmedFor)));
            }

            String cluster = jdbc.sql("""
                            SELECT cluster_id FROM fact_cluster_member GROUP BY cluster_id
                            ORDER BY count(*) DESC, cluster_id LIMIT 1""").query(String.class).single();
            String year = jdbc.sql("SELECT max(EXTRACT(YEAR FROM period_from))::int::text FROM fact_unit_evaluation")
                    .query(String.class).single();
            double whatIf = Double.NaN;
            if (only.contains("whatif")) {
                whatIf = whatIf(cluster, year);
                put("b. what-if of one year, largest cluster (s)", "%.2f (%s, %s)".formatted(whatIf, cluster, year));
            }

            List<String> units = jdbc.sql("SELECT DISTINCT unit_id FROM fact_cluster_member ORDER BY unit_id")
                    .query(String.class).list();
            List<String> people = jdbc.sql("SELECT DISTINCT person_id FROM fact_person ORDER BY person_id LIMIT 5000")
                    .query(String.class).list();
            double[] ranking = {Double.NaN, Double.NaN};
            if (only.contains("latency")) {
                ranking = latencies(i -> "/api/rankings?cluster=" + enc(cluster) + "&period=" + year);
                put("c. ranking latency p50 / p99 (ms)", "%.1f / %.1f".formatted(ranking[0], ranking[1]));
                double[] audit = latencies(i -> "/api/audit/persons/" + enc(people.get(i * 7919 % people.size())));
                put("c. audit trail (person) p50 / p99 (ms)", "%.1f / %.1f".formatted(audit[0], audit[1]));
                double[] dossier = latencies(i -> "/api/dossiers?unit=" + enc(units.get(i * 31 % units.size()))
                        + "&period=" + year);
                put("c. dossier (unit, year) p50 / p99 (ms)", "%.1f / %.1f".formatted(dossier[0], dossier[1]));
            }

            // the commands and the imports evaluate months after the generated history, years of them, and the node
            // refuses months that have not begun: they run on a clock a thousand years ahead (the same work, later
            // dates)
            Clock realClock = GenericEventMessage.clock;
            GenericEventMessage.clock = Clock.offset(realClock, CLOCK_AHEAD);
            double commands = Double.NaN;
            Double imported = Double.NaN;
            try {
                if (only.contains("commands")) {
                    commands = commands(units, warmUp, httpSeconds);
                    put("a. commands over HTTP, 8 clients (commands/s)", "%,.0f".formatted(commands));
                    DistributionSummary groups = node.getBean(MeterRegistry.class).find("thidua.commands.group.size")
                            .summary();
                    if (groups != null && groups.count() > 0) {
                        put("a. commands per transaction (group commit)", "%.1f on average, at most %.0f"
                                .formatted(groups.mean(), groups.max()));
                    }
                }
                if (only.contains("import")) {
                    imported = bulkImport(node, jdbc, units, warmUp);
                    put("a. bulk import (events/s)", imported == null ? "n/a (no /api/imports/evaluations on this node)"
                            : "%,.0f".formatted(imported));
                }
            } finally {
                GenericEventMessage.clock = realClock;
            }

            double heapMb = heap.stop();
            put("f. peak heap (MB)", "%.0f (max %d MB)".formatted(heapMb,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            put("total run", "%.0f s".formatted((System.nanoTime() - startedAt) / 1e9));

            printTable();
            String resultLine = "RESULT replay_vs_vanilla=%s replay_vs_read_limit=%s import_vs_insert_limit=%s commands_per_s=%s ranking_p99_ms=%s whatif_year_s=%s heap_mb=%s"
                    .formatted(ratio(rebuild / vanilla), ratio(rebuild / readLimit),
                            imported == null ? "n/a" : ratio(imported / insertLimit),
                            figure("%.0f", commands), figure("%.1f", ranking[1]), figure("%.2f", whatIf),
                            Math.round(heapMb));
            return new Result(Map.copyOf(table), resultLine);
        } finally {
            node.close();
        }
    }

    private void put(String figure, String value) {
        table.put(figure, value);
        log.printf("bench: %-48s %s%n", figure, value);
    }

    private void printTable() {
        int width = table.keySet().stream().mapToInt(String::length).max().orElse(10);
        String rule = "-".repeat(width + 2) + "+" + "-".repeat(40);
        log.println(rule);
        table.forEach((k, v) -> log.printf(" %-" + width + "s | %s%n", k, v));
        log.println(rule);
    }

    private static String ratio(double value) {
        return figure("%.2f", value);
    }

    private static String figure(String format, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "n/a";
    }

    private static long head(JdbcClient jdbc) {
        return jdbc.sql("SELECT last_position FROM event_position WHERE id = 1").query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Waits until every streaming processor of the node has handled the generated events. */
    private double waitForProcessors(ConfigurableApplicationContext node, long head) throws InterruptedException {
        long started = System.nanoTime();
        EventProcessingConfiguration processing = node.getBean(EventProcessingConfiguration.class);
        while (true) {
            boolean behind = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .anyMatch(p -> p.processingStatus().isEmpty() || p.processingStatus().values().stream()
                            .map(EventTrackerStatus::getCurrentPosition)
                            .anyMatch(position -> position.orElse(-1L) < head));
            if (!behind) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(200);
        }
    }

    /**
     * Runs of {@code measure}, sorted: the middle one is the figure. The two halves of the rebuild's ratio are each
     * such a median, so that neither rests on one run that a collection or a checkpoint slowed: of at least three
     * runs and at least {@value #MEDIAN_SECONDS} s of them, an odd number (at small a rebuild takes a quarter of a
     * second, and three of them swung from one run of the bench to the next by half).
     */
    private static double[] median(Callable<Double> measure) throws Exception {
        List<Double> runs = new ArrayList<>();
        long started = System.nanoTime();
        while (runs.size() < 3 || runs.size() % 2 == 0 || System.nanoTime() - started < MEDIAN_SECONDS * 1e9) {
            runs.add(measure.call());
        }
        return runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double middle(double[] runs) {
        return runs[runs.length / 2];
    }

    private static String describe(double[] runs) {
        return "%,.0f (median of %d: %,.0f to %,.0f)".formatted(middle(runs), runs.length, runs[0],
                runs[runs.length - 1]);
    }

    /** Every event row's payload in global order, as bytes, over JDBC with a cursor of 10,000 rows. */
    private static double readLimit(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long rows = 0;
            long bytes = 0;
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery("SELECT payload FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        bytes += rs.getBytes(1).length;
                        rows++;
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            connection.commit();
            return bytes >= 0 ? rows / seconds : 0;
        }
    }

    private static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";
    private static final int COLUMN_COUNT = 9;
    private static final int ROWS_PER_INSERT = 1_000;

    /**
     * The event rows copied into a scratch table of the same columns and indexes (but none of the event table's
     * triggers) by multi-row INSERTs of 1,000 rows, committed every 10 statements. Only the INSERTs and commits
     * are timed, not the reading of the source rows.
     */
    private static double insertLimit(DataSource dataSource) throws Exception {
        try (Connection source = dataSource.getConnection(); Connection target = dataSource.getConnection()) {
            try (Statement ddl = target.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_insert_limit");
                ddl.execute("""
                        CREATE TABLE bench_insert_limit (
                            global_index BIGSERIAL PRIMARY KEY,
                            event_identifier VARCHAR(255) NOT NULL UNIQUE, aggregate_identifier VARCHAR(255) NOT NULL,
                            sequence_number BIGINT NOT NULL, type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL,
                            payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255), payload BYTEA NOT NULL,
                            meta_data BYTEA, UNIQUE (aggregate_identifier, sequence_number))""");
            }
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            StringBuilder sql = new StringBuilder("INSERT INTO bench_insert_limit (" + COLUMNS + ") VALUES ");
            String row = "(" + "?,".repeat(COLUMN_COUNT - 1) + "?)";
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                sql.append(i == 0 ? "" : ",").append(row);
            }
            long rows = 0;
            long nanos = 0;
            try (Statement read = source.createStatement();
                 PreparedStatement full = target.prepareStatement(sql.toString())) {
                read.setFetchSize(10_000);
                try (ResultSet rs = read.executeQuery("SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY global_index")) {
                    Object[][] buffer = new Object[ROWS_PER_INSERT][COLUMN_COUNT];
                    int buffered = 0;
                    int statements = 0;
                    while (true) {
                        boolean more = rs.next();
                        if (more) {
                            for (int c = 0; c < COLUMN_COUNT; c++) {
                                buffer[buffered][c] = rs.getObject(c + 1);
                            }
                            buffered++;
                        }
                        if (buffered == ROWS_PER_INSERT || (!more && buffered > 0)) {
                            long started = System.nanoTime();
                            if (buffered == ROWS_PER_INSERT) {
                                bind(full, buffer, buffered);
                                full.executeUpdate();
                            } else {
                                StringBuilder last = new StringBuilder("INSERT INTO bench_insert_limit (" + COLUMNS + ") VALUES ");
                                for (int i = 0; i < buffered; i++) {
                                    last.append(i == 0 ? "" : ",").append(row);
                                }
                                try (PreparedStatement tail = target.prepareStatement(last.toString())) {
                                    bind(tail, buffer, buffered);
                                    tail.executeUpdate();
                                }
                            }
                            if (++statements % 10 == 0 || !more) {
                                target.commit();
                            }
                            nanos += System.nanoTime() - started;
                            rows += buffered;
                            buffered = 0;
                        }
                        if (!more) {
                            break;
                        }
                    }
                }
            }
            source.commit();
            try (Statement ddl = target.createStatement()) {
                ddl.execute("DROP TABLE bench_insert_limit");
            }
            target.commit();
            return rows / Math.max(1e-9, nanos / 1e9);
        }
    }

    private static void bind(PreparedStatement statement, Object[][] buffer, int rows) throws Exception {
        int p = 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < COLUMN_COUNT; c++) {
                statement.setObject(p++, buffer[r][c]);
            }
        }
    }

    /** Starts the facts rebuild over HTTP and answers its final events/s. */
    private double rebuild() throws Exception {
        Response started = send(request("/api/admin/rebuilds/facts").POST(HttpRequest.BodyPublishers.noBody()));
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild did not start: " + started);
        }
        while (true) {
            Thread.sleep(250);
            JsonNode progress = get("/api/admin/rebuilds/facts").json();
            String state = progress.path("state").asText();
            if ("DONE".equals(state)) {
                log.printf("bench: rebuild %s%n", progress);
                return progress.path("eventsPerSecond").asDouble();
            }
            if ("FAILED".equals(state)) {
                throw new IllegalStateException("rebuild failed: " + progress);
            }
        }
    }

    /** Wall time of one what-if over a year (cold: the first such request of the run). */
    private double whatIf(String cluster, String year) {
        long started = System.nanoTime();
        Response answer = get("/api/what-if?cluster=" + enc(cluster) + "&period=" + year
                + "&baseline=VN.VHCS-DV@1&candidate=VN.VHCS-DV@1");
        double seconds = (System.nanoTime() - started) / 1e9;
        if (answer.status() != 200) {
            throw new IllegalStateException("what-if failed: " + answer);
        }
        return seconds;
    }

    /** p50 and p99 in ms of {@value LATENCY_SAMPLES} sequential GETs after {@value WARM_UP} to warm up. */
    private double[] latencies(java.util.function.IntFunction<String> path) {
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(get(path.apply(LATENCY_SAMPLES + i)));
        }
        double[] millis = new double[LATENCY_SAMPLES];
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            long started = System.nanoTime();
            expectOk(get(path.apply(i)));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {percentile(millis, 50), percentile(millis, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void expectOk(Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("query failed: " + response);
        }
    }

    /**
     * 8 clients posting unit evaluations (each of a unit and month nobody evaluated yet, from 2026 on, so each
     * is a new aggregate under the criteria set in force), each over a kept-alive connection of its own
     * ({@link KeepAliveClient}): first until the node is warm, then for {@code seconds}, counting the 201s of the
     * commands sent after the warm-up.
     */
    private double commands(List<String> units, WarmUp warmUp, double seconds) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        // set once the node is warm: commands sent from then on are counted, until the deadline
        AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    URI node = URI.create(base);
                    try (KeepAliveClient client = new KeepAliveClient(node.getHost(), node.getPort(), authorization)) {
                        long sentAt;
                        while ((sentAt = System.nanoTime()) < deadline.get()) {
                            long i = next.getAndIncrement();
                            String unit = units.get((int) (i % units.size()));
                            YearMonth month = YearMonth.of(2026, 1).plusMonths(i / units.size());
                            String body = """
                                    {"unitId": "%s", "period": "%s", "criteriaSet": "VN.VHCS-DV",
                                     "scores": {"GENERAL": %d, "ADMIN_REFORM": %d, "CIVILISED_OFFICE": %d}}"""
                                    .formatted(unit, month, 20 + i % 10, 18 + i % 12, 12 + i % 8);
                            Response response = client.post("/api/evaluations/units", body);
                            if (response.status() == 201) {
                                if (sentAt >= measuredFrom.get() && System.nanoTime() <= deadline.get()) {
                                    created.incrementAndGet();
                                }
                            } else if (failed.incrementAndGet() <= 3) {
                                log.printf("bench: command refused: %s%n", response);
                            }
                        }
                    }
                    return null;
                }));
            }
            double warmedFor = warmUp.await(() -> running.stream().anyMatch(Future::isDone));
            put("a. commands: warm-up before measuring", warmUp.describe(warmedFor));
            long from = System.nanoTime();
            measuredFrom.set(from);
            deadline.set(from + (long) (seconds * 1e9));
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double elapsed = (deadline.get() - measuredFrom.get()) / 1e9;
        if (failed.get() > 0) {
            put("a. commands refused or failed", Long.toString(failed.get()));
        }
        return created.get() / elapsed;
    }

    /**
     * Person evaluations of whole units as CSV through {@code POST /api/imports/evaluations}, one unit after the
     * other, each file a unit's twelve months of a year after the generated history (new evaluations, never
     * corrections); null when the node has no such endpoint. The files warm the node up first, then the next ones
     * are timed, for at least {@value #IMPORT_MEASURED_FILES} files and {@value #IMPORT_MEASURED_SECONDS} s.
     */
    private Double bulkImport(ConfigurableApplicationContext node, JdbcClient jdbc, List<String> units, WarmUp warmUp)
            throws InterruptedException {
        String apiDocs = get("/v3/api-docs").body();
        if (!apiDocs.contains("/api/imports/evaluations")) {
            return null;
        }
        Map<String, List<String>> staffOf = new LinkedHashMap<>();
        for (String unit : units) {
            List<String> staff = jdbc.sql("SELECT DISTINCT person_id FROM fact_person WHERE unit_id = ? ORDER BY person_id")
                    .params(unit).query(String.class).list();
            if (!staff.isEmpty()) {
                staffOf.put(unit, staff);
            }
        }
        List<String> staffed = List.copyOf(staffOf.keySet());
        // file n: the n-th staffed unit round the list, the year after the history plus the rounds done
        IntToLongFunction importFileNumber = n -> {
            String unit = staffed.get(n % staffed.size());
            return importFile(unit, 2026 + n / staffed.size(), staffOf.get(unit));
        };
        int warmUpFiles = 0;
        warmUp.start();
        while (warmUpFiles < IMPORT_WARM_UP_FILES || !warmUp.done()) {
            importFileNumber.applyAsLong(warmUpFiles);
            warmUpFiles++;
        }
        put("a. bulk import: warm-up before measuring", "%d files, %s".formatted(warmUpFiles,
                warmUp.describe(warmUp.elapsed())));
        // the warm-up's events are projected before the measured imports start, not while they run
        put("a. bulk import: live projections caught up with the warm-up after", "%.1f s"
                .formatted(waitForProcessors(node, head(jdbc))));
        long events = 0;
        long nanos = 0;
        int imported = 0;
        long firstStarted = System.nanoTime();
        while (imported < IMPORT_MEASURED_FILES || nanos < IMPORT_MEASURED_SECONDS * 1e9) {
            long started = System.nanoTime();
            events += importFileNumber.applyAsLong(warmUpFiles + imported);
            nanos += System.nanoTime() - started;
            imported++;
        }
        put("a. bulk import: events imported", "%,d from %d files (a unit's year each) in %.1f s"
                .formatted(events, imported, nanos / 1e9));
        double lag = waitForProcessors(node, head(jdbc));
        put("a. bulk import: stored and projected by the live processors (events/s)",
                "%,.0f (the projections caught up %.2f s after the last file was stored)"
                        .formatted(events / ((System.nanoTime() - firstStarted) / 1e9), lag));
        return events / Math.max(1e-9, nanos / 1e9);
    }

    /** Imports {@code unit}'s twelve months of {@code year} as one CSV file, as an office sends it at the year's end. */
    private long importFile(String unit, int year, List<String> staff) {
        StringBuilder csv = new StringBuilder("personId,period,DISCIPLINE,TASKS,BONUS\n");
        for (int month = 1; month <= 12; month++) {
            for (int i = 0; i < staff.size(); i++) {
                csv.append(staff.get(i)).append(',').append(year).append(month < 10 ? "-0" : "-").append(month)
                        .append(',').append(15 + (i + month) % 6).append(',').append(50 + (i * month) % 21)
                        .append(',').append((i + month) % 5).append('\n');
            }
        }
        Response response = send(request("/api/imports/evaluations?unit=" + enc(unit) + "&criteriaSet=VN.HN-1841")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("import failed: " + response);
        }
        return response.json().path("events").asLong();
    }

    /**
     * When a load has warmed the node up: after at least {@code minSeconds}, once the JIT compiler spent under a
     * tenth of the last 5 s compiling, or after {@code maxSeconds} whatever it does.
     */
    private static final class WarmUp {

        private static final long WINDOW_NANOS = 5_000_000_000L;
        private static final long SETTLED_COMPILE_MILLIS = 500;

        private final double minSeconds;
        private final double maxSeconds;
        private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        private long startedAt;
        private long windowStart;
        private long windowCompileMillis;
        private boolean settled;

        WarmUp(double minSeconds, double maxSeconds) {
            this.minSeconds = minSeconds;
            this.maxSeconds = maxSeconds;
        }

        void start() {
            startedAt = System.nanoTime();
            windowStart = startedAt;
            windowCompileMillis = compileMillis();
            settled = false;
        }

        /** Whether the node is warm; to be asked often while the load runs. */
        boolean done() {
            long now = System.nanoTime();
            if (now - windowStart >= WINDOW_NANOS) {
                long compiled = compileMillis();
                settled = compiled - windowCompileMillis < SETTLED_COMPILE_MILLIS;
                windowStart = now;
                windowCompileMillis = compiled;
            }
            double elapsed = elapsed();
            return elapsed >= maxSeconds || (elapsed >= minSeconds && settled);
        }

        /** Starts and does {@code load} again and again (at least once) until done; the seconds it took. */
        double repeat(Callable<?> load) throws Exception {
            start();
            do {
                load.call();
            } while (!done());
            return elapsed();
        }

        /** Starts and waits until done (or until {@code stopped}, the load having ended); the seconds waited. */
        double await(BooleanSupplier stopped) throws InterruptedException {
            start();
            while (!done() && !stopped.getAsBoolean()) {
                Thread.sleep(100);
            }
            return elapsed();
        }

        double elapsed() {
            return (System.nanoTime() - startedAt) / 1e9;
        }

        String describe(double seconds) {
            return "%.0f s (%s)".formatted(seconds, settled ? "JIT compiler settled"
                    : "stopped at the limit of %.0f s".formatted(maxSeconds));
        }

        private long compileMillis() {
            // without a compilation monitor only the minimum is waited (every window counts as settled)
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        }
    }

    /**
     * The largest heap in use seen over the run, sampled every 50 ms (summing each pool's own peak would count
     * peaks that never happened together).
     */
    private static final class HeapSampler implements Runnable {

        private final Thread thread = new Thread(this, "bench-heap-sampler");
        private volatile boolean running = true;
        private volatile long peak;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Stops sampling and answers the peak in MB. */
        double stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak / (1024.0 * 1024.0);
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization);
    }

    private Response get(String path) {
        return send(request(path).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
