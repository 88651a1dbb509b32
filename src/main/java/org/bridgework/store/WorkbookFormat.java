package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/** The format version a workbook file records ({@code PRAGMA user_version}), for the diagnostic report. */
public final class WorkbookFormat {
    private WorkbookFormat() {
    }

    /**
     * The format of the workbook at {@code file}, read through a connection of its own that only looks (also
     * while this or another process has it open); empty if there is no such file or it cannot be read.
     * Call off the JavaFX thread.
     */
    public static OptionalInt of(Path file) {
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        try (Connection connection = SqliteConnections.viewing(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
        } catch (SQLException e) {
            System.getLogger(WorkbookFormat.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not read a workbook's format version", e);
            return OptionalInt.empty();
        }
    }
}
