package org.bridgework.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.TeamAddress;
import org.bridgework.text.Texts;

/**
 * The team workbooks opened lately, in File → Open recent team workbook: each remembered by its address alone
 * (host, port, database, user, TLS mode, schema), never its password, which {@link TeamAddress} cannot hold.
 * One is remembered each time a team workbook opens; choosing one hands its address on (to ask for the password).
 */
final class RecentTeamWorkbooks {
    private final AppSettings settings;
    private final Runnable save;
    private Menu menu;
    private Consumer<TeamAddress> choose = address -> { };

    /** @param save writes the settings file (off the JavaFX thread) */
    RecentTeamWorkbooks(AppSettings settings, Runnable save) {
        this.settings = settings;
        this.save = save;
    }

    /** Remembers each team workbook {@code team} opens, from now on. */
    void follow(ObservableValue<TeamAddress> team) {
        team.addListener((o, was, now) -> {
            if (now != null) {
                remember(now);
            }
        });
    }

    /** Lists the recent team workbooks in {@code into}; choosing one calls {@code chosen}. */
    void showIn(Menu into, Consumer<TeamAddress> chosen) {
        this.menu = into;
        this.choose = chosen;
        rebuild();
    }

    /** The recent addresses that can still be read, newest first (one written by hand may not be). */
    List<TeamAddress> addresses() {
        List<TeamAddress> result = new ArrayList<>();
        for (String text : settings.recentTeamWorkbooks()) {
            try {
                result.add(TeamAddress.parse(text));
            } catch (IllegalArgumentException e) {
                // Not an address any more (edited by hand): left out of the menu, forgotten at the next save.
            }
        }
        return result;
    }

    void remember(TeamAddress address) {
        settings.rememberTeamWorkbook(address.toString());
        rebuild();
        save.run();
    }

    private void rebuild() {
        if (menu == null) {
            return;
        }
        menu.getItems().clear();
        for (TeamAddress address : addresses()) {
            MenuItem item = new MenuItem(Texts.get("team.recent.item", address.displayName(), address.user(),
                    address.sslMode()));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> choose.accept(address));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }
}
