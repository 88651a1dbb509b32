package org.bridgework.plan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bridgework.text.Texts;

/**
 * Writes a PDF so that the target is either the complete new file or left as it was: the bytes go to a
 * hidden temporary file in the same folder, which is then moved over the target in one step. A full disk, a
 * crash or a cancelled write never leaves half a PDF under the name the user chose.
 */
public final class PlanFiles {
    private PlanFiles() {
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, Texts.get("plan.file.isFolder"));
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Why a write failed, in a few plain words for the user. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Texts.get("plan.file.noFolder");
        }
        if (e instanceof AccessDeniedException) {
            return Texts.get("plan.file.denied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
