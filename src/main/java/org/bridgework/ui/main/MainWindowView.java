package org.bridgework.ui.main;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.bridgework.ui.common.Styled.styled;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bridgework.text.Texts;

/**
 * The main window's pieces: the menu bar, the banners under it, the two halves, and the status bar. Only built
 * here; {@link MainController} gives the items their actions and binds them.
 *
 * <p>Built in code, not in FXML: this is the first frame, and FXML's first use (its XML reader, and reflection over
 * every element and the controller) cost about 60 ms of a start on the benchmark machine (docs/benchmarks.md).
 * The shortcuts are {@link KeyCodeCombination}s, keys rather than typed characters, so a keyboard layout cannot
 * move them; {@code MenuShortcutsUiTest} checks they are the documented ones.
 */
final class MainWindowView {
    // File
    final MenuItem newWorkbook = item("menu.file.newWorkbook", keys(KeyCode.N, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem openWorkbook = item("menu.file.openWorkbook", keys(KeyCode.O, SHORTCUT_DOWN));
    final MenuItem openTeam = item("menu.file.openTeamWorkbook", null);
    final Menu recent = new Menu(Texts.get("menu.file.recent"));
    // Issue 16: recent team workbooks, publishing to one
    final Menu recentTeam = new Menu(Texts.get("menu.file.recentTeam"));
    final MenuItem publish = item("menu.file.publish", null);
    final MenuItem saveNow = item("menu.file.saveNow", keys(KeyCode.S, SHORTCUT_DOWN));
    final MenuItem saveCopy = item("menu.file.saveCopy", keys(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem reopen = item("menu.file.reopen", keys(KeyCode.F5));
    final MenuItem print = item("menu.file.print", keys(KeyCode.P, SHORTCUT_DOWN));
    final MenuItem savePdf = item("menu.file.savePdf", keys(KeyCode.E, SHORTCUT_DOWN));
    // Issue 15: calendar export
    final MenuItem exportCalendar = item("menu.file.exportCalendar", keys(KeyCode.K, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem export = item("menu.file.export", keys(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem importFile = item("menu.file.import", keys(KeyCode.I, SHORTCUT_DOWN));
    final MenuItem restore = item("menu.file.restore", null);
    final MenuItem backUpNow = item("menu.file.backUpNow", keys(KeyCode.B, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem preferences = item("menu.file.preferences", keys(KeyCode.COMMA, SHORTCUT_DOWN));
    final MenuItem quit = item("menu.file.quit", keys(KeyCode.Q, SHORTCUT_DOWN));
    // Relationship
    final MenuItem newRelationship = item("menu.relationship.new", keys(KeyCode.N, SHORTCUT_DOWN));
    final MenuItem rename = item("menu.relationship.rename", keys(KeyCode.F2));
    final MenuItem archive = item("menu.relationship.archive", keys(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem delete = item("menu.relationship.delete", null);
    final MenuItem undoDelete = item("menu.relationship.undoDelete", keys(KeyCode.Z, SHORTCUT_DOWN));
    final MenuItem trash = item("menu.relationship.trash", keys(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN));
    final MenuItem find = item("menu.relationship.find", keys(KeyCode.F, SHORTCUT_DOWN));
    // Issue 15: the meeting brief and e-mail drafts
    final MenuItem brief = item("menu.relationship.brief", keys(KeyCode.M, SHORTCUT_DOWN));
    final Menu mail = new Menu(Texts.get("menu.relationship.mail"), null,
            item("menu.relationship.mail.apology", null), item("menu.relationship.mail.progress", null),
            item("menu.relationship.mail.checkIn", null));
    // View
    final MenuItem weekView = item("menu.view.week", keys(KeyCode.DIGIT0, SHORTCUT_DOWN));
    final MenuItem detailsView = item("menu.view.details", keys(KeyCode.DIGIT1, SHORTCUT_DOWN));
    final MenuItem repairView = item("menu.view.repair", keys(KeyCode.DIGIT2, SHORTCUT_DOWN));
    final MenuItem timelineView = item("menu.view.timeline", keys(KeyCode.DIGIT3, SHORTCUT_DOWN));
    final MenuItem planView = item("menu.view.plan", keys(KeyCode.DIGIT4, SHORTCUT_DOWN));
    final CheckMenuItem showArchived = check("menu.view.showArchived", keys(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN));
    final CheckMenuItem darkTheme = check("menu.view.dark", keys(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN));
    // Issue 19: the high-contrast theme (over dark or light while on).
    final CheckMenuItem highContrast = check("menu.view.highContrast", null);
    /** The View menu, which View → Zoom's items are added to. */
    final Menu viewMenu = menu("menu.view", weekView, detailsView, repairView, timelineView, planView,
            new SeparatorMenuItem(), showArchived, darkTheme, highContrast);
    // Steps
    final MenuItem nextStep = item("menu.steps.next", keys(KeyCode.PAGE_DOWN, SHORTCUT_DOWN));
    final MenuItem previousStep = item("menu.steps.previous", keys(KeyCode.PAGE_UP, SHORTCUT_DOWN));
    // Help
    final MenuItem shortcuts = item("menu.help.shortcuts", keys(KeyCode.F1));
    final MenuItem example = item("menu.help.example", null);
    final MenuItem openLog = item("menu.help.openLog", null);
    final MenuItem diagnostics = item("menu.help.diagnostics", null);
    final MenuItem about = item("menu.help.about", null);

    /** Where {@link org.bridgework.ui.common.Banner}s about the whole window go, under the menu bar. */
    final VBox banners = styled(new VBox(), "banners");
    final SplitPane split = new SplitPane();
    final Label workbookLabel = styled(new Label(), "text-muted", "text-small");
    final Label exchangeLabel = statusLabel("exchangeLabel");
    final Label outboundLabel = statusLabel("outboundLabel");
    final Label noticeLabel = statusLabel("noticeLabel");
    final Label offsiteLabel = statusLabel("offsiteLabel");
    final Label saveLabel = statusLabel("saveLabel");
    /** The status bar, and the undo bar above it ({@link MainController} adds that). */
    final VBox bottomArea = new VBox(statusBar());
    final BorderPane root = styled(new BorderPane(split, new VBox(menuBar(), banners), null, bottomArea, null),
            "main-window");

    MainWindowView() {
        split.setDividerPositions(0.235);
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(
                menu("menu.file", newWorkbook, openWorkbook, openTeam, recent, recentTeam, publish, saveNow, saveCopy,
                        reopen, new SeparatorMenuItem(), print, savePdf, exportCalendar, new SeparatorMenuItem(),
                        export, importFile, new SeparatorMenuItem(), restore, backUpNow, preferences,
                        new SeparatorMenuItem(), quit),
                menu("menu.relationship", newRelationship, rename, archive, new SeparatorMenuItem(), delete,
                        undoDelete, trash, new SeparatorMenuItem(), find, new SeparatorMenuItem(), brief, mail),
                viewMenu,
                menu("menu.steps", nextStep, previousStep),
                menu("menu.help", shortcuts, example, new SeparatorMenuItem(), openLog, diagnostics,
                        new SeparatorMenuItem(), about));
        bar.setId("menuBar");
        return bar;
    }

    private HBox statusBar() {
        workbookLabel.setId("workbookLabel");
        workbookLabel.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The save state is never shortened: the other labels give way first.
        saveLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = styled(new HBox(12, workbookLabel, gap, exchangeLabel, outboundLabel,
                noticeLabel, offsiteLabel, saveLabel), "status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 14, 4, 14));
        return bar;
    }

    private static Label statusLabel(String id) {
        Label label = styled(new Label(), "text-small");
        label.setId(id);
        label.setMinWidth(0);
        return label;
    }

    private static Menu menu(String key, MenuItem... items) {
        return new Menu(Texts.get(key), null, items);
    }

    private static MenuItem item(String key, KeyCombination shortcut) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.setAccelerator(shortcut);
        return item;
    }

    private static CheckMenuItem check(String key, KeyCombination shortcut) {
        CheckMenuItem item = new CheckMenuItem(Texts.get(key));
        item.setAccelerator(shortcut);
        return item;
    }

    private static KeyCombination keys(KeyCode key, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(key, modifiers);
    }
}
