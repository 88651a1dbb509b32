package org.bridgework.ui.team;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.OwnedWindows;

/**
 * File → Share this relationship…: its owner, the colleagues who may change it (add by login name, remove with
 * Delete or Alt+R) and whether the whole team may read it. Everyone may look; only the owner may change it, and
 * anyone else is told so in a sentence, with the controls read-only. Esc or Cancel closes without saving.
 */
public final class SharingWindow {
    private final SharingViewModel model;
    private final Stage stage = new Stage();
    private final ListView<String> editors = new ListView<>();
    private final TextField login = new TextField();

    private SharingWindow(SharingViewModel model, Window owner, String name) {
        this.model = model;
        OwnedWindows.setUp(stage, owner, Texts.get("share.title", name), layout(), 560, 460, 440, 380);
        OwnedWindows.closeOnEscape(stage);
    }

    public static SharingWindow open(SharingViewModel model, Window owner, String relationshipName) {
        SharingWindow window = new SharingWindow(model, owner, relationshipName);
        window.stage.show();
        window.editors.requestFocus();
        model.load();
        return window;
    }

    private VBox layout() {
        Label ownerLine = new Label();
        ownerLine.setId("shareOwner");
        ownerLine.textProperty().bind(Bindings.createStringBinding(() -> model.ownerProperty().get().isEmpty() ? ""
                        : model.ownerProperty().get().equals(model.meProperty().get())
                        ? Texts.get("share.ownerIsYou", model.ownerProperty().get())
                        : Texts.get("share.owner", model.ownerProperty().get()),
                model.ownerProperty(), model.meProperty()));
        ownerLine.getStyleClass().add("card-title");
        Label readOnly = wrapping("shareReadOnly");
        readOnly.textProperty().bind(Bindings.createStringBinding(
                () -> model.ownerProperty().get().isEmpty() || model.mayChangeProperty().get() ? ""
                        : Texts.get("share.readOnly", model.ownerProperty().get()),
                model.ownerProperty(), model.mayChangeProperty()));
        showOnlyWithText(readOnly);

        Label editorsLabel = new Label(Texts.get("share.editors"));
        editorsLabel.setLabelFor(editors);
        editors.setId("shareEditors");
        editors.setAccessibleText(Texts.get("share.editors.accessible"));
        editors.setItems(model.editors());
        editors.setPlaceholder(new Label(Texts.get("share.editors.none")));
        editors.setPrefHeight(160);
        VBox.setVgrow(editors, Priority.ALWAYS);

        BooleanBinding locked = model.mayChangeProperty().not().or(model.busyProperty());
        Label loginLabel = new Label(Texts.get("share.login"));
        loginLabel.setMnemonicParsing(true);
        loginLabel.setLabelFor(login);
        login.setId("shareLogin");
        login.setPromptText(Texts.get("share.login.prompt"));
        login.setOnAction(event -> {
            add();
            event.consume(); // Enter here adds the name; it does not save the window
        });
        HBox.setHgrow(login, Priority.ALWAYS);
        Button add = new Button(Texts.get("share.add"));
        add.setId("shareAdd");
        add.setOnAction(event -> add());
        Button remove = new Button(Texts.get("share.remove"));
        remove.setId("shareRemove");
        remove.setOnAction(event -> removeChosen());
        remove.disableProperty().bind(locked.or(editors.getSelectionModel().selectedItemProperty().isNull()));
        editors.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && !remove.isDisabled()) {
                removeChosen();
                event.consume();
            }
        });
        HBox adding = new HBox(8, loginLabel, login, add, remove);
        adding.setAlignment(Pos.BASELINE_LEFT);
        for (javafx.scene.Node node : new javafx.scene.Node[] {login, add, loginLabel}) {
            node.disableProperty().bind(locked);
        }

        CheckBox teamReads = new CheckBox(Texts.get("share.teamReads"));
        teamReads.setId("shareTeamReads");
        teamReads.selectedProperty().bindBidirectional(model.teamReadsProperty());
        teamReads.disableProperty().bind(locked);

        Label problem = wrapping("shareProblem");
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.problemProperty());
        showOnlyWithText(problem);
        Label status = wrapping("shareStatus");
        status.textProperty().bind(model.statusProperty());

        Button save = new Button(Texts.get("share.save"));
        save.setId("shareSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(locked);
        save.setOnAction(event -> model.save(stage::close));
        Button cancel = new Button(Texts.get("share.cancel"));
        cancel.setId("shareCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, save, cancel);
        VBox root = new VBox(10, ownerLine, readOnly, editorsLabel, editors, adding, teamReads, problem, buttons);
        root.setPadding(new Insets(14));
        return root;
    }

    private void add() {
        if (model.add(login.getText())) {
            login.clear();
        }
        login.requestFocus();
    }

    private void removeChosen() {
        String chosen = editors.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.remove(chosen);
        }
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showOnlyWithText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }

    Stage stage() {
        return stage;
    }
}
