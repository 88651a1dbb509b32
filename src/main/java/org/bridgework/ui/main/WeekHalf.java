package org.bridgework.ui.main;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.bridgework.model.week.Agenda;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AfterLayout;
import org.bridgework.ui.common.Icons;
import org.bridgework.ui.common.SaveState;
import org.bridgework.ui.portfolio.PortfolioViewModel;
import org.bridgework.ui.week.WeekActions;
import org.bridgework.ui.week.WeekController;
import org.bridgework.ui.week.WeekViewModel;
import org.bridgework.ui.wizard.WizardViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * This week in the window: its entry above the portfolio, and the right half showing it or the selected
 * relationship. It is shown first when a workbook with open repairs opens; choosing a relationship in the
 * portfolio, or any of the relationship's views, brings the relationship back. Its view is built when first
 * shown, after the workbook's agenda was read off the JavaFX thread, so the first frame does not wait for it.
 */
final class WeekHalf {
    private final Node details;
    private final WeekViewModel week;
    private final WeekActions actions;
    private final Button entry = new Button();
    private SplitPane split;
    private Parent portfolioView;
    private WeekController controller;
    private boolean showing;
    /** Whether the user chose a relationship or one of its views since the workbook opened: then This week, read
     * a moment later, does not take the window from them. */
    private boolean movedSinceOpening;

    WeekHalf(Node details, WeekViewModel week, WeekActions actions, PortfolioViewModel portfolio,
             WizardViewModel wizard) {
        this.details = details;
        this.week = week;
        this.actions = actions;
        entry.setId("weekEntry");
        entry.setGraphic(Icons.of(Feather.CALENDAR));
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.getStyleClass().addAll("flat", "week-entry");
        // Large text (View → Zoom) wraps the count onto a second line rather than cutting it off.
        entry.setWrapText(true);
        entry.setMinHeight(Button.USE_PREF_SIZE);
        entry.textProperty().bind(Bindings.createStringBinding(() -> entryText(week.agendaProperty().get()),
                week.agendaProperty()));
        entry.accessibleTextProperty().bind(entry.textProperty());
        entry.setOnAction(event -> show());
        week.agendaProperty().addListener((o, old, agenda) -> {
            if (agenda == null) {
                movedSinceOpening = false; // Another workbook is being read.
            }
        });
        week.firstOfWorkbookProperty().addListener((o, old, agenda) -> {
            if (agenda != null && agenda.openRepairs() > 0 && !movedSinceOpening) {
                show();
            }
        });
        portfolio.selectedProperty().addListener((o, old, item) -> {
            // Not This week's own selections, nor the one the portfolio restores while the workbook is read.
            if (item != null && !actions.selecting() && (week.agendaProperty().get() != null || portfolioListFocused())) {
                movedSinceOpening = true;
                showDetails();
            }
        });
        for (var saves : java.util.List.of(wizard.autoSave().stateProperty(), portfolio.autoSave().stateProperty())) {
            saves.addListener((o, old, state) -> {
                if (state != SaveState.SAVED) {
                    return;
                }
                if (showing) {
                    week.refresh();
                } else {
                    week.refreshAfterSave(); // current before Ctrl+0 brings it back
                }
            });
        }
    }

    /** Fills the window's halves: the portfolio with the entry above it, and the relationship's views. */
    void placeIn(SplitPane window, Parent portfolio) {
        this.split = window;
        this.portfolioView = portfolio;
        VBox left = new VBox(entry, portfolio);
        VBox.setVgrow(portfolio, javafx.scene.layout.Priority.ALWAYS);
        SplitPane.setResizableWithParent(left, false);
        split.getItems().setAll(left, details);
    }

    /** Ctrl+0: This week, read afresh, with the keyboard on its list. */
    void show() {
        if (controller == null) {
            controller = new WeekController(week, actions);
        }
        if (!showing) {
            split.getItems().set(1, controller.view());
            showing = true;
        }
        week.refresh();
        if (controller.view().getScene() != null) {
            AfterLayout.run(controller.view().getScene(), controller::focusList);
        }
    }

    /** The selected relationship's views again. */
    void showDetails() {
        movedSinceOpening = true;
        if (showing) {
            split.getItems().set(1, details);
            showing = false;
        }
    }

    boolean showing() {
        return showing;
    }

    private boolean portfolioListFocused() {
        Node focused = portfolioView.getScene() == null ? null : portfolioView.getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == portfolioView) {
                return focused instanceof ListView;
            }
        }
        return false;
    }

    private static String entryText(Agenda agenda) {
        if (agenda == null) {
            return Texts.get("week.entry");
        }
        int today = agenda.dueToday().size();
        return today == 0 ? Texts.get("week.entry") : Texts.get("week.entry.due", today);
    }
}
