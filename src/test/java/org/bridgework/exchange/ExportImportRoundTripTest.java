package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → import into another real workbook → export: the same bytes, and the same data in the workbook. */
class ExportImportRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void aRichWorkbookComesBackByteForByte() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        byte[] first = ExchangeSamples.exportAll(source, folder.resolve("first.json"));
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");

        ImportResult result = ExchangeSamples.importInto(target, folder.resolve("first.json"));
        assertEquals(7, result.imported().size(), "the example's three and four more");
        assertEquals(List.of(), result.renamed());

        byte[] second = ExchangeSamples.exportAll(target, folder.resolve("second.json"));
        assertArrayEquals(first, second, "export → import → export gives the same file");
        assertEquals(whole(source), whole(target), "every field of every relationship, ids aside");
        assertEquals(startedRepairs(source), startedRepairs(target), "a repair never started stays without rows");
    }

    @Test
    void exportingTheSameDataTwiceGivesTheSameBytes() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        byte[] once = ExchangeSamples.exportAll(source, folder.resolve("once.json"));
        byte[] again = ExchangeSamples.exportAll(source, folder.resolve("again.json"));
        assertArrayEquals(once, again);
    }

    @Test
    void theFileIsPrettyPrintedUtf8WithUnixLineEndsAndAFinalNewline() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        String text = new String(ExchangeSamples.exportAll(source, folder.resolve("e.json")), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"bridgework-export\",\n  \"formatVersion\": 3,\n"
                + "  \"appVersion\": \"9.9.9\",\n  \"relationships\": [\n"), text.substring(0, 200));
        assertTrue(text.endsWith("\n  ]\n}\n"));
        assertTrue(!text.contains("\r\n"), "no CR LF line ends");
        assertTrue(text.contains("\"name\": \"" + ExchangeSamples.SMALLER + "\""), "non-ASCII written as itself");
        assertTrue(text.contains("\\u0000"), "control characters escaped");
        assertTrue(text.contains("\"milestones\": []"), "empty lists as []");
        assertTrue(text.contains(RepairSamples.LONG.substring(0, 1000)), "long text whole");
        assertTrue(!text.contains("\"id\""), "no database ids");
    }

    @Test
    void oneRelationshipAlone() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        Path file = folder.resolve("one.json");
        long id;
        try (Workbook book = Workbook.open(source, FixedClock.now())) {
            id = book.relationships().findAll().stream().filter(r -> r.name().equals(ExampleCase.CLIENT))
                    .findFirst().orElseThrow().id();
            assertEquals(1, WorkbookExport.one(book, id, file, "9.9.9"));
            assertEquals(0, WorkbookExport.one(book, 987654, folder.resolve("none.json"), "9.9.9"), "gone: nothing");
        }
        assertTrue(Files.notExists(folder.resolve("none.json")));
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");
        ImportResult result = ExchangeSamples.importInto(target, file);
        assertEquals(List.of(ExampleCase.CLIENT), result.imported().stream().map(Relationship::name).toList());
        WholeRelationship original = whole(source).stream()
                .filter(w -> w.relationship().name().equals(ExampleCase.CLIENT)).findFirst().orElseThrow();
        assertEquals(List.of(original), whole(target));
        assertEquals(7, original.milestones().size(), "the example's milestones came along");
    }

    @Test
    void anEmptyWorkbookExportsAndImportsNothing() throws Exception {
        Path empty = ExchangeSamples.emptyWorkbook(folder, "empty.db");
        byte[] bytes = ExchangeSamples.exportAll(empty, folder.resolve("empty.json"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"relationships\": []"));
        Path target = ExchangeSamples.richWorkbook(folder);
        String before = ExchangeSamples.contents(target);
        assertEquals(List.of(), ExchangeSamples.importInto(target, folder.resolve("empty.json")).imported());
        assertEquals(before, ExchangeSamples.contents(target));
    }

    @Test
    void theExportReplacesAnOldFileWholeAndLeavesNothingElseBehind() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        Path out = Files.createDirectories(folder.resolve("out"));
        Path file = out.resolve("w.json");
        Files.writeString(file, "old content");
        ExchangeSamples.exportAll(source, file);
        try (var files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        assertTrue(Files.readString(file).startsWith("{"));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), "readable by the user alone, like the workbook");
        }
    }

    @Test
    void theOpenWorkbookIsNeverReplacedByItsOwnExport() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        String before = ExchangeSamples.contents(source);
        try (Workbook book = Workbook.open(source, FixedClock.now())) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> WorkbookExport.all(book, source, "9.9.9"));
            assertEquals("it is the workbook itself", WorkbookExport.reason(e));
        }
        assertEquals(before, ExchangeSamples.contents(source));
    }

    /** The names of the relationships whose repair has rows in the workbook. */
    private static java.util.Set<String> startedRepairs(Path workbook) throws Exception {
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            java.util.Set<Long> ids = book.repairCases().currentSteps().keySet();
            return book.relationships().findAll().stream().filter(r -> ids.contains(r.id())).map(Relationship::name)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Every relationship of the workbook, whole, with ids cleared so two workbooks compare. */
    static List<WholeRelationship> whole(Path workbook) throws Exception {
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return book.relationships().findAll().stream().map(r -> new WholeRelationship(r.withId(0),
                    book.repairCases().load(r.id()).withRelationshipId(0), book.milestones().load(r.id()))).toList();
        }
    }
}
