package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one way the repositories change the workbook: refuses if it was opened read-only (see {@link WriteAccess}),
 * checks the file is still where it was opened
 * (else nothing is written, see {@link WorkbookFile}), then writes in one transaction, and explains a
 * failure with a {@link SaveProblem}.
 */
final class WorkbookWrites {
    private final Connection connection;
    /** Null for a team workbook, which has no file. */
    private final WorkbookFile file;
    private final WriteAccess access;

    WorkbookWrites(Connection connection, WorkbookFile file, WriteAccess access) {
        this.connection = connection;
        this.file = file;
        this.access = access;
    }

    /** The writes of a team workbook: no file to watch; a failure is explained by the server's state codes. */
    static WorkbookWrites onServer(Connection connection) {
        return new WorkbookWrites(connection, null, WriteAccess.WRITABLE);
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    <T> T write(String whatFailed, Transactions.SqlWork<T> work) {
        access.check(whatFailed);
        if (file == null) {
            try {
                return Transactions.run(connection, work);
            } catch (SQLException e) {
                throw new StoreException(whatFailed, ServerProblems.diagnose(e), e);
            }
        }
        if (!file.inPlace()) {
            throw new StoreException(whatFailed, SaveProblem.MOVED_OR_DELETED,
                    new java.io.IOException(file.path() + " is no longer the file that was opened"));
        }
        try {
            return Transactions.run(connection, work);
        } catch (SQLException e) {
            throw new StoreException(whatFailed, SaveProblems.diagnose(e, file), e);
        }
    }
}
