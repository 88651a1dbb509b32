package org.bridgework.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes backup copies so that a file under a backup's name is always complete: each copy is built
 * under a hidden temporary name, forced to the disk, and only then renamed into place.
 */
final class BackupFiles {
    /** How many copies with one name may be made in one second before giving up. */
    private static final int MAX_NUMBER = 100;

    private BackupFiles() {
    }

    /**
     * Writes a consistent copy of the database open on {@code connection} to {@code target}, which
     * must not exist yet. {@code VACUUM INTO} reads one snapshot, so writes by other connections
     * meanwhile are either wholly in the copy or not at all.
     */
    static void vacuumInto(Connection connection, Path target) throws IOException, SQLException {
        Path folder = target.getParent();
        Files.createDirectories(folder, FilePermissions.privateFolder());
        Path temporary = temporaryFor(target);
        try {
            // SQLite writes into an empty file and keeps its owner-only permissions.
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.execute();
            }
            sync(temporary);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The first of {@code base.db}, {@code base-2.db} … in {@code folder} that does not exist. */
    static Path unusedName(Path folder, String base) throws IOException {
        for (int number = 1; number <= MAX_NUMBER; number++) {
            Path candidate = folder.resolve(BackupNames.numbered(base, number));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new FileAlreadyExistsException(folder.resolve(BackupNames.numbered(base, 1)).toString());
    }

    /** A byte-for-byte copy of {@code source} in a new hidden file in {@code folder}, forced to the disk. */
    static Path copyToTemporary(Path source, Path folder, String prefix) throws IOException {
        Path temporary = Files.createTempFile(folder, prefix, BackupNames.temporarySuffix(), FilePermissions.privateFile());
        try {
            // Into the file made above, not a new one: it keeps its owner-only permissions.
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            sync(temporary);
            return temporary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Moves {@code complete} over {@code target} in one step: a reader sees the old file or the new, never a mix. */
    static void replace(Path complete, Path target) throws IOException {
        Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
    }

    /** Deletes a temporary file (null: none), if it can: used on the way out of a copy, a backup or a restore. */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind, a hidden temporary file is harmless (it never looks like a workbook or a backup);
            // what the caller reports, success or the error that got it here, is what matters.
        }
    }

    private static Path temporaryFor(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), BackupNames.temporaryPrefix(target.getFileName().toString()),
                BackupNames.temporarySuffix(), FilePermissions.privateFile());
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the system allows a folder to be synced (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here; the rename is still atomic, only perhaps not yet on the disk.
        }
    }
}
