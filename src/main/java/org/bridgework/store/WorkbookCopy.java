package org.bridgework.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A consistent copy of an open workbook in a new file, made with {@code VACUUM INTO} through the workbook's
 * own connection. It is built under a hidden temporary name beside the target and moved into place only when
 * complete and on disk, so the target is either a whole workbook or absent; an existing file is never replaced.
 */
final class WorkbookCopy {
    private WorkbookCopy() {
    }

    static void write(Connection connection, Path target) {
        String whatFailed = "Could not save a copy to " + target;
        Path temporary = null;
        try {
            if (Files.exists(target)) {
                throw new IOException(target + " already exists");
            }
            // VACUUM INTO accepts an existing file only if it is empty: this one is, and private to the user.
            temporary = Files.createTempFile(target.getParent(), ".bridgework-copy-", ".tmp", FilePermissions.privateFile());
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.execute();
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target);
            temporary = null;
        } catch (SQLException e) {
            throw new StoreException(whatFailed, e);
        } catch (IOException e) {
            throw new StoreException(whatFailed, SaveProblem.OTHER, e);
        } finally {
            BackupFiles.deleteQuietly(temporary);
        }
    }
}
