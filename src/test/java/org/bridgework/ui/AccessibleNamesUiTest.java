package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control the keyboard can reach has a name a screen reader can say (issue 19, point 1), on the screens
 * outside the repair wizard: the portfolio, the details, the timeline and the plan. A button or check box is
 * named by its text or its accessible text; a field, choice list or list by a label tied to it ({@code labelFor})
 * or its accessible text. The labels of the details form are each tied to their field.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesUiTest {
    private MainWindowHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW)));
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            long id = book.relationships().findAll().get(0).id();
            book.repairCases().save(RepairCase.start(id).withActionPlan(new ActionPlan(List.of(
                    Commitment.planned("Send the revised contract", "Tom", null)))));
        }
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void everyFocusableControlHasANameAndEveryFormLabelItsField(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Meridian Foods");
        List<String> nameless = new ArrayList<>();
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        nameless.addAll(walk(robot, "details"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
        nameless.addAll(walk(robot, "timeline"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        nameless.addAll(walk(robot, "plan"));
        assertEquals(List.of(), nameless, "controls a screen reader cannot name");

        List<Label> formLabels = robot.lookup(".details-form > .label").queryAllAs(Label.class).stream().toList();
        assertTrue(formLabels.size() >= 6, "the details form's labels: " + formLabels.size());
        for (Label label : formLabels) {
            assertTrue(label.getLabelFor() != null, "\"" + label.getText() + "\" is tied to its field");
        }
    }

    private List<String> walk(FxRobot robot, String where) throws Exception {
        Fx.settle();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            visit(stage.getScene().getRoot(), where, found);
            return found;
        }).get(30, TimeUnit.SECONDS);
    }

    private static void visit(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled() && name(node).isBlank()) {
            found.add(where + ": " + node.getClass().getSimpleName() + " " + node.getId() + " " + node.getStyleClass());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, where, found);
            }
        }
    }

    /** What a screen reader says the control is called. */
    static String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof ListView
                || node instanceof TableView) {
            Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            return label instanceof Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
        }
        if (node instanceof Labeled labeled) {
            return labeled.getText() == null ? "" : labeled.getText();
        }
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? "" : text.toString();
    }
}
