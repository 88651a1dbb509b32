package org.bridgework.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.bridgework.settings.AppSettings;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.Theme;

/** The user's settings as the window changes them: the recent workbooks (and their menu), the theme. */
final class SettingsKeeper {
    private final AppSettings settings;
    private final TaskRunner runner;
    private Menu recentMenu;
    private Consumer<Path> openRecent = file -> { };

    SettingsKeeper(AppSettings settings, TaskRunner runner) {
        this.settings = settings;
        this.runner = runner;
    }

    /** Lists the recent workbooks in {@code menu}; choosing one calls {@code open}. */
    void showRecentIn(Menu menu, Consumer<Path> open) {
        this.recentMenu = menu;
        this.openRecent = open;
        rebuildRecentMenu();
    }

    /** Puts a workbook just opened first in the recent list. */
    void remember(Path workbook) {
        settings.rememberWorkbook(workbook);
        rebuildRecentMenu();
        save();
    }

    /** Keeps the relationship last viewed in each workbook with the settings (written only when it changes). */
    org.bridgework.ui.portfolio.SelectionMemory selectionMemory() {
        return new org.bridgework.ui.portfolio.SelectionMemory() {
            @Override
            public java.util.OptionalLong recall(Path workbook) {
                return settings.lastViewed(workbook);
            }

            @Override
            public void remember(Path workbook, long relationshipId) {
                if (settings.lastViewed(workbook).orElse(-1) != relationshipId) {
                    settings.setLastViewed(workbook, relationshipId);
                    save();
                }
            }
        };
    }

    void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme.name().toLowerCase(Locale.ROOT));
        save();
    }

    /** Issue 19: sets the text size of every window and keeps it with the settings. */
    void setZoom(int percent) {
        settings.setZoom(percent);
        org.bridgework.ui.common.Zoom.apply(settings.zoom());
        save();
    }

    /** Writes the settings file on the store thread; a failure (logged there) costs a preference, never work. */
    void save() {
        runner.run(() -> {
            settings.save();
            return settings;
        }, saved -> { }, error -> { });
    }

    private void rebuildRecentMenu() {
        if (recentMenu == null) {
            return;
        }
        List<Path> recent = settings.recentWorkbooks();
        recentMenu.getItems().clear();
        for (Path file : recent) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> openRecent.accept(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }
}
