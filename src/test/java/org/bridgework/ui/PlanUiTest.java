package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.ui.plan.PlanPages;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Plan view on the example workbook: the preview, the version switch, Save as PDF and Print without a printer. */
@ExtendWith(ApplicationExtension.class)
class PlanUiTest {
    private MainWindowHarness harness;
    private Path savedTo;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withDialogs(owner -> new AnsweringDialogs(new FxDialogService(owner)));
        savedTo = harness.folder.resolve("plans").resolve("plan.pdf");
        Files.createDirectories(savedTo.getParent());
        ExampleWorkbook.createIfMissing(harness.workbook, FixedClock.now());
        harness.start(stage);
    }

    @BeforeEach
    void loaded(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Fx.run(() -> MainWindowHarness.portfolio(robot).getSelectionModel().select(0));
        Fx.settle();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void ctrl3ShowsThePagesAndTheSwitchRendersTheShareableVersion(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        PlanPages internal = awaitPages(null);
        VBox pages = robot.lookup("#planPages").queryAs(VBox.class);
        assertEquals(internal.count(), pages.getChildren().size(), "one image per page");
        assertTrue(internal.count() >= 3, "the example runs over pages: " + internal.count());
        assertEquals(internal.count() + " pages, Internal", robot.lookup("#planStatus").queryAs(Label.class).getText());

        robot.clickOn("#planShareable");
        PlanPages shareable = awaitPages(internal);
        assertNotSame(internal, shareable);
        assertTrue(text(shareable.pdf()).contains("Shareable version"));
        assertFalse(text(shareable.pdf()).contains("The assessment"));
    }

    @Test
    void ctrlESavesExactlyThePreviewedPdfWithoutLeavingATemporaryFile(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        PlanPages shown = awaitPages(null);
        Keyboard.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(savedTo));
        Fx.settle();
        assertTrue(java.util.Arrays.equals(shown.pdf(), Files.readAllBytes(savedTo)), "the previewed document");
        try (Stream<Path> files = Files.list(savedTo.getParent())) {
            assertEquals(List.of(savedTo), files.toList(), "nothing else in the folder");
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#planStatus").queryAs(Label.class).getText().startsWith("Saved to"));
    }

    @Test
    void ctrlPFromAnotherViewWithNoPrinterSaysSoPlainly(FxRobot robot) throws Exception {
        Fx.run(() -> harness.main().plan().setPrinterJobs(Optional::empty));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        Keyboard.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals("No printer", errors.get(0));
        Node planTab = robot.lookup("#planPreview").query();
        assertTrue(planTab.isVisible(), "Print… shows the plan first");
    }

    private PlanPages awaitPages(PlanPages previous) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            PlanPages now = harness.main().plan().pagesProperty().get();
            return now != null && now != previous && !harness.main().plan().busyProperty().get();
        });
        Fx.settle();
        return harness.main().plan().pagesProperty().get();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The real dialogs, except that the PDF chooser answers at once and errors are recorded, not shown. */
    private final class AnsweringDialogs extends DelegatingDialogs {
        AnsweringDialogs(DialogService real) {
            super(real);
        }

        @Override
        public void showError(String title, String message, String details) {
            errors.add(title);
        }

        @Override
        public Optional<Path> choosePdfTarget(Path initialFolder, String suggestedName) {
            assertTrue(suggestedName.startsWith("Repair plan – Alder & Finch Home"), suggestedName);
            return Optional.of(savedTo);
        }

        @Override
        public ProblemChoice workbookProblem(WorkbookException problem, boolean atStart) {
            return ProblemChoice.CANCEL;
        }
    }
}
