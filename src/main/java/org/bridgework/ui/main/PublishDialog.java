package org.bridgework.ui.main;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.bridgework.store.TeamAddress;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Theme;

/**
 * File → Publish to a team workbook…: which relationships of the open workbook file to copy (all of them ticked
 * to begin with; Space ticks or unticks the one in focus) and to which team workbook (a recent one, or an address
 * typed in), with the password for it, which is not kept (left empty: from ~/.pgpass). An address that cannot
 * work is explained under the fields, which keep what was typed.
 */
final class PublishDialog extends Dialog<PublishDialog.Request> {
    /** A relationship offered for publishing. */
    record Offered(long id, String name) {
    }

    /** What to publish, and where. */
    record Request(Set<Long> ids, TeamAddress address, char[] password) {
        /** The password to hand the driver: null when none was typed. */
        char[] passwordOrNull() {
            return password.length == 0 ? null : password;
        }
    }

    /** One line of the checklist. */
    private static final class Choice {
        final Offered offered;
        final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Choice(Offered offered) {
            this.offered = offered;
        }
    }

    private final ListView<Choice> list = new ListView<>();
    private final ComboBox<String> address = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();

    PublishDialog(Window owner, List<Offered> offered, List<TeamAddress> recent) {
        initOwner(owner);
        setTitle(Texts.get("team.publish.title"));
        setHeaderText(Texts.get("team.publish.header"));
        ButtonType publish = new ButtonType(Texts.get("team.publish.confirm"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(publish, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(Theme.appStylesheet());
        getDialogPane().setPrefWidth(640);

        list.setId("publishChoices");
        offered.forEach(each -> list.getItems().add(new Choice(each)));
        list.setCellFactory(CheckBoxListCell.forListView(choice -> choice.chosen, new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.offered.name();
            }

            @Override
            public Choice fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        list.setPrefHeight(240);
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            Choice focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                focused.chosen.set(!focused.chosen.get());
                event.consume();
            }
        });
        Button all = new Button(Texts.get("team.publish.all"));
        all.setOnAction(event -> list.getItems().forEach(choice -> choice.chosen.set(true)));
        Button none = new Button(Texts.get("team.publish.none"));
        none.setOnAction(event -> list.getItems().forEach(choice -> choice.chosen.set(false)));

        address.setId("publishAddress");
        address.setEditable(true);
        address.setMaxWidth(Double.MAX_VALUE);
        address.setPromptText(Texts.get("team.publish.address.prompt"));
        recent.forEach(each -> address.getItems().add(each.toString()));
        if (!recent.isEmpty()) {
            address.setValue(recent.get(0).toString());
        }
        password.setId("publishPassword");
        password.setPromptText(Texts.get("team.open.password.prompt"));
        problem.setId("publishProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("team.publish.relationships", list), list);
        grid.add(new HBox(8, all, none), 1, 1);
        grid.addRow(2, label("team.publish.address", address), address);
        grid.addRow(3, label("team.open.password", password), password);
        grid.add(problem, 0, 4, 2, 1);
        // The fields take the dialog's width; the list's label stays beside its first line.
        javafx.scene.layout.ColumnConstraints fieldsColumn = new javafx.scene.layout.ColumnConstraints();
        fieldsColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), fieldsColumn);
        list.setMaxWidth(Double.MAX_VALUE);
        password.setMaxWidth(Double.MAX_VALUE);
        GridPane.setValignment(grid.getChildren().get(0), javafx.geometry.VPos.TOP);
        getDialogPane().setContent(grid);

        Button publishButton = (Button) getDialogPane().lookupButton(publish);
        publishButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen().isEmpty(),
                list.getItems().stream().map(choice -> choice.chosen).toArray(BooleanProperty[]::new)));
        publishButton.addEventFilter(ActionEvent.ACTION, event -> check().ifPresent(reason -> {
            problem.setText(reason);
            event.consume(); // the dialog stays open, with everything chosen and typed
        }));
        setResultConverter(button -> button == publish
                ? new Request(chosen(), TeamAddress.parse(typedAddress()), password.getText().toCharArray()) : null);
        setOnShown(event -> Platform.runLater(list::requestFocus));
    }

    /** Shows the dialog and waits for the answer; empty if cancelled. */
    static Optional<Request> ask(Window owner, List<Offered> offered, List<TeamAddress> recent) {
        return new PublishDialog(owner, offered, recent).showAndWait();
    }

    private Set<Long> chosen() {
        Set<Long> ids = new LinkedHashSet<>();
        list.getItems().stream().filter(choice -> choice.chosen.get()).forEach(choice -> ids.add(choice.offered.id()));
        return ids;
    }

    /** What the address field holds, typed or chosen (an editable box commits typing only on Enter). */
    private String typedAddress() {
        String typed = address.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }

    private Optional<String> check() {
        if (typedAddress().isEmpty()) {
            return Optional.of(Texts.get("team.publish.noAddress"));
        }
        try {
            TeamAddress.parse(typedAddress());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Texts.get("team.open.bad", e.getMessage()));
        }
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(Texts.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
