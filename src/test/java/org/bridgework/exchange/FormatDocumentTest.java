package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/exchange-format.md tells the truth: its example imports, and it names the limit the code uses. */
class FormatDocumentTest {
    private static final Path DOCUMENT = Path.of("docs", "exchange-format.md");

    @TempDir
    Path folder;

    @Test
    void theDocumentedExampleImportsAsDescribed() throws Exception {
        String text = Files.readString(DOCUMENT);
        int section = text.indexOf("## An example");
        int start = text.indexOf("```json\n", section) + "```json\n".length();
        Path file = Files.writeString(folder.resolve("example.json"), text.substring(start, text.indexOf("```", start)));
        Path target = ExchangeSamples.emptyWorkbook(folder, "target.db");

        ImportResult result = ExchangeSamples.importInto(target, file);

        assertEquals(List.of("Harbour Print"), result.imported().stream().map(Relationship::name).toList());
        WholeRelationship imported = ExportImportRoundTripTest.whole(target).get(0);
        assertEquals(RepairStep.ACT, imported.repair().currentStep());
        assertEquals(CommitmentStatus.IN_PROGRESS, imported.repair().actionPlan().commitments().get(0).status());
        assertEquals(CommitmentKind.PROCESS_CHANGE,
                imported.repair().actionPlan().commitments().get(0).kind().orElseThrow());
        assertEquals("2026-11-20T16:45:12.500Z", imported.relationship().updatedAt().toString());
        assertEquals(1, imported.milestones().size());
    }

    @Test
    void theDocumentStatesTheLimitsTheCodeUses() throws Exception {
        String text = Files.readString(DOCUMENT);
        assertTrue(text.contains("larger than " + ExchangeFormat.MAX_FILE_BYTES / (1024 * 1024) + " MB"));
        assertTrue(text.contains("`formatVersion` | whole number, required | the version of this format; `"
                + ExchangeFormat.VERSION + "` is described here"));
    }
}
