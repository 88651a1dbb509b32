package org.bridgework.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.layout.VBox;
import org.bridgework.store.SaveProblem;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.WorkbookStore;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Banner;
import org.bridgework.ui.common.DialogService;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Save a copy elsewhere…": when the workbook's file can no longer be written (its disk turned read-only, it
 * was moved or deleted), or a team workbook's server cannot be reached, writes everything saved so far to a new
 * workbook file the user picks (for a team workbook whose server cannot be read, what the window holds: see
 * {@link TeamCopy}), carries on working there, and writes the unsaved edits into it. Nothing is replaced: an
 * existing file is refused.
 */
final class CopyElsewhere {
    private final WorkbookSwitcher workbooks;
    private final DialogService dialogs;
    private final UnsavedChanges changes;
    private final VBox bannerArea;
    private final java.util.function.Supplier<TeamCopy> teamCopy;

    /** @param teamCopy what a team workbook's copy is made of, taken from the window when asked */
    CopyElsewhere(WorkbookSwitcher workbooks, DialogService dialogs, UnsavedChanges changes, VBox bannerArea,
                  java.util.function.Supplier<TeamCopy> teamCopy) {
        this.workbooks = workbooks;
        this.dialogs = dialogs;
        this.changes = changes;
        this.bannerArea = bannerArea;
        this.teamCopy = teamCopy;
    }

    /** Asks where, then saves the copy; runs {@code afterwards} when done, whether or not a copy was saved. */
    void start(Runnable afterwards) {
        Path current = workbooks.currentProperty().get();
        TeamAddress team = workbooks.teamProperty().get();
        if (current == null && team == null) {
            afterwards.run();
            return;
        }
        String suggested = Texts.get("saveFailed.copy.fileName", current == null ? team.database()
                : current.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        Path folder = current == null ? Path.of(System.getProperty("user.home")) : startFolder(current);
        Path target = dialogs.chooseCopyTarget(folder, suggested).orElse(null);
        if (target == null) {
            afterwards.run();
            return;
        }
        if (Files.exists(target)) {
            dialogs.showError(Texts.get("saveFailed.copy.failed.title"), Texts.get("saveFailed.copy.exists", target), "");
            afterwards.run();
            return;
        }
        // A team workbook's copy is read from the server, or made from the window if the server cannot be read.
        TeamCopy fromTeam = team == null ? null : teamCopy.get();
        workbooks.saveCopyAndContinue(target, fromTeam == null ? WorkbookStore::saveCopyTo : fromTeam::write, () -> {
            changes.retryNow();
            announce(target, fromTeam != null && fromTeam.fromWindowOnly()
                    ? Texts.get("team.copy.fromWindow", target, team.displayName(), fromTeam.openRepairName().isEmpty()
                    ? 0 : 1, fromTeam.openRepairName()) : Texts.get("saveFailed.copy.saved", target));
            afterwards.run();
        }, error -> {
            dialogs.showError(Texts.get("saveFailed.copy.failed.title"),
                    Texts.get("saveFailed.copy.failed.message", target, SaveProblemTexts.reason(error)), String.valueOf(error));
            afterwards.run();
        });
    }

    /** The workbook's folder, unless its disk is full or read-only (or it is gone): then the home folder. */
    private Path startFolder(Path workbook) {
        Path folder = workbook.toAbsolutePath().getParent();
        SaveProblem problem = changes.problem();
        boolean diskUnusable = problem == SaveProblem.DISK_FULL || problem == SaveProblem.READ_ONLY;
        return !diskUnusable && folder != null && Files.isDirectory(folder) && Files.isWritable(folder) ? folder
                : Path.of(System.getProperty("user.home"));
    }

    /** Says where the window now works, until dismissed. */
    private void announce(Path copy, String text) {
        Banner saved = new Banner(Banner.Kind.INFO, Feather.CHECK_CIRCLE, text);
        saved.setId("copySavedBanner");
        saved.addAction(Texts.get("saveFailed.copy.dismiss"), () -> bannerArea.getChildren().remove(saved));
        bannerArea.getChildren().add(saved);
        workbooks.currentProperty().addListener(new javafx.beans.value.ChangeListener<Path>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Path> property, Path old, Path now) {
                // It spoke of this copy: once another workbook is open it would mislead.
                bannerArea.getChildren().remove(saved);
                property.removeListener(this);
            }
        });
    }
}
