package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/** Checks an existing file before SQLite is allowed near it: only reads, never writes. */
final class WorkbookFileCheck {
    private WorkbookFileCheck() {
    }

    /** Refuses a file that is not a complete, writable SQLite database file. */
    static void check(Path file) throws WorkbookException {
        check(file, true, true);
    }

    /**
     * @param readHeader      false when this process has the file open through SQLite: closing a plain reader of
     *                        it would drop SQLite's POSIX locks on it, and it was checked when first opened
     * @param requireWritable false for a workbook opened only to be looked at
     */
    static void check(Path file, boolean readHeader, boolean requireWritable) throws WorkbookException {
        if (Files.isDirectory(file)) {
            throw new WorkbookException(file, WorkbookProblem.UNREADABLE, "it is a folder");
        }
        if (!Files.isReadable(file)) {
            throw new WorkbookException(file, WorkbookProblem.UNREADABLE, "no permission to read it");
        }
        long size = size(file);
        if (size == 0) {
            throw new WorkbookException(file, WorkbookProblem.EMPTY_FILE, "0 bytes");
        }
        if (readHeader) {
            checkHeader(file, size);
        }
        if (requireWritable && !writable(file)) {
            throw new WorkbookException(file, WorkbookProblem.READ_ONLY, "");
        }
    }

    private static void checkHeader(Path file, long size) throws WorkbookException {
        SqliteHeader header = readHeader(file);
        if (!header.startsWithMagic()) {
            throw new WorkbookException(file, WorkbookProblem.NOT_SQLITE, "");
        }
        if (!header.complete()) {
            throw new WorkbookException(file, WorkbookProblem.TRUNCATED, size + " bytes");
        }
        int pageSize = header.pageSize();
        if (pageSize == 0) {
            throw new WorkbookException(file, WorkbookProblem.CORRUPT, "invalid page size");
        }
        if (hasLogWithFrames(file)) {
            // A crash during a checkpoint leaves page 1 (with the new size) written before the pages after it;
            // the write-ahead log still holds them and SQLite finishes the job on open. The integrity check
            // that follows judges such a file, not its length.
            return;
        }
        long pages = header.pageCount();
        if (size % pageSize != 0 || (pages > 0 && size < pages * pageSize)) {
            String expected = pages > 0 ? ", expected " + pages * pageSize : "";
            throw new WorkbookException(file, WorkbookProblem.TRUNCATED, size + " bytes" + expected);
        }
    }

    /** True if a write-ahead log beside the file holds at least one frame (more than its 32-byte header). */
    private static boolean hasLogWithFrames(Path file) {
        try {
            Path log = Path.of(file.toAbsolutePath() + "-wal");
            return Files.isRegularFile(log) && Files.size(log) > 32;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writable for its owner. The permission bits are read too because an administrator account
     * may write anywhere, and a file its owner marked read-only must still be treated as such.
     */
    static boolean writable(Path file) {
        if (!Files.isWritable(file)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    private static long size(Path file) throws WorkbookException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WorkbookException(file, WorkbookProblem.UNREADABLE, e.getMessage(), e);
        }
    }

    private static SqliteHeader readHeader(Path file) throws WorkbookException {
        try {
            return SqliteHeader.read(file);
        } catch (IOException e) {
            throw new WorkbookException(file, WorkbookProblem.UNREADABLE, e.getMessage(), e);
        }
    }
}
