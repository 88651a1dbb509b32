package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.example.ExampleCase;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.Gpg;
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

/**
 * Encrypted exports through the real main window, from the keyboard: File → Export… with "Encrypt with a passphrase"
 * (a weak passphrase refused with its reason) makes a file the real gpg opens into an export that imports; File →
 * Import… opens a file made by {@code gpg --symmetric}; a wrong passphrase or a truncated file changes nothing.
 * Only the system's file choosers answer by themselves.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedExchangeUiTest {
    private static final String SECRET = "walnut harbour seven lanterns";
    private MainWindowHarness harness;
    private Path exportTo;
    private Path importFrom;
    private String suggested;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withDialogs(owner -> new ChoosingDialogs(new FxDialogService(owner)));
        ExampleWorkbook.createIfMissing(harness.workbook, FixedClock.now());
        harness.withRelationships(List.of(Relationship.draft("Harbour Print", FixedClock.NOW)));
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
    void anEncryptedExportOpensWithGpgIntoAnExportThatImports(FxRobot robot) throws Exception {
        harness.select(robot, ExampleCase.CLIENT);
        Fx.run(stage::requestFocus);
        exportTo = harness.folder.resolve("client");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        CheckBox encrypt = robot.lookup("#exportEncrypt").queryAs(CheckBox.class);
        for (int i = 0; i < 4 && !encrypt.isFocused(); i++) {
            Keyboard.push(KeyCode.TAB);
        }
        assertTrue(encrypt.isFocused(), "Tab reaches the encrypt choice");
        Keyboard.push(KeyCode.SPACE);
        assertTrue(encrypt.isSelected());
        assertTrue(robot.lookup("#exportNote").queryAs(Label.class).getText().contains("or with gpg on any computer"),
                "the note says what the file will be");
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphrase").tryQuery().isPresent());
        assertEquals("alder-finch-home.bridgework.json.gpg", suggested);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.type(robot, "password2024!");
        Keyboard.push(KeyCode.TAB);
        Keyboard.type(robot, "password2024!");
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        Label problem = robot.lookup("#passphraseProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("commonest passwords"), problem.getText());
        Path written = harness.folder.resolve("client.json.gpg");
        assertFalse(Files.exists(written), "nothing written while the passphrase is refused");

        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, SECRET);
        Keyboard.push(KeyCode.TAB);
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, SECRET);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).equals(
                "Exported one relationship to " + written + ", encrypted with your passphrase"));
        assertTrue(EncryptedFiles.looksEncrypted(written));
        assertFalse(new String(Files.readAllBytes(written), StandardCharsets.ISO_8859_1).contains("Alder"),
                "no plain text in the file");
        assertEquals(List.of(), hiddenFilesBeside(), "no plain export left beside the workbook");

        Path opened = harness.folder.resolve("opened-by-gpg.json");
        new Gpg(harness.folder.resolve("gnupg")).decrypt(written, opened, passphraseFile());
        assertTrue(Files.readString(opened).contains("\"name\": \"Alder & Finch Home\""));
        try (Workbook other = Workbook.open(harness.folder.resolve("other.db"), FixedClock.now())) {
            ImportResult result = WorkbookImport.run(other, opened);
            assertEquals(List.of(ExampleCase.CLIENT), result.imported().stream().map(Relationship::name).toList());
        }
    }

    @Test
    void altETicksTheEncryptChoiceAndEscExportsNothing(FxRobot robot) throws Exception {
        exportTo = harness.folder.resolve("never");
        Fx.run(stage::requestFocus);
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ALT, KeyCode.E);
        assertTrue(robot.lookup("#exportEncrypt").queryAs(CheckBox.class).isSelected());
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphrase").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertFalse(Files.exists(harness.folder.resolve("never.json.gpg")), "Esc at the passphrase exports nothing");
        assertEquals(List.of(), hiddenFilesBeside());
        assertEquals("", status(robot));
    }

    @Test
    void aFileEncryptedByGpgSymmetricIsImportedWithItsPassphrase(FxRobot robot) throws Exception {
        importFrom = harness.folder.resolve("from-a-colleague.gpg");
        new Gpg(harness.folder.resolve("gnupg")).encrypt(exampleExport(), importFrom, passphraseFile());
        Keyboard.push(KeyCode.CONTROL, KeyCode.I);
        typeImportPassphrase(robot, SECRET);

        DialogPane notice = awaitDialog(robot, "Imported one relationship into workbook.db");
        assertTrue(notice.getContentText().contains("From " + importFrom + "."), notice.getContentText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Alder & Finch Home (imported)".equals(harness.selectedName()));
        assertEquals(5, harness.stored().size(), "the example's three, Harbour Print, and the one imported");
        assertEquals(List.of(), hiddenFilesBeside(), "the opened export is removed");
    }

    @Test
    void aWrongPassphraseSaysSoAndChangesNothing(FxRobot robot) throws Exception {
        List<Relationship> before = harness.stored();
        importFrom = harness.folder.resolve("export.json.gpg");
        new Gpg(harness.folder.resolve("gnupg")).encrypt(exampleExport(), importFrom, passphraseFile());
        Keyboard.push(KeyCode.CONTROL, KeyCode.I);
        typeImportPassphrase(robot, "not the passphrase at all");

        DialogPane refused = awaitDialog(robot, "The passphrase does not open " + importFrom + ".");
        assertTrue(refused.getContentText().contains("Nothing was changed."), refused.getContentText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        assertEquals(before, harness.stored());
        assertEquals(4, harness.shownNames().size());
        assertEquals(List.of(), hiddenFilesBeside(), "nothing opened is left behind");
    }

    @Test
    void aTruncatedFileIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        List<Relationship> before = harness.stored();
        Path whole = harness.folder.resolve("whole.json.gpg");
        new Gpg(harness.folder.resolve("gnupg")).encrypt(exampleExport(), whole, passphraseFile());
        byte[] bytes = Files.readAllBytes(whole);
        importFrom = Files.write(harness.folder.resolve("cut.json.gpg"), Arrays.copyOf(bytes, bytes.length / 2));
        Keyboard.push(KeyCode.CONTROL, KeyCode.I);
        typeImportPassphrase(robot, SECRET);

        DialogPane refused = awaitDialog(robot, importFrom + " is damaged or incomplete.");
        assertTrue(refused.getContentText().contains("nothing was changed"), refused.getContentText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        assertEquals(before, harness.stored());
        assertEquals(List.of(), hiddenFilesBeside(), "nothing opened is left behind");
    }

    // ---- Helpers

    private void typeImportPassphrase(FxRobot robot, String passphrase) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#askPassphrase").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        assertTrue(robot.lookup("#askPassphrase").query().isFocused(), "the keyboard is in the passphrase field");
        Keyboard.type(robot, passphrase);
        Keyboard.push(KeyCode.ENTER);
    }

    private Path passphraseFile() throws Exception {
        return Files.writeString(harness.folder.resolve("passphrase.txt"), SECRET);
    }

    /** The example's first relationship (Alder & Finch), exported from a workbook of its own. */
    private Path exampleExport() throws Exception {
        Path other = harness.folder.resolve("example.db");
        ExampleWorkbook.createIfMissing(other, FixedClock.now());
        Path file = harness.folder.resolve("example.bridgework.json");
        try (Workbook book = Workbook.open(other, FixedClock.now())) {
            long id = book.relationships().findAll().stream()
                    .filter(r -> r.name().equals(ExampleCase.CLIENT)).findFirst().orElseThrow().id();
            WorkbookExport.one(book, id, file, "test");
        }
        return file;
    }

    private List<String> hiddenFilesBeside() throws Exception {
        try (Stream<Path> files = Files.list(harness.folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }

    private static DialogPane awaitDialog(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(robot, text) != null);
        return find(robot, text);
    }

    private static DialogPane find(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(pane -> (DialogPane) pane)
                .filter(pane -> String.valueOf(pane.getContentText()).contains(text)
                        || String.valueOf(pane.getHeaderText()).contains(text))
                .findFirst().orElse(null);
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
            suggested = suggestedName;
            return Optional.ofNullable(exportTo);
        }

        @Override
        public Optional<Path> chooseImportSource(Path initialFolder) {
            return Optional.ofNullable(importFrom);
        }
    }
}
