package org.bridgework.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bridgework.text.Texts;

/**
 * Writes a file the user chose (a PDF, an export) so that it is either the complete new file or left as it
 * was: the content goes to a hidden temporary file in the same folder (readable by the user alone), which is
 * then moved over the target in one step. A full disk, a crash or a cancelled write never leaves half a file
 * under the name the user chose.
 */
public final class AtomicFiles {
    /** Writes the whole content to {@code out}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, Texts.get("file.isFolder"));
        }
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Why reading or writing a file failed, in a few plain words for the user. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Texts.get("file.noFolder");
        }
        if (e instanceof AccessDeniedException) {
            return Texts.get("file.denied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
