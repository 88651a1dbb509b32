package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The workbook's file as it was when opened. SQLite writes through the file it opened, so if the file is
 * renamed or deleted meanwhile every save still "succeeds" into a file no one will find again (measured:
 * after {@code rm} or {@code mv} of the workbook, UPDATEs return success and the changes are gone at close).
 * Comparing the path's file key (device and inode on Unix) with the one seen at open catches that.
 */
final class WorkbookFile {
    private final Path path;
    /** Null where the platform has no file keys (Windows, which does not let an open workbook be moved). */
    private final Object key;

    private WorkbookFile(Path path, Object key) {
        this.path = path;
        this.key = key;
    }

    /** The file at {@code path} as it is now. */
    static WorkbookFile at(Path path) throws IOException {
        return new WorkbookFile(path, Files.readAttributes(path, BasicFileAttributes.class).fileKey());
    }

    Path path() {
        return path;
    }

    /** True while {@code path} still names the file that was opened; false once it was moved, deleted or replaced. */
    boolean inPlace() {
        try {
            Object now = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key == null || Objects.equals(key, now);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            // Cannot tell (the folder became unreadable, say); the write itself will show whether it works.
            return true;
        }
    }
}
