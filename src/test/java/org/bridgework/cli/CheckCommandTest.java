package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aHealthyWorkbookIsReportedWithExitZero() throws Exception {
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        assertEquals(0, run(file));
        assertTrue(text(out).contains("a healthy Bridgework workbook"), text(out));
    }

    @Test
    void aBadFileIsNamedWithItsProblemAndLeftAlone() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.db"), "not a database at all, just words");
        String before = FileBytes.sha256(file);
        assertEquals(1, run(file));
        String message = text(err);
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("this is not a workbook file"), message);
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void aMissingFileIsSaidToBeMissingAndNotCreated() {
        Path file = folder.resolve("absent.db");
        assertEquals(1, run(file));
        assertTrue(text(err).contains("there is no file at"), text(err));
        assertTrue(Files.notExists(file));
    }

    private int run(Path file) {
        return CheckCommand.run(file, writer(out), writer(err));
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
