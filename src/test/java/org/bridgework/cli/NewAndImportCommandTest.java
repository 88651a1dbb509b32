package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookInspector;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} makes an empty workbook and never touches a file; {@code import} makes a workbook that is missing. */
class NewAndImportCommandTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void newMakesAnEmptyWorkbookThatOpens() throws Exception {
        Path file = folder.resolve("sub folder").resolve("fresh.db");
        assertEquals(0, NewCommand.run(file, FixedClock.now(), writer(out), writer(err)), text(err));
        assertTrue(text(out).contains("Made the empty workbook " + file), text(out));
        assertEquals(Workbook.latestSchemaVersion(), WorkbookInspector.inspect(file).schemaVersion());
        assertEquals(0, count(file, "relationship"), "empty");
        assertEquals(List.of("fresh.db"), names(file.getParent()), "nothing left beside it");
    }

    @Test
    void newNeverTouchesAnExistingFileWorkbookOrNot() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.db"), "my notes");
        Path book = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
        String before = FileBytes.sha256(book);
        assertEquals(1, NewCommand.run(notes, FixedClock.now(), writer(out), writer(err)));
        assertEquals(1, NewCommand.run(book, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains(notes + " already exists"), text(err));
        assertTrue(text(err).contains("Nothing was changed"), text(err));
        assertEquals("my notes", Files.readString(notes));
        assertEquals(before, FileBytes.sha256(book));
        assertEquals("", text(out));
    }

    @Test
    void importMakesAWorkbookThatDoesNotExistYet() throws Exception {
        Path export = exportOfTheExample();
        Path target = folder.resolve("new.db");
        assertEquals(0, ImportCommand.run(target, export, FixedClock.now(), writer(out), writer(err)), text(err));
        assertTrue(text(out).contains("Imported 3 relationships from " + export + " into the new workbook " + target),
                text(out));
        try (Workbook book = Workbook.open(target, FixedClock.now())) {
            assertEquals(List.of("Alder & Finch Home", "Brightwater Garden Centres", "Tollgate Fleet Care"),
                    book.relationships().findAll().stream().map(Relationship::name).toList());
        }
    }

    @Test
    void aFailedImportLeavesNoNewWorkbookBehind() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"something else\"}");
        Path target = folder.resolve("new.db");
        assertEquals(1, ImportCommand.run(target, bad, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("did not import " + bad), text(err));
        assertEquals(1, ImportCommand.run(target, folder.resolve("typo.json"), FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("there is no export file at " + folder.resolve("typo.json")), text(err));
        assertEquals(List.of("bad.json"), names(folder), "no workbook, no lock or log file");
    }

    @Test
    void importStillRefusesAFileThatIsNotAWorkbookAndLeavesItAlone() throws Exception {
        Path export = exportOfTheExample();
        Path page = Files.writeString(folder.resolve("page.db"), "<html>a saved web page</html>");
        assertEquals(1, ImportCommand.run(page, export, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("this is not a workbook file"), text(err));
        assertEquals("<html>a saved web page</html>", Files.readString(page));
    }

    private Path exportOfTheExample() throws Exception {
        Path source = ExampleWorkbook.createIfMissing(folder.resolve("source").resolve("example.db"), FixedClock.now());
        Path export = folder.resolve("source").resolve("example.json");
        try (Workbook book = Workbook.open(source, FixedClock.now())) {
            WorkbookExport.all(book, export, "test");
        }
        return export;
    }

    /** Counts rows with a connection of its own, not the store's. */
    private static int count(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.getInt(1);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.equals("source")).sorted()
                    .toList();
        }
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
