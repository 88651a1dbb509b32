package org.bridgework.ui.main;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Banner;
import org.kordamp.ikonli.feather.Feather;

/**
 * While the workbook is only looked at: a banner says so and offers Reopen and Open another, and the window's
 * {@code :read-only} style keeps disabled fields easy to read. (The commands and views disable themselves.)
 */
final class ReadOnlyBanner {
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    private ReadOnlyBanner() {
    }

    /** @param window the main window's root, asked for when the state changes (it is not made yet at start) */
    static void show(ObservableBooleanValue readOnly, Supplier<Node> window, Pane banners, Runnable reopen,
                     Runnable openAnother) {
        Banner banner = new Banner(Banner.Kind.WARNING, Feather.LOCK, Texts.get("readOnly.banner"));
        banner.setId("readOnlyBanner");
        banner.addAction(Texts.get("readOnly.reopen"), reopen)
                .setTooltip(new Tooltip(Texts.get("readOnly.reopen.tooltip")));
        banner.addAction(Texts.get("readOnly.openAnother"), openAnother)
                .setTooltip(new Tooltip(Texts.get("readOnly.openAnother.tooltip")));
        readOnly.addListener((o, was, now) -> {
            window.get().pseudoClassStateChanged(READ_ONLY, now);
            if (now && !banners.getChildren().contains(banner)) {
                banners.getChildren().add(0, banner);
            } else if (!now) {
                banners.getChildren().remove(banner);
            }
        });
    }
}
