package org.bridgework.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the store's contract tests: each test works in one workbook, which it may close and open again,
 * through {@link #openStore}. A test class extending this runs against a workbook file; its {@code Team...}
 * subclass runs the very same tests against a team workbook on the real PostgreSQL server of this test JVM
 * ({@link PostgresServer#shared()}), in a schema of its own.
 */
abstract class StoreContract {
    /** Where a store's workbook is kept. */
    enum Kind {
        FILE,
        TEAM
    }

    @TempDir
    Path folder;
    private TeamAddress teamAddress;

    /** The kind of store these tests run against. */
    Kind kind() {
        return Kind.FILE;
    }

    /** Opens this test's workbook, making it on first use. */
    WorkbookStore openStore(Clock clock) throws WorkbookException {
        if (kind() == Kind.FILE) {
            return Workbook.open(folder.resolve("w.db"), clock);
        }
        if (teamAddress == null) {
            teamAddress = PostgresServer.shared().freshWorkbookAddress();
            return TeamWorkbook.create(teamAddress, null, clock);
        }
        return TeamWorkbook.open(teamAddress, null, clock);
    }

    /** A connection of the test's own to the workbook's tables, as the sqlite3 tool or psql would open. */
    Connection plainConnection() throws SQLException {
        if (kind() == Kind.FILE) {
            return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("w.db"));
        }
        Connection connection = PostgresServer.shared().connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + teamAddress.schema());
        }
        return connection;
    }

    /**
     * Makes every insert of a trust check-in whose note is 'fail' fail, with "failing on purpose"; on a team
     * workbook every update too (its save compares with what is stored now, so it may update the row in place).
     */
    void failCheckInsNotedFail() throws SQLException {
        try (Connection plain = plainConnection(); Statement statement = plain.createStatement()) {
            if (kind() == Kind.FILE) {
                statement.execute("CREATE TRIGGER test_failure BEFORE INSERT ON trust_check_in WHEN NEW.note = 'fail'"
                        + " BEGIN SELECT RAISE(ABORT, 'failing on purpose'); END");
            } else {
                statement.execute("CREATE FUNCTION test_failure() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'failing on purpose'; END $$");
                statement.execute("CREATE TRIGGER test_failure BEFORE INSERT OR UPDATE ON trust_check_in FOR EACH ROW"
                        + " WHEN (NEW.note = 'fail') EXECUTE FUNCTION test_failure()");
            }
        }
    }
}
