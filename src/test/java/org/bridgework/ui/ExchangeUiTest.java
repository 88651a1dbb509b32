package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.example.ExampleCase;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.example.SurchargeCase;
import org.bridgework.example.WorkshopCase;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export… (Ctrl+Shift+E) and File → Import… (Ctrl+I) from the keyboard, on the example workbook plus
 * two relationships. The choice dialog, the result and the error are the real ones; only the system's file
 * choosers, which are native windows, answer by themselves.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeUiTest {
    private MainWindowHarness harness;
    private Stage stage;
    private Path exportTo;
    private Path importFrom;
    private String suggested;
    private final AtomicInteger choosers = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withDialogs(owner -> new ChoosingDialogs(new FxDialogService(owner)));
        ExampleWorkbook.createIfMissing(harness.workbook, FixedClock.now());
        harness.withRelationships(List.of(Relationship.draft("Harbour Print", FixedClock.NOW),
                Relationship.draft("Meridian Foods", FixedClock.NOW)));
        harness.start(stage);
    }

    @BeforeEach
    void loaded() throws Exception {
        harness.awaitLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void ctrlShiftEOffersTheSelectedRelationshipAndEnterExportsIt(FxRobot robot) throws Exception {
        select(robot, ExampleCase.CLIENT);
        exportTo = harness.folder.resolve("one.json");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        RadioButton selected = robot.lookup("#exportSelected").queryAs(RadioButton.class);
        assertTrue(selected.isSelected() && selected.isFocused(), "the selected relationship is offered first");
        assertEquals("The selected relationship, “Alder & Finch Home”", selected.getText().replace("_", ""));
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(exportTo));
        assertEquals("alder-finch-home.bridgework.json", suggested);
        String json = Files.readString(exportTo);
        assertTrue(json.contains("\"name\": \"Alder & Finch Home\""));
        assertFalse(json.contains("Harbour Print"), "only the selected relationship");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Exported one relationship to"));
    }

    @Test
    void downChoosesTheWholeWorkbookAndJsonIsAddedToAName(FxRobot robot) throws Exception {
        select(robot, "Meridian Foods");
        exportTo = harness.folder.resolve("everything");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.DOWN);
        assertTrue(robot.lookup("#exportWorkbook").queryAs(RadioButton.class).isSelected());
        Keyboard.push(KeyCode.ENTER);

        Path written = harness.folder.resolve("everything.json");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        assertEquals("workbook-2026-11-23.bridgework.json", suggested, "the workbook's name and today");
        String json = Files.readString(written);
        for (String name : List.of(ExampleCase.CLIENT, SurchargeCase.CLIENT, WorkshopCase.SUPPLIER, "Harbour Print",
                "Meridian Foods")) {
            assertTrue(json.contains("\"name\": \"" + name + "\""), name);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Exported 5 relationships to"));
    }

    @Test
    void aNameThatBecomesAnExistingFileWithJsonAddedIsReplacedOnlyWhenConfirmed(FxRobot robot) throws Exception {
        select(robot, "Meridian Foods");
        Path existing = Files.writeString(harness.folder.resolve("meridian.json"), "keep me");
        exportTo = harness.folder.resolve("meridian");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        DialogPane confirm = awaitDialog(robot);
        assertEquals(existing + " already exists. Replace it with this export?", confirm.getContentText());
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals("keep me", Files.readString(existing), "Esc keeps the file");

        Fx.run(stage::requestFocus);
        robot.targetWindow(stage);
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        awaitDialog(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.readString(existing).contains("Meridian Foods"));
    }

    @Test
    void escCancelsBeforeAnyFileIsAskedFor(FxRobot robot) throws Exception {
        select(robot, "Meridian Foods");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.lookup("#exportSelected").tryQuery().isEmpty(), "the dialog closed");
        assertEquals(0, choosers.get(), "no file chooser");
    }

    @Test
    void withNothingSelectedOnlyTheWholeWorkbookCanBeChosen(FxRobot robot) throws Exception {
        Fx.run(() -> harness.main().portfolio().selectedProperty().set(null));
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        assertTrue(robot.lookup("#exportSelected").queryAs(RadioButton.class).isDisabled());
        assertTrue(robot.lookup("#exportWorkbook").queryAs(RadioButton.class).isSelected());
        Keyboard.push(KeyCode.ESCAPE);
    }

    @Test
    void ctrlIImportsShowsWhatWasRenamedAndSelectsTheFirstImported(FxRobot robot) throws Exception {
        importFrom = exampleExport();
        Keyboard.push(KeyCode.CONTROL, KeyCode.I);

        DialogPane notice = awaitDialog(robot);
        assertEquals("Imported one relationship into workbook.db", notice.getHeaderText());
        assertTrue(notice.getContentText().contains("From " + importFrom + "."), notice.getContentText());
        assertTrue(notice.getContentText().contains("“Alder & Finch Home” is now “Alder & Finch Home (imported)”"),
                notice.getContentText());
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Alder & Finch Home (imported)".equals(selectedName()));
        assertTrue(harness.shownNames().contains("Alder & Finch Home (imported)"), "in the list without reopening");
        assertEquals(6, harness.stored().size(), "the example's three, two more, and the one imported");
        assertEquals("Imported one relationship into workbook.db", status(robot));
    }

    @Test
    void aBadFileIsRefusedWithItsReasonAndTheWorkbookIsUnchanged(FxRobot robot) throws Exception {
        List<Relationship> before = harness.stored();
        importFrom = Files.writeString(harness.folder.resolve("notes.json"), "{\"title\": \"Meeting notes\"}");
        Keyboard.push(KeyCode.CONTROL, KeyCode.I);

        DialogPane error = awaitDialog(robot);
        assertEquals("Bridgework did not import " + importFrom + ": it is not a Bridgework export (it does not say"
                + " \"format\": \"bridgework-export\"), perhaps a file of another program. Your workbook is unchanged.",
                error.getContentText());
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        assertEquals(before, harness.stored());
        assertEquals(5, harness.shownNames().size());
    }

    // ---- Helpers

    /** The example's first relationship (Alder & Finch), exported from a workbook of its own. */
    private Path exampleExport() throws Exception {
        Path other = harness.folder.resolve("other.db");
        ExampleWorkbook.createIfMissing(other, FixedClock.now());
        Path file = harness.folder.resolve("example.bridgework.json");
        try (Workbook book = Workbook.open(other, FixedClock.now())) {
            long id = book.relationships().findAll().stream()
                    .filter(r -> r.name().equals(ExampleCase.CLIENT)).findFirst().orElseThrow().id();
            WorkbookExport.one(book, id, file, "test");
        }
        return file;
    }

    private DialogPane awaitDialog(FxRobot robot) throws Exception {
        // A message dialog, not the export choice closing.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.listWindows().size() > 1 && robot.lookup("#exportSelected").tryQuery().isEmpty());
        MainWindowHarness.focusNewestWindow(robot);
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private void select(FxRobot robot, String name) {
        Fx.run(() -> MainWindowHarness.portfolio(robot).getItems().stream().filter(i -> i.nameProperty().get().equals(name))
                .findFirst().ifPresent(i -> harness.main().portfolio().selectedProperty().set(i)));
        Fx.run(stage::requestFocus);
        Fx.settle();
    }

    private String selectedName() {
        RelationshipItem item = harness.main().portfolio().selectedProperty().get();
        return item == null ? null : item.nameProperty().get();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#exchangeLabel").queryAs(Label.class).getText();
    }

    /** The real dialogs, except the system's file choosers, which answer with the file the test chose. */
    private final class ChoosingDialogs extends DelegatingDialogs {
        ChoosingDialogs(DialogService real) {
            super(real);
        }

        @Override
        public ProblemChoice workbookProblem(WorkbookException problem, boolean atStart) {
            return ProblemChoice.CANCEL;
        }

        @Override
        public Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName) {
            choosers.incrementAndGet();
            assertEquals(harness.folder, initialFolder, "the chooser opens beside the workbook");
            suggested = suggestedName;
            return Optional.ofNullable(exportTo);
        }

        @Override
        public Optional<Path> chooseImportSource(Path initialFolder) {
            choosers.incrementAndGet();
            return Optional.ofNullable(importFrom);
        }
    }
}
