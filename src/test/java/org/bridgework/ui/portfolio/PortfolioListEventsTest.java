package org.bridgework.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.NoDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made to many rows at once reach the portfolio's list once, not once a row: the sorted list under it sorts
 * itself again for every change it hears of, so a search that found 6,667 of 10,000 relationships froze the window
 * for minutes (found with the 10,000-relationship benchmark workbook, docs/benchmarks.md).
 */
class PortfolioListEventsTest {
    private static final int ROWS = 120;

    @TempDir
    Path folder;

    @Test
    void aSearchAnswerReachesTheListOnceWhateverTheRowsItMarks() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            for (int i = 0; i < ROWS; i++) {
                noted(workbook, String.format("Client %03d", i), "Gravel on the loading bay");
            }
            HeldRunner runner = new HeldRunner();
            PortfolioViewModel model = new PortfolioViewModel(runner, NoDialogs.expected(), Duration.ofSeconds(1),
                    FixedClock.now());
            model.load(workbook);
            runner.runAll();
            List<ListChangeListener.Change<? extends RelationshipItem>> heard = new ArrayList<>();
            model.shown().addListener((ListChangeListener<RelationshipItem>) heard::add);

            model.searchProperty().set("gravel");
            assertTrue(model.worksheets().searchingProperty().get(), "asked, not answered yet");
            assertTrue(model.shown().isEmpty(), "no name has the word");
            heard.clear();
            runner.runAll();

            assertEquals(ROWS, model.shown().size(), "every relationship whose notes have the word is listed");
            assertEquals(1, heard.size(), "one change for the whole answer");
            assertFalse(model.worksheets().searchingProperty().get());

            heard.clear();
            model.all().forEach(item -> item.summaryProperty().set(new PortfolioSummary(java.util.Optional.empty(), 2,
                    java.util.Optional.empty(), List.of(), java.util.Optional.empty())));
            assertEquals(0, heard.size(), "summaries read again are drawn by the rows, not sorted and filtered");
        }
    }

    private static void noted(Workbook workbook, String name, String notes) {
        Relationship made = workbook.relationships().create(Relationship.draft(name, FixedClock.NOW));
        workbook.relationships().update(new Relationship(made.id(), name, "", "", "", RelationshipKind.CLIENT, notes,
                false, made.createdAt(), made.updatedAt()));
    }
}
