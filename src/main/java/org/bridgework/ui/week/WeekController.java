package org.bridgework.ui.week;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.model.week.AgendaKind;
import org.bridgework.text.Texts;

/**
 * This week: the agenda grouped by day, and its keys: Enter opens the relationship in its step, D and M mark a
 * commitment done or missed, S snoozes an item. Thin: each key forwards to one action.
 */
public final class WeekController {
    private final WeekViewModel model;
    private final WeekActions actions;
    private final ListView<WeekRow> list = new ListView<>();
    private final Label title = new Label(Texts.get("week.title"));
    private final Label summary = new Label();
    private final Label placeholder = new Label();
    private final VBox view;

    public WeekController(WeekViewModel model, WeekActions actions) {
        this.model = model;
        this.actions = actions;
        list.setId("weekList");
        list.setAccessibleText(Texts.get("week.list.accessible"));
        list.setCellFactory(ignored -> new WeekCell(model::today));
        placeholder.setId("weekPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        list.setPlaceholder(placeholder);
        title.getStyleClass().add("title-3");
        summary.setId("weekSummary");
        summary.getStyleClass().addAll("text-muted", "text-small");
        summary.setMinWidth(0);
        model.agendaProperty().addListener((o, old, agenda) -> show(agenda));
        // A day's heading is not an item: the arrow keys pass over it, in the direction they were going.
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            int at = now.intValue();
            if (at >= 0 && at < list.getItems().size() && list.getItems().get(at).isHeading()) {
                int next = at + 1 < list.getItems().size() && (at > old.intValue() || at == 0) ? at + 1 : at - 1;
                if (next >= 0) {
                    javafx.application.Platform.runLater(() -> {
                        list.getSelectionModel().select(next);
                        list.getFocusModel().focus(next);
                    });
                }
            }
        });
        show(model.agendaProperty().get());
        list.setOnKeyPressed(event -> {
            boolean handled = switch (event.getCode()) {
                case ENTER -> act(actions::open);
                case D -> commitment().map(item -> act(actions::markDone)).orElse(false);
                case M -> commitment().map(item -> act(actions::markMissed)).orElse(false);
                case S -> act(actions::snooze);
                default -> false;
            };
            if (handled && !event.isShortcutDown()) {
                event.consume();
            }
        });
        view = new VBox(10, new HBox(12, title, grow(), summary), list, buttons());
        ((HBox) view.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
        VBox.setVgrow(list, Priority.ALWAYS);
        view.setPadding(new Insets(14, 16, 12, 16));
        view.getStyleClass().add("week-view");
        view.setId("weekView");
    }

    public Parent view() {
        return view;
    }

    /** Puts the keyboard on the list, on its first item. */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (!list.getItems().get(i).isHeading()) {
                    list.getSelectionModel().select(i);
                    list.getFocusModel().focus(i);
                    break;
                }
            }
        }
    }

    private HBox buttons() {
        Button open = button("week.open", "weekOpen", () -> act(actions::open));
        Button done = button("week.done", "weekDone", () -> act(actions::markDone));
        Button missed = button("week.missed", "weekMissed", () -> act(actions::markMissed));
        Button snooze = button("week.snooze", "weekSnooze", () -> act(actions::snooze));
        var selected = list.getSelectionModel().selectedItemProperty();
        BooleanBinding noItem = Bindings.createBooleanBinding(() -> selected().isEmpty(), selected);
        BooleanBinding noCommitment = Bindings.createBooleanBinding(() -> commitment().isEmpty(), selected);
        open.disableProperty().bind(noItem);
        done.disableProperty().bind(noCommitment.or(model.readOnlyProperty()));
        missed.disableProperty().bind(noCommitment.or(model.readOnlyProperty()));
        snooze.disableProperty().bind(noItem.or(model.readOnlyProperty()));
        HBox bar = new HBox(8, open, done, missed, snooze);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(Texts.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private boolean act(java.util.function.Consumer<AgendaItem> action) {
        Optional<AgendaItem> item = selected();
        item.ifPresent(action);
        return item.isPresent();
    }

    private Optional<AgendaItem> selected() {
        WeekRow row = list.getSelectionModel().getSelectedItem();
        return row == null ? Optional.empty() : row.item();
    }

    private Optional<AgendaItem> commitment() {
        return selected().filter(item -> item.kind() == AgendaKind.COMMITMENT && !model.readOnlyProperty().get());
    }

    private void show(Agenda agenda) {
        if (agenda == null) {
            list.getItems().clear();
            placeholder.setText(Texts.get("week.loading"));
            summary.setText("");
            return;
        }
        int keep = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(WeekRow.of(agenda));
        placeholder.setText(Texts.get(agenda.openRepairs() == 0 ? "week.empty.noRepairs" : "week.empty"));
        summary.setText(agenda.snoozed() == 0 ? Texts.get("week.summary", agenda.items().size())
                : Texts.get("week.summarySnoozed", agenda.items().size(), agenda.snoozed()));
        if (keep >= 0 && !list.getItems().isEmpty()) {
            int index = Math.min(keep, list.getItems().size() - 1);
            if (list.getItems().get(index).isHeading() && index + 1 < list.getItems().size()) {
                index++;
            }
            list.getSelectionModel().select(index);
            list.getFocusModel().focus(index);
        }
    }
}
