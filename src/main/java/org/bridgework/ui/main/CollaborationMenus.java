package org.bridgework.ui.main;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.bridgework.store.Collaboration;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.team.HistoryViewModel;
import org.bridgework.ui.team.HistoryWindow;
import org.bridgework.ui.team.SharingViewModel;
import org.bridgework.ui.team.SharingWindow;
import org.bridgework.ui.wizard.WizardViewModel;

/**
 * File → History of this relationship… (Ctrl+Shift+Y) and Share this relationship… (Ctrl+Shift+L), placed after Publish. Both
 * are about what a team workbook's server keeps, so they show only while a team workbook is open (a workbook
 * file has no history or logins: hidden, not offered and then refused), and need a relationship selected.
 */
final class CollaborationMenus {
    static final KeyCombination HISTORY_KEYS = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SHARE_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final TaskRunner store;
    private final WorkbookSwitcher workbooks;
    private final PortfolioViewModel portfolio;
    private final WizardViewModel wizard;
    private final UnsavedChanges unsaved;
    private final Window owner;

    CollaborationMenus(TaskRunner store, WorkbookSwitcher workbooks, PortfolioViewModel portfolio,
                       WizardViewModel wizard, UnsavedChanges unsaved, Window owner) {
        this.store = store;
        this.workbooks = workbooks;
        this.portfolio = portfolio;
        this.wizard = wizard;
        this.unsaved = unsaved;
        this.owner = owner;
    }

    /** Puts the two entries right after {@code after} in its menu. */
    void addAfter(MenuItem after) {
        MenuItem history = new MenuItem(Texts.get("menu.file.history"));
        history.setId("historyItem");
        history.setAccelerator(HISTORY_KEYS);
        history.setOnAction(event -> openHistory());
        MenuItem share = new MenuItem(Texts.get("menu.file.share"));
        share.setId("shareItem");
        share.setAccelerator(SHARE_KEYS);
        share.setOnAction(event -> openSharing());
        BooleanBinding team = workbooks.teamProperty().isNotNull();
        BooleanBinding usable = team.and(portfolio.selectedProperty().isNotNull());
        for (MenuItem item : new MenuItem[] {history, share}) {
            item.visibleProperty().bind(team);
            item.disableProperty().bind(usable.not());
        }
        var items = after.getParentMenu().getItems();
        items.add(items.indexOf(after) + 1, history);
        items.add(items.indexOf(after) + 2, share);
    }

    private void openHistory() {
        RelationshipItem chosen = portfolio.selectedProperty().get();
        if (chosen == null || collaboration().isEmpty()) {
            return;
        }
        HistoryViewModel model = new HistoryViewModel(store, this::collaboration, chosen.id(), unsaved::flush,
                // The restored text shows at once (the change feed would bring it too, a moment later).
                () -> portfolio.refreshAfterOthersChanged(wizard::reloadAfterOthersChanged));
        HistoryWindow.open(model, owner, chosen.nameProperty().get());
    }

    private void openSharing() {
        RelationshipItem chosen = portfolio.selectedProperty().get();
        if (chosen == null || collaboration().isEmpty()) {
            return;
        }
        SharingWindow.open(new SharingViewModel(store, this::collaboration, chosen.id()), owner,
                chosen.nameProperty().get());
    }

    private Optional<Collaboration> collaboration() {
        return workbooks.openStore().flatMap(WorkbookStore::collaboration);
    }
}
