package org.bridgework.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;

/** Workbooks with everything an export must carry, and what a test needs to look at one. */
final class ExchangeSamples {
    /** The rich relationships' names, by name order as the export lists them. */
    static final String FULL = "Harbour & Sons \uD83D\uDEA2";
    static final String REALISTIC = "Jürgen Weiß GmbH";
    static final String SMALLER = "\u682a\u5f0f\u4f1a\u793e Kit\u014d";
    static final String UNTOUCHED = "Never started";

    private ExchangeSamples() {
    }

    /**
     * The example workbook plus four relationships: every worksheet full of tricky and very long text, a
     * realistic one, a smaller archived one, and one whose repair was never started; with milestones.
     */
    static Path richWorkbook(Path folder) throws Exception {
        Path file = folder.resolve("rich.db");
        ExampleWorkbook.createIfMissing(file, FixedClock.now());
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            Instant made = Instant.parse("2025-02-03T04:05:06.789Z");
            List<Relationship> stored = book.relationships().createAll(List.of(
                    new Relationship(0, FULL, RepairSamples.TRICKY, "Zoë \"Z\" O'Brien", RepairSamples.LONG,
                            RelationshipKind.PARTNER, RepairSamples.TRICKY, false, made, made),
                    new Relationship(0, REALISTIC, "Weiß", "", "", RelationshipKind.SUPPLIER, "", false, made, made),
                    new Relationship(0, SMALLER, "", "", "", RelationshipKind.INTERNAL, "", true, made, made),
                    new Relationship(0, UNTOUCHED, "", "", "", RelationshipKind.OTHER, "", false, made, made)));
            book.repairCases().save(RepairSamples.full(stored.get(0).id()));
            book.repairCases().save(RepairSamples.realistic(stored.get(1).id()));
            book.repairCases().save(RepairSamples.smaller(stored.get(2).id()));
            book.milestones().record(stored.get(0).id(), RepairStep.ASSESS, LocalDate.of(2026, 1, 2));
            book.milestones().record(stored.get(0).id(), RepairStep.UNDERSTAND, LocalDate.of(2026, 1, 9));
            book.milestones().record(stored.get(1).id(), RepairStep.REBUILD, LocalDate.of(2026, 6, 30));
        }
        return file;
    }

    /** A new, empty workbook. */
    static Path emptyWorkbook(Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        Workbook.open(file, FixedClock.now()).close();
        return file;
    }

    /** Exports the whole workbook in {@code file} and returns the export's bytes. */
    static byte[] exportAll(Path workbook, Path target) throws Exception {
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            WorkbookExport.all(book, target, "9.9.9");
        }
        return Files.readAllBytes(target);
    }

    /** What the whole workbook holds, as its export: to compare a workbook before and after. */
    static String contents(Path workbook) throws Exception {
        Path target = Files.createTempFile("bridgework-contents-", ".json");
        try {
            return new String(exportAll(workbook, target), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    static ImportResult importInto(Path workbook, Path file) throws ExchangeException, IOException {
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            return WorkbookImport.run(book, file);
        } catch (org.bridgework.store.WorkbookException e) {
            throw new IOException(e);
        }
    }
}
