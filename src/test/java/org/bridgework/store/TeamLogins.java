package org.bridgework.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgework.testing.PostgresServer;

/**
 * Logins of their own for the tests of people working together: real roles on the test server
 * ({@code CREATE ROLE … LOGIN}; the test server trusts connections from 127.0.0.1, so no password), each with a
 * name no other test uses, and plain connections as them, as psql would open.
 */
public final class TeamLogins {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private TeamLogins() {
    }

    /** A new login, not a superuser, allowed to connect and to make schemas (to own a team workbook). */
    public static String create(String hint) {
        String name = hint + "_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        PostgresServer.shared().execute("CREATE ROLE " + name + " LOGIN NOSUPERUSER NOBYPASSRLS;"
                + " GRANT CREATE ON DATABASE postgres TO " + name);
        return name;
    }

    /** Lets the logins read and write the team workbook's tables, as docs/team-workbook.md tells administrators. */
    public static void grantTableAccess(TeamAddress workbook, String... logins) {
        for (String login : logins) {
            String schema = workbook.schema();
            PostgresServer.shared().execute("GRANT USAGE ON SCHEMA " + schema + " TO " + login + ";"
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + login + ";"
                    + " GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + login);
        }
    }

    /** Makes {@code login} a member of the director role (made on first use; roles are the server's, not a schema's). */
    public static synchronized void makeDirector(String login) {
        PostgresServer.shared().execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                + " 'bridgework_director') THEN CREATE ROLE bridgework_director NOLOGIN; END IF; END $$;"
                + " GRANT bridgework_director TO " + login);
    }

    /** The same workbook, reached as {@code login}. */
    public static TeamAddress as(TeamAddress workbook, String login) {
        return new TeamAddress(login, workbook.host(), workbook.port(), workbook.database(), workbook.sslMode(),
                workbook.schema());
    }

    /** A plain JDBC connection as {@code login}, with the workbook's schema first on the search path. */
    public static Connection plain(TeamAddress workbook, String login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("sslmode", workbook.sslMode());
        Connection connection = DriverManager.getConnection("jdbc:postgresql://" + workbook.host() + ":"
                + workbook.port() + "/" + workbook.database(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + workbook.schema());
        }
        return connection;
    }
}
