package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are unique in a workbook: an imported relationship whose name is taken comes in under a free one. */
class ImportNameClashTest {
    @TempDir
    Path folder;

    @Test
    void aTakenNameBecomesTheFirstFreeImportedVariantAndEverythingElseIsKept() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        Path file = folder.resolve("all.json");
        ExchangeSamples.exportAll(source, file);
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");
        try (Workbook book = Workbook.open(target, FixedClock.now())) {
            book.relationships().createAll(List.of(Relationship.draft("ALDER & FINCH HOME", FixedClock.NOW),
                    Relationship.draft("Alder & Finch Home (imported)", FixedClock.NOW)));
        }

        ImportResult result = ExchangeSamples.importInto(target, file);

        assertEquals(List.of(new ImportResult.Rename(ExampleCase.CLIENT, "Alder & Finch Home (imported 2)")),
                result.renamed());
        List<WholeRelationship> before = ExportImportRoundTripTest.whole(source);
        List<WholeRelationship> after = ExportImportRoundTripTest.whole(target).stream()
                .filter(w -> !w.relationship().name().startsWith("ALDER") && !w.relationship().name().endsWith("(imported)"))
                .map(w -> w.relationship().name().equals("Alder & Finch Home (imported 2)")
                        ? new WholeRelationship(w.relationship().withName(ExampleCase.CLIENT), w.repair(), w.milestones())
                        : w)
                .toList();
        assertEquals(before, after, "renamed, and otherwise exactly as exported: times, repair, milestones");
    }

    @Test
    void importingTheSameFileTwiceAddsASecondCopyUnderNewNames() throws Exception {
        Path source = ExchangeSamples.richWorkbook(folder);
        Path file = folder.resolve("all.json");
        ExchangeSamples.exportAll(source, file);
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");
        assertEquals(List.of(), ExchangeSamples.importInto(target, file).renamed());
        ImportResult again = ExchangeSamples.importInto(target, file);
        assertEquals(7, again.renamed().size());
        assertEquals(List.of("Alder & Finch Home (imported)", "Brightwater Garden Centres (imported)",
                ExchangeSamples.FULL + " (imported)", ExchangeSamples.REALISTIC + " (imported)",
                ExchangeSamples.UNTOUCHED + " (imported)", "Tollgate Fleet Care (imported)",
                ExchangeSamples.SMALLER + " (imported)"), again.imported().stream().map(Relationship::name).toList());
        assertEquals(14, ExportImportRoundTripTest.whole(target).size());
    }

    @Test
    void twoNamesInOneFileThatCountAsTheSameAreToldApart() throws Exception {
        Path file = folder.resolve("two.json");
        Files.writeString(file, """
                {"format": "bridgework-export", "formatVersion": 1, "relationships": [
                  {"name": "\u00c9mile Trading", "kind": "client",
                   "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-02T00:00:00Z"},
                  {"name": "\u00e9mile trading", "kind": "supplier",
                   "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-02T00:00:00Z"}]}
                """);
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");
        ImportResult result = ExchangeSamples.importInto(target, file);
        assertEquals(List.of(new ImportResult.Rename("\u00e9mile trading", "\u00e9mile trading (imported)")),
                result.renamed());
    }
}
