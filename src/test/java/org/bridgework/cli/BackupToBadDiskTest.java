package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.ScratchDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup --encrypt} onto a disk that is full or has turned read-only (real small file systems, as the
 * save-failure tests use): exit code 1, the reason in plain words, the workbook untouched, nothing left behind.
 */
class BackupToBadDiskTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFullDiskGetsNoHalfWrittenCopy() throws Exception {
        Path book = ExampleWorkbook.createIfMissing(folder.resolve("book.db"), FixedClock.now());
        Path passphrase = Files.writeString(folder.resolve("pass.txt"), "Seven blue herons 42\n");
        String before = FileBytes.sha256(book);
        try (ScratchDisk disk = ScratchDisk.tmpfs("512k")) {
            disk.fill();
            assertEquals(1, BackupCommand.run(book, disk.folder(), true, passphrase, FixedClock.now(), writer(out),
                    writer(err)));
            assertTrue(text(err).contains("cannot write the backup " + disk.folder().resolve("book-daily-20261123.db.gpg")),
                    text(err));
            assertTrue(text(err).contains("Nothing was written."), text(err));
            assertEquals(List.of("filler"), names(disk.folder()));
        }
        assertEquals(before, FileBytes.sha256(book));
        assertEquals(List.of(), names(folder.resolve("backups")).stream().filter(name -> name.startsWith("."))
                .toList(), "no plain copy left beside the workbook");
    }

    @Test
    void aDiskTurnedReadOnlyIsReportedToo() throws Exception {
        Path book = ExampleWorkbook.createIfMissing(folder.resolve("book.db"), FixedClock.now());
        Path passphrase = Files.writeString(folder.resolve("pass.txt"), "Seven blue herons 42\n");
        try (ScratchDisk disk = ScratchDisk.ext4(8)) {
            List<String> before = names(disk.folder());
            disk.failIntoReadOnly();
            assertEquals(1, BackupCommand.run(book, disk.folder(), true, passphrase, FixedClock.now(), writer(out),
                    writer(err)));
            assertTrue(text(err).contains("cannot write the backup"), text(err));
            assertEquals(before, names(disk.folder()));
        }
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
