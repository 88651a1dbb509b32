package org.bridgework.store;

import java.nio.file.Path;

/**
 * Whether a workbook may be written, asked by every repository before it writes. A read-only workbook's
 * connection cannot write anyway; this says so plainly, before SQLite's "attempt to write a readonly database".
 */
final class WriteAccess {
    static final WriteAccess WRITABLE = new WriteAccess(null);

    /** The read-only workbook's file; null when writable. */
    private final Path readOnlyFile;

    private WriteAccess(Path readOnlyFile) {
        this.readOnlyFile = readOnlyFile;
    }

    static WriteAccess readOnly(Path file) {
        return new WriteAccess(file);
    }

    boolean readOnly() {
        return readOnlyFile != null;
    }

    /** @throws WorkbookReadOnlyException if the workbook is read-only */
    void check(String what) {
        if (readOnlyFile != null) {
            throw new WorkbookReadOnlyException(readOnlyFile, what);
        }
    }
}
