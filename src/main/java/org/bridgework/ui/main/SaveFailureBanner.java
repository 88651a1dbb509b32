package org.bridgework.ui.main;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Banner;
import org.kordamp.ikonli.feather.Feather;

/**
 * The banner under the menu bar while changes cannot be saved: what is not saved and why, that the text is
 * kept and saving is retried, with "Try again now" and "Save a copy elsewhere…". It stays (it is not a popup
 * to click away) and goes by itself once a retry succeeds.
 */
final class SaveFailureBanner {
    private final Banner banner = new Banner(Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, "");

    SaveFailureBanner(UnsavedChanges changes, VBox area, Runnable saveCopy) {
        banner.setId("saveFailedBanner");
        banner.messageProperty().bind(Bindings.createStringBinding(() -> text(changes), changes.message()));
        Button retry = banner.addAction(Texts.get("saveFailed.retry"), changes::retryNow);
        retry.setId("retrySaveButton");
        retry.disableProperty().bind(changes.trying());
        Button copy = banner.addAction(Texts.get("saveFailed.saveCopy"), saveCopy);
        copy.setId("saveCopyButton");
        changes.failing().addListener((o, was, failing) -> show(area, failing));
        show(area, changes.failing().get());
    }

    private void show(VBox area, boolean failing) {
        if (failing && !area.getChildren().contains(banner)) {
            area.getChildren().add(0, banner);
        } else if (!failing) {
            area.getChildren().remove(banner);
        }
    }

    private static String text(UnsavedChanges changes) {
        String message = changes.message().get();
        if (message.isEmpty()) {
            return "";
        }
        String hint = SaveProblemTexts.hint(changes.problem());
        return message + "\n" + Texts.get("saveFailed.kept") + (hint.isEmpty() ? "" : " " + hint);
    }
}
