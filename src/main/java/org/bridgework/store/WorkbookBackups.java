package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Consistent copies of a workbook in a {@code backups} folder beside it. */
public final class WorkbookBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private WorkbookBackups() {
    }

    /** The folder that holds the backups of {@code workbook}. */
    public static Path folderOf(Path workbook) {
        return workbook.toAbsolutePath().getParent().resolve("backups");
    }

    /**
     * Copies the workbook before it is upgraded to {@code toVersion}. Uses {@code VACUUM INTO} on a
     * read-only connection, so the copy is consistent and the original is not touched.
     *
     * @return the copy
     */
    static Path beforeUpgrade(Path workbook, int toVersion, Clock clock) throws WorkbookException {
        String stem = workbook.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = stem + "-before-v" + toVersion + "-" + LocalDateTime.now(clock).format(STAMP) + ".db";
        Path target = folderOf(workbook).resolve(name);
        try {
            Files.createDirectories(target.getParent(), FilePermissions.privateFolder());
            if (Files.exists(target)) {
                return target;
            }
            try (Connection connection = SqliteConnections.readOnly(workbook);
                 PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toString());
                vacuum.execute();
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new WorkbookException(workbook, WorkbookProblem.UPGRADE_FAILED,
                    "could not back it up to " + target + ": " + e.getMessage(), e);
        }
    }
}
