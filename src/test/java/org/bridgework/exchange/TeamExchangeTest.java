package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export format is the same whichever store holds the data: a rich workbook file, imported into a team
 * workbook on a real PostgreSQL server, exports to the very same bytes; and back into a new file, again.
 */
class TeamExchangeTest {
    @TempDir
    Path folder;

    @Test
    void theSameDataExportsByteForByteFromEitherStore() throws Exception {
        Path local = ExchangeSamples.richWorkbook(folder);
        byte[] fromFile = ExchangeSamples.exportAll(local, folder.resolve("from-file.json"));
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        try (TeamWorkbook team = TeamWorkbook.create(address, null, FixedClock.now())) {
            ImportResult result = WorkbookImport.run(team, folder.resolve("from-file.json"));
            assertEquals(List.of(), result.renamed());
        }
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            WorkbookExport.all(team, folder.resolve("from-team.json"), "9.9.9");
        }
        assertArrayEquals(fromFile, Files.readAllBytes(folder.resolve("from-team.json")),
                "the team workbook's export is the workbook file's, byte for byte");

        Path copy = folder.resolve("copy.db");
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            team.saveCopyTo(copy);
        }
        try (Workbook book = Workbook.open(copy, FixedClock.now())) {
            WorkbookExport.all(book, folder.resolve("from-copy.json"), "9.9.9");
        }
        assertArrayEquals(fromFile, Files.readAllBytes(folder.resolve("from-copy.json")),
                "a local copy of the team workbook holds the same");
    }
}
