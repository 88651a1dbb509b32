package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;

/**
 * Export and import of a large workbook in which every relationship has a realistic repair (about sixty list
 * rows) and milestones; not a test. Run:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.bridgework.bench.ExchangeBenchmark -Dexec.args="2000"}
 */
public final class ExchangeBenchmark {
    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path folder = Files.createTempDirectory("bridgework-exchange-bench-");
        Path source = folder.resolve("source.db");
        try (Workbook book = Workbook.open(source, FixedClock.now())) {
            List<Relationship> drafts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                drafts.add(Relationship.draft(String.format("Relationship %05d", i), FixedClock.NOW));
            }
            for (Relationship stored : book.relationships().createAll(drafts)) {
                book.repairCases().save(RepairSamples.realistic(stored.id()));
                book.milestones().record(stored.id(), RepairStep.ASSESS, LocalDate.of(2026, 3, 1));
            }
        }
        Path file = folder.resolve("export.json");
        Path target = folder.resolve("target.db");
        Workbook.open(target, FixedClock.now()).close();
        for (int round = 1; round <= 3; round++) {
            Files.deleteIfExists(file);
            long start = System.nanoTime();
            try (Workbook book = Workbook.open(source, FixedClock.now())) {
                WorkbookExport.all(book, file, "bench");
            }
            long exported = System.nanoTime();
            try (Workbook book = Workbook.open(target, FixedClock.now())) {
                WorkbookImport.run(book, file);
            }
            long imported = System.nanoTime();
            System.out.printf("round %d: %d relationships, %.1f MB: export %.2f s, import %.2f s%n", round, count,
                    Files.size(file) / 1e6, (exported - start) / 1e9, (imported - exported) / 1e9);
        }
        System.out.println("files in " + folder);
    }
}
