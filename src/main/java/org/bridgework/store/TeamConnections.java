package org.bridgework.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to a team workbook's server. The password is {@code PGPASSWORD}'s when set (or the one the
 * window asked for); otherwise the driver looks in {@code ~/.pgpass} (or the file {@code PGPASSFILE} names), as
 * psql does. Short time-outs, so a server that went away is noticed in seconds, not minutes.
 */
final class TeamConnections {
    /** Seconds to wait for the server to accept a connection. */
    private static final int CONNECT_TIMEOUT_S = 5;
    /** Seconds a statement may wait for the server's answer before the connection counts as lost. */
    private static final int SOCKET_TIMEOUT_S = 15;

    private TeamConnections() {
    }

    /** @param password null to take it from PGPASSWORD or ~/.pgpass */
    static Connection open(TeamAddress address, char[] password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        String given = password != null ? new String(password) : System.getenv("PGPASSWORD");
        if (given != null && !given.isEmpty()) {
            properties.setProperty("password", given);
        }
        properties.setProperty("sslmode", address.sslMode());
        properties.setProperty("currentSchema", address.schema());
        properties.setProperty("ApplicationName", "Bridgework");
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_S));
        properties.setProperty("tcpKeepAlive", "true");
        // Our statements run once each in a save; server-side prepared statements would only cost a round trip.
        properties.setProperty("prepareThreshold", "0");
        // Row security makes the planner overrate the portfolio's reads, and compiling them (JIT) then costs more
        // than it saves: measured 226 ms against 87 ms for a first read of 50,000 commitments (docs/benchmarks.md).
        properties.setProperty("options", "-c jit=off");
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }
}
