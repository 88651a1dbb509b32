package org.bridgework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bridgework.store.TeamAddress;

/**
 * A real PostgreSQL server for the tests: Debian's {@code postgresql} package (initdb and pg_ctl from
 * /usr/lib/postgresql/VERSION/bin), a cluster of its own in a temporary folder, on a free port of 127.0.0.1,
 * with trust authentication (nothing to leak). One {@link #shared()} server per test JVM, started on first use and
 * stopped when the JVM ends; a test that stops a server starts one of its own ({@link #startNew()}). As root (CI),
 * the server runs as the {@code postgres} user the package creates, since PostgreSQL refuses to run as root.
 * {@code BRIDGEWORK_TEST_POSTGRES=postgresql://USER@HOST:PORT/DB?sslmode=disable} uses a server of your own instead.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String EXTERNAL = "BRIDGEWORK_TEST_POSTGRES";
    private static final String USER = "bridgework";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static PostgresServer shared;

    private final Path bin;
    private final Path data;
    private final int port;
    private final TeamAddress external;
    /** False for the tests: no flush to disk, which a test's throw-away data does not need. */
    private boolean durable;

    private PostgresServer(Path bin, Path data, int port, TeamAddress external) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.external = external;
    }

    /** The server all tests of this JVM share; started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            String given = System.getenv(EXTERNAL);
            if (given != null && !given.isBlank()) {
                shared = new PostgresServer(null, null, 0, TeamAddress.parse(given));
            } else {
                shared = startNew();
                PostgresServer server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            }
        }
        return shared;
    }

    /** A server of the caller's own, which it may stop and start again; close it when done. */
    public static PostgresServer startNew() {
        try {
            Path bin = binaries();
            Path data = Files.createTempDirectory("bridgework-pg-");
            if (asRoot()) {
                UserPrincipal postgres = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(data, postgres);
            }
            run(bin.resolve("initdb"), "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync", "--no-instructions");
            PostgresServer server = new PostgresServer(bin, data, freePort(), null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server of the caller's own that flushes every commit to disk as a real one does: for benchmarks. */
    public static PostgresServer startDurable() {
        PostgresServer server = startNew();
        server.stop();
        server.durable = true;
        server.start();
        return server;
    }

    /** Starts the server (again), waiting until it accepts connections. */
    public void start() {
        // No flushing to disk, but every commit is written out before it is acknowledged (synchronous_commit stays
        // on): stop() kills the server as a crash would, and a real server keeps what it acknowledged then. No
        // autovacuum and the least write-ahead log: each team test makes a schema of its own (22 tables, 50 functions
        // and triggers), and the server's upkeep of that churn cost much of the Team tests' CPU (docs/benchmarks.md).
        String speed = durable ? "" : " -c fsync=off -c full_page_writes=off -c autovacuum=off -c wal_level=minimal"
                + " -c max_wal_senders=0";
        run(bin.resolve("pg_ctl"), "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1" + speed, "start");
    }

    /** Stops the server at once, as a crash or a pulled cable would look to a client: connections are cut. */
    public void stop() {
        run(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    /** The address of a team workbook in a schema no other test uses. */
    public TeamAddress freshWorkbookAddress() {
        return withSchema("w" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    public TeamAddress withSchema(String schema) {
        if (external != null) {
            return new TeamAddress(external.user(), external.host(), external.port(), external.database(),
                    external.sslMode(), schema);
        }
        return new TeamAddress(USER, "127.0.0.1", port, "postgres", "disable", schema);
    }

    /** A plain connection to the server's database, for a test's own SQL (as the owner of every schema). */
    public Connection connect() throws SQLException {
        TeamAddress address = withSchema(TeamAddress.DEFAULT_SCHEMA);
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("sslmode", address.sslMode());
        return DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/"
                + address.database(), properties);
    }

    /** Runs SQL as the server's owner. */
    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (data == null) {
            return;
        }
        try {
            stop();
        } catch (RuntimeException e) {
            // Stopped already.
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder; the system clears it in time.
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        throw new IllegalStateException("The tests of team workbooks need a real PostgreSQL server: install Debian's"
                + " postgresql package (apt-get install postgresql), or set " + EXTERNAL
                + "=postgresql://USER@HOST:PORT/DB?sslmode=disable to use one of your own.");
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
