package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.cli.LauncherProcess.Result;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgework export} and {@code bridgework import} through the real launcher, on the module path. */
class ExchangeCommandIT {
    @TempDir
    Path folder;
    private Path example;

    @BeforeEach
    void example() throws Exception {
        example = folder.resolve("example.db");
        Result made = LauncherProcess.run(folder, "example", "--workbook", example.toString());
        assertEquals(0, made.code(), made.err());
    }

    @Test
    void exportThenImportIntoAnotherWorkbookThenExportGivesTheSameFile() throws Exception {
        Path first = folder.resolve("first.json");
        Result exported = LauncherProcess.run(folder, "export", "--workbook", example.toString(), "--relationship",
                "Alder & Finch Home", first.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals("", exported.err());
        assertTrue(exported.out().contains("Exported one relationship from"), exported.out());

        Path target = folder.resolve("target.db");
        try (Workbook book = Workbook.open(target, FixedClock.now())) {
            book.relationships().create(Relationship.draft("Alder & Finch Home", FixedClock.NOW));
        }
        Result imported = LauncherProcess.run(folder, "import", "--workbook", target.toString(), first.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("Imported one relationship from " + first + " into " + target),
                imported.out());
        assertTrue(imported.out().contains("\n  “Alder & Finch Home” is now “Alder & Finch Home (imported)”"),
                imported.out());

        Path second = folder.resolve("second.json");
        assertEquals(0, LauncherProcess.run(folder, "export", "--workbook", target.toString(),
                "--relationship", "ALDER & FINCH HOME (IMPORTED)", second.toString()).code());
        String expected = Files.readString(first).replace("\"name\": \"Alder & Finch Home\"",
                "\"name\": \"Alder & Finch Home (imported)\"");
        assertEquals(expected, Files.readString(second), "the same relationship, byte for byte, but for its name");
    }

    @Test
    void aBadFileIsRefusedOnStandardErrorAndTheWorkbookIsUntouched() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"bridgework-export\", \"formatVersion\": 7}");
        String before = FileBytes.sha256(example);
        Result result = LauncherProcess.run(folder, "import", "--workbook", example.toString(), bad.toString());
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("bridgework: Bridgework did not import " + bad
                + ": it was written by a newer version of Bridgework (export format 7;"), result.err());
        assertEquals(before, FileBytes.sha256(example), "the workbook file is byte for byte as it was");
    }

    @Test
    void anExistingFileIsNeverReplacedAndAnUnknownNameIsSaid() throws Exception {
        Path existing = Files.writeString(folder.resolve("keep.json"), "mine");
        Result result = LauncherProcess.run(folder, "export", "--workbook", example.toString(), existing.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("already exists"), result.err());
        assertEquals("mine", Files.readString(existing));

        Path none = folder.resolve("none.json");
        Result unknown = LauncherProcess.run(folder, "export", "--workbook", example.toString(), "--relationship",
                "Nobody", none.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("there is no relationship called “Nobody”"), unknown.err());
        assertFalse(Files.exists(none));

        Result missing = LauncherProcess.run(folder, "import", "--workbook", folder.resolve("typo.db").toString(),
                none.toString());
        assertEquals(1, missing.code());
        assertFalse(Files.exists(folder.resolve("typo.db")), "no workbook is created for a file that is not there");
    }

    @Test
    void importMakesAWorkbookThatDoesNotExistYet() throws Exception {
        Path export = folder.resolve("example.json");
        assertEquals(0, LauncherProcess.run(folder, "export", "--workbook", example.toString(), export.toString()).code());
        Path fresh = folder.resolve("fresh.db");
        Result imported = LauncherProcess.run(folder, "import", "--workbook=" + fresh, export.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("into the new workbook " + fresh), imported.out());
        assertTrue(imported.out().contains("Imported 3 relationships"), "the example's three: " + imported.out());
        try (Workbook book = Workbook.open(fresh, FixedClock.now())) {
            assertEquals(3, book.relationships().findAll().size());
        }
    }

    @Test
    void withoutItsFileTheCommandLineIsNotUnderstood() throws Exception {
        Result result = LauncherProcess.run(folder, "export", "--workbook", example.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("export needs the file to write"), result.err());
        assertTrue(result.err().contains("Usage: bridgework export [-h] --workbook=FILE"), "the usage: " + result.err());
    }
}
