package org.bridgework.ui.wizard;

import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.bridgework.model.team.TextConflict;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Banner;
import org.kordamp.ikonli.feather.Feather;

/**
 * The wizard's strips about working with others (a team workbook): this login may only read the repair; a
 * colleague moved it to the Trash while it was open; a text typed here met a colleague's, with the button that
 * opens the {@link ConflictDialog} (which also opens by itself when a save meets one).
 */
final class TeamNotices {
    private final WizardViewModel model;
    private final TeamEditing team;
    private final Clock clock;
    private final VBox box;
    private final Banner conflictBanner = new Banner(Banner.Kind.WARNING, Feather.GIT_MERGE, "");
    private ConflictDialog open;

    TeamNotices(WizardViewModel model, VBox box, Clock clock) {
        this.model = model;
        this.team = model.team();
        this.clock = clock;
        this.box = box;
        Banner readOnly = strip(Banner.Kind.INFO, Feather.LOCK, team.readOnlyWordsProperty(), "teamReadOnlyBanner");
        Banner gone = strip(Banner.Kind.WARNING, Feather.TRASH_2, team.goneWordsProperty(), "teamGoneBanner");
        gone.addAction(Texts.get("wizard.team.dismiss"), team::dismissGone).setId("teamGoneDismiss");
        conflictBanner.setId("conflictBanner");
        Button choose = conflictBanner.addAction(Texts.get("wizard.team.conflicts.choose"), this::showFirst);
        choose.setId("conflictChoose");
        show(conflictBanner, !team.conflicts().isEmpty());
        box.getChildren().addAll(gone, readOnly, conflictBanner);
        team.conflicts().addListener((ListChangeListener<TextConflict>) change -> {
            int count = team.conflicts().size();
            conflictBanner.messageProperty().set(count == 0 ? "" : Texts.get("wizard.team.conflicts", count));
            show(conflictBanner, count > 0);
        });
        // A save that met a colleague's text asks at once; conflicts offered again on opening wait for the button.
        team.fresh().addListener((ListChangeListener<TextConflict>) change -> {
            if (!team.fresh().isEmpty()) {
                Platform.runLater(this::showFirst);
            }
        });
    }

    /** Opens the side-by-side view of the first text to settle (if none is open). */
    void showFirst() {
        if (open != null || team.conflicts().isEmpty()) {
            return;
        }
        TextConflict conflict = team.conflicts().get(0);
        open = new ConflictDialog(box.getScene() == null ? null : box.getScene().getWindow(), conflict, clock);
        open.setOnHidden(event -> {
            String chosen = open.getResult();
            open = null;
            team.fresh().removeIf(c -> c.field().equals(conflict.field()) && c.entry().equals(conflict.entry()));
            if (chosen != null) {
                model.settle(conflict, chosen);
            }
        });
        open.show();
    }

    /** The open dialog, for tests; null when none is. */
    ConflictDialog openDialog() {
        return open;
    }

    private Banner strip(Banner.Kind kind, Feather icon, ReadOnlyStringProperty words, String id) {
        Banner banner = new Banner(kind, icon, "");
        banner.setId(id);
        banner.messageProperty().bind(words);
        show(banner, !words.get().isEmpty());
        words.addListener((o, old, now) -> show(banner, !now.isEmpty()));
        return banner;
    }

    private static void show(Banner banner, boolean shown) {
        banner.setVisible(shown);
        banner.setManaged(shown);
    }
}
