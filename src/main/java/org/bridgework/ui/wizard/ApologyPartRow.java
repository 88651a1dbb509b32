package org.bridgework.ui.wizard;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ComponentCheck;
import org.bridgework.model.repair.Importance;
import org.bridgework.model.repair.MatchedWords;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * One part of the apology: the manager's tick box, and under it what the check says. A part the manager ticked
 * shows a filled tick; a part only the check found shows an outlined "found" badge, the words it matched, and
 * Confirm / Not there buttons (Enter and Delete on the tick box do the same). Never told apart by colour alone.
 */
final class ApologyPartRow extends VBox {
    private final ApologyComponent component;
    private final CheckBox tick;
    private final Label badge = new Label(Texts.get("apologise.foundBadge"), Icons.of(Feather.SEARCH, 12));
    private final Label detail = new Label();
    private final Button confirm = new Button(Texts.get("apologise.confirm"), Icons.of(Feather.CHECK));
    private final Button reject = new Button(Texts.get("apologise.reject"), Icons.of(Feather.X));
    private final Button findAgain = new Button(Texts.get("apologise.undoReject"), Icons.of(Feather.ROTATE_CCW));
    private final HBox actions = new HBox(6, confirm, reject, findAgain);
    private ComponentCheck shown;

    /**
     * @param onReject  the manager says the check was wrong to find this part
     * @param onRestore the manager takes that back
     */
    ApologyPartRow(ApologyComponent component, boolean ticked, Runnable onEdit, Runnable onReject, Runnable onRestore) {
        super(3);
        this.component = component;
        tick = new CheckBox(Texts.guidance("apology.component." + component.name()));
        tick.setSelected(ticked);
        tick.setTooltip(new Tooltip(Texts.guidance("apology.component." + component.name() + ".hint")));
        tick.selectedProperty().addListener((o, old, now) -> onEdit.run());
        tick.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (shown != null && shown.foundOnly() && key.getCode() == KeyCode.ENTER) {
                confirmFound();
                key.consume();
            } else if (shown != null && shown.foundOnly()
                    && (key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.BACK_SPACE)) {
                onReject.run();
                key.consume();
            }
        });
        badge.getStyleClass().add("apology-found-badge");
        detail.getStyleClass().add("apology-part-detail");
        detail.setWrapText(true);
        confirm.setOnAction(e -> confirmFound());
        reject.setOnAction(e -> onReject.run());
        findAgain.setOnAction(e -> onRestore.run());
        for (Button button : List.of(confirm, reject, findAgain)) {
            button.getStyleClass().addAll("small", "flat");
        }
        HBox head = new HBox(8, tick, badge, actions);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, detail);
        getStyleClass().add("apology-part");
        show(null, false);
    }

    private void confirmFound() {
        tick.setSelected(true);
        tick.requestFocus();
    }

    boolean ticked() {
        return tick.isSelected();
    }

    ApologyComponent component() {
        return component;
    }

    CheckBox tickBox() {
        return tick;
    }

    /**
     * @param check      what the check says of this part; null when it did not judge the draft
     * @param flagMissing whether a missing part is worth a word (not when no apology is warranted)
     */
    void show(ComponentCheck check, boolean flagMissing) {
        shown = check;
        boolean found = check != null && check.foundOnly();
        boolean rejected = check != null && check.rejected() && !check.ticked() && !check.found().isEmpty();
        visible(badge, found);
        visible(confirm, found);
        visible(reject, found);
        visible(findAgain, rejected);
        visible(actions, found || rejected);
        detail.getStyleClass().remove("insight-warning");
        String line = "";
        if (found) {
            String words = check.found().stream().map(MatchedWords::words).collect(Collectors.joining("\u201d, \u201c"));
            line = Texts.get("apologise.foundLine", words);
            badge.setTooltip(new Tooltip(words));
        } else if (check != null && !check.present() && flagMissing) {
            Importance concern = check.concern();
            String name = Texts.guidance("apology.component." + component.name());
            line = switch (concern) {
                case IMPORTANT -> "\u26a0 " + Texts.get("apologise.missingImportant", name);
                case MINOR -> Texts.get("apologise.missingMinor", name);
                case NONE -> Texts.get("apologise.missingFine", name);
            };
            if (concern == Importance.IMPORTANT) {
                detail.getStyleClass().add("insight-warning");
            }
        }
        if (rejected) {
            line = (line + " " + Texts.get("apologise.rejected")).strip();
        }
        detail.setText(line);
        visible(detail, !line.isEmpty());
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("found"), found);
    }

    /** The detail line, for tests. */
    String detailText() {
        return detail.isVisible() ? detail.getText() : "";
    }

    boolean showsFoundBadge() {
        return badge.isVisible();
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
