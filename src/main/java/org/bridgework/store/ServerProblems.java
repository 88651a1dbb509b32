package org.bridgework.store;

import java.sql.SQLException;

/**
 * Tells why a write to a team workbook failed, from PostgreSQL's SQLSTATE codes: class 08 (connection
 * exception), 57P01–57P03 (the server shutting down or not accepting connections) and 28 (the password or the
 * user no longer accepted) all mean the server cannot take the change now; a disk full on the server is 53100.
 */
final class ServerProblems {
    private ServerProblems() {
    }

    static SaveProblem diagnose(SQLException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("28")) {
                    return SaveProblem.SERVER_UNREACHABLE;
                }
                if (state.equals("53100")) {
                    return SaveProblem.DISK_FULL;
                }
                if (state.equals("25006")) {
                    return SaveProblem.READ_ONLY;
                }
                if (state.equals("55P03") || state.equals("40P01")) {
                    return SaveProblem.LOCKED;
                }
            }
        }
        return SaveProblem.OTHER;
    }
}
