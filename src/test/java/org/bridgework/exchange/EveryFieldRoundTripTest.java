package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.fields.EveryField;
import org.bridgework.fields.RepairFields;
import org.bridgework.fields.Sheet;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repair with every described field set to a value of its own (never the blank one) survives the workbook
 * (saved, closed, reopened, loaded) and the export (exported, imported into another workbook, loaded): a field
 * that is described but not stored, or not exported, or read back into another field, fails here.
 */
class EveryFieldRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void everyDescribedFieldIsStoredAndExported() throws Exception {
        RepairCase repair;
        try (Workbook book = Workbook.open(folder.resolve("source.db"), FixedClock.now())) {
            long id = book.relationships().create(Relationship.draft("Every field", FixedClock.NOW)).id();
            repair = new EveryField().of(RepairFields.SHEET).withRelationshipId(id);
            book.repairCases().save(repair);
        }
        try (Workbook book = Workbook.open(folder.resolve("source.db"), FixedClock.now())) {
            assertEquals(repair, book.repairCases().load(repair.relationshipId()), "through the workbook");
            WorkbookExport.all(book, folder.resolve("every.json"), "9.9.9");
        }
        String file = Files.readString(folder.resolve("every.json"), StandardCharsets.UTF_8);
        for (String name : exportNames(RepairFields.SHEET)) {
            assertTrue(file.contains("\"" + name + "\": "), "the export names " + name);
        }

        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");
        try (Workbook book = Workbook.open(target, FixedClock.now())) {
            WorkbookImport.run(book, folder.resolve("every.json"));
            long id = book.relationships().findAll().get(0).id();
            assertEquals(repair.withRelationshipId(id), book.repairCases().load(id), "through the export");
        }
    }

    private static List<String> exportNames(Sheet<?> sheet) {
        return sheet.fields().stream().flatMap(f -> f.sheet() == null ? Stream.of(f.json())
                : Stream.concat(Stream.of(f.json()), exportNames(f.nested()).stream())).toList();
    }
}
