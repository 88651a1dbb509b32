package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One name per workbook file, however it was reached, so two ways to the same file share its lock. */
final class WorkbookPaths {
    private WorkbookPaths() {
    }

    /**
     * The file's real path (symbolic links followed); for a file not made yet, its folder's real path and its name;
     * failing that, the absolute normalised path.
     */
    static Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // Fall back to the path as given.
        }
        return absolute;
    }
}
