package org.bridgework.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells why a write failed. SQLite's result code says "disk full", "read-only" or "locked" directly, but a
 * disk the kernel turned read-only under an open file shows only as an I/O error (measured: ext4 after an
 * error gives SQLITE_IOERR_WRITE), so for I/O errors the file system is asked too.
 */
final class SaveProblems {
    /** Below this much free space an I/O error is taken to be a full disk (a WAL frame is a page and a header). */
    private static final long NEARLY_FULL_BYTES = 64 * 1024;

    private SaveProblems() {
    }

    /** From SQLite's result code alone, anywhere in the chain of causes. */
    static SaveProblem fromCode(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store) {
                return store.problem();
            }
            if (cause instanceof SQLException sql) {
                return fromCode(sql);
            }
        }
        return SaveProblem.OTHER;
    }

    /** From the result code, and for an I/O error from the state of {@code file} and its file system. */
    static SaveProblem diagnose(SQLException error, WorkbookFile file) {
        SaveProblem byCode = fromCode(error);
        if (byCode == SaveProblem.DISK_FULL || byCode == SaveProblem.LOCKED) {
            return byCode;
        }
        if (!file.inPlace()) {
            return SaveProblem.MOVED_OR_DELETED;
        }
        if (byCode == SaveProblem.READ_ONLY || byCode == SaveProblem.OTHER && isIoError(error)) {
            return fromFileSystem(file.path()).orElse(byCode);
        }
        return byCode;
    }

    private static SaveProblem fromCode(SQLException error) {
        if (error instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_DBMOVED) {
            return SaveProblem.MOVED_OR_DELETED;
        }
        // The primary result code is the low byte of the extended one (sqlite-jdbc reports the primary one).
        return switch (error.getErrorCode() & 0xFF) {
            case 13 -> SaveProblem.DISK_FULL;            // SQLITE_FULL
            case 8 -> SaveProblem.READ_ONLY;             // SQLITE_READONLY
            case 5, 6 -> SaveProblem.LOCKED;             // SQLITE_BUSY, SQLITE_LOCKED
            default -> SaveProblem.OTHER;
        };
    }

    private static boolean isIoError(SQLException error) {
        int primary = error.getErrorCode() & 0xFF;
        return primary == 10 || primary == 14;           // SQLITE_IOERR, SQLITE_CANTOPEN
    }

    /**
     * Asks the file system. Java reads "read-only" from the mount options, and ext4 since Linux 6.x marks a
     * disk it turned read-only after an error only internally (the mount still says "rw", and access() says
     * writable), so the sure test is to try: create and delete an empty file beside the workbook.
     */
    private static Optional<SaveProblem> fromFileSystem(Path file) {
        try {
            FileStore store = Files.getFileStore(file);
            if (store.isReadOnly() || !Files.isWritable(file)) {
                return Optional.of(SaveProblem.READ_ONLY);
            }
            if (store.getUsableSpace() < NEARLY_FULL_BYTES) {
                return Optional.of(SaveProblem.DISK_FULL);
            }
            Path probe = Files.createTempFile(file.toAbsolutePath().getParent(), ".bridgework-probe-", ".tmp");
            Files.delete(probe);
        } catch (FileSystemException e) {
            return Optional.of(SaveProblem.READ_ONLY);
        } catch (IOException e) {
            // The file system cannot be asked either; the code is all there is.
        }
        return Optional.empty();
    }
}
