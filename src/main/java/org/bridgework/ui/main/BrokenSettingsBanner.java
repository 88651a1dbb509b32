package org.bridgework.ui.main;

import java.util.Locale;
import javafx.scene.layout.Pane;
import org.bridgework.settings.AppSettings;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Banner;
import org.kordamp.ikonli.feather.Feather;

/**
 * Tells the user, once, that their settings file could not be used: defaults are in force, and where the old
 * file was kept. The file is moved aside, so the next start finds none and says nothing.
 */
final class BrokenSettingsBanner {
    private BrokenSettingsBanner() {
    }

    static void showIfAny(AppSettings settings, Pane banners) {
        settings.broken().ifPresent(broken -> {
            Banner banner = new Banner(Banner.Kind.WARNING, Feather.ALERT_CIRCLE, text(broken));
            banner.setId("brokenSettingsBanner");
            banner.addAction(Texts.get("settings.broken.dismiss"), () -> banners.getChildren().remove(banner));
            banners.getChildren().add(banner);
        });
    }

    static String text(AppSettings.Broken broken) {
        String reason = Texts.get("settings.broken.reason." + broken.reason().name().toLowerCase(Locale.ROOT));
        return broken.keptAs()
                .map(kept -> Texts.get("settings.broken.banner", reason, kept))
                .orElseGet(() -> Texts.get("settings.broken.notKept", reason, broken.file()));
    }
}
