package org.bridgework.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The workbook files this process has open through SQLite, read-write or read-only. Plain Java I/O must not
 * open such a file: closing that descriptor would drop every POSIX lock this process holds on it, SQLite's too,
 * and another process could then check-point or delete the write-ahead log under this one's feet.
 */
final class OpenInThisProcess {
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private OpenInThisProcess() {
    }

    static synchronized boolean isOpen(Path file) {
        return OPEN.containsKey(WorkbookPaths.canonical(file));
    }

    static synchronized void opened(Path file) {
        OPEN.merge(WorkbookPaths.canonical(file), 1, Integer::sum);
    }

    static synchronized void closed(Path file) {
        OPEN.computeIfPresent(WorkbookPaths.canonical(file), (key, count) -> count == 1 ? null : count - 1);
    }
}
