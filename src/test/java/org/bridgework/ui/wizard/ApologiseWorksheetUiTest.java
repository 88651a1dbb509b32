package org.bridgework.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Keyboard;
import org.bridgework.ui.Fx;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.testing.QueuedTaskRunner;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Apologise step's check in a real window: found parts look different from ticked ones and carry their
 * words, Enter confirms and Delete rejects, the important parts stay flagged, warnings are shown apart, and a
 * draft in German or a case with no apology warranted is not reported as missing everything.
 */
@ExtendWith(ApplicationExtension.class)
class ApologiseWorksheetUiTest {
    private static final String GOOD = "We are sorry. That\u2019s on us. We will refund the fee.";

    private Stage stage;
    private ApologiseWorksheet worksheet;
    private RepairCase current;

    @org.testfx.framework.junit5.Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private void open(String draft, ApologyWarranted warranted) {
        open(draft, warranted, new ImmediateTaskRunner());
    }

    private void open(String draft, ApologyWarranted warranted, TaskRunner compute) {
        RepairCase repair = RepairCase.start(7)
                .withPreparation(Preparation.empty().withApologyWarranted(warranted))
                .withReconciliation(new Reconciliation(Apology.draft(draft, Set.of()), new Forgiveness("", "")));
        javafx.application.Platform.runLater(() -> {
            current = repair;
            ApologyRejections rejections = new ApologyRejections();
            ApologiseWorksheet[] holder = new ApologiseWorksheet[1];
            holder[0] = new ApologiseWorksheet(repair, () -> {
                current = holder[0].applyTo(current);
                holder[0].refresh(current);
            }, offer -> { }, rejections, compute);
            worksheet = holder[0];
            worksheet.refresh(current);
            stage.setScene(new Scene(new ScrollPane(worksheet.view()), 900, 700));
        });
        Fx.settle();
    }

    private ApologyPartRow row(ApologyComponent component) {
        return worksheet.check().row(component);
    }

    @Test
    void aFoundPartShowsItsWordsAndEnterConfirmsIt(FxRobot robot) {
        open(GOOD, ApologyWarranted.YES);
        ApologyPartRow owned = row(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY);
        assertTrue(owned.showsFoundBadge());
        assertFalse(owned.ticked());
        assertTrue(owned.detailText().contains("That\u2019s on us"), owned.detailText());

        Fx.run(() -> owned.tickBox().requestFocus());
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        assertTrue(owned.ticked());
        assertFalse(owned.showsFoundBadge(), "a ticked part shows the filled tick, not the badge");
        assertTrue(current.reconciliation().apology().ticked().contains(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY));
    }

    @Test
    void deleteRejectsAFindingAndAnImportantPartStaysFlagged(FxRobot robot) {
        open(GOOD, ApologyWarranted.YES);
        ApologyPartRow offer = row(ApologyComponent.OFFER_OF_REPAIR);
        assertTrue(offer.showsFoundBadge());
        Fx.run(() -> offer.tickBox().requestFocus());
        Keyboard.push(KeyCode.DELETE);
        Fx.settle();
        assertFalse(offer.showsFoundBadge());
        assertFalse(offer.ticked());
        String name = Texts.guidance("apology.component.OFFER_OF_REPAIR");
        assertTrue(offer.detailText().contains(Texts.get("apologise.missingImportant", name)), offer.detailText());
        assertTrue(offer.detailText().contains(Texts.get("apologise.rejected")), offer.detailText());
    }

    @Test
    void aNonApologyIsWarnedAboutApartFromTheParts() {
        open("If we let you down in any way, I apologise. We will look into it.", ApologyWarranted.YES);
        List<String> warnings = worksheet.check().warningLines();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(Texts.get("apology.warning.conditional")));
        assertTrue(warnings.get(1).contains(Texts.get("apology.warning.only_look_into")));
        for (ApologyComponent important : List.of(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY,
                ApologyComponent.OFFER_OF_REPAIR)) {
            assertTrue(row(important).detailText().startsWith("\u26a0"), row(important).detailText());
        }
    }

    @Test
    void aGermanDraftIsOutsideTheCheckNotMissingEverything() {
        open("Es tut uns sehr leid, dass die Lieferung zu sp\u00e4t kam. Wir werden die Kosten erstatten.",
                ApologyWarranted.YES);
        assertEquals(Texts.get("apologise.notEnglish"), worksheet.check().noteText());
        for (ApologyComponent component : ApologyComponent.values()) {
            assertEquals("", row(component).detailText(), component.name());
        }
        assertTrue(worksheet.check().warningLines().isEmpty());
    }

    @Test
    void whenNoApologyIsWarrantedNothingIsMissing() {
        open("On the facts we checked, the delay came from the courier; the delivery notes are attached.",
                ApologyWarranted.NO);
        assertEquals(Texts.get("apologise.noApologyWarranted"), worksheet.check().noteText());
        for (ApologyComponent component : ApologyComponent.values()) {
            assertFalse(row(component).detailText().contains("Missing"), row(component).detailText());
        }
        assertTrue(worksheet.check().warningLines().isEmpty());
    }

    @Test
    void typingInTheDraftUpdatesTheCheck(FxRobot robot) {
        open("", ApologyWarranted.YES);
        TextArea draft = robot.lookup("#apologise-draft").queryAs(TextArea.class);
        Fx.run(() -> draft.setText("We were wrong, and we are sorry."));
        // The check runs once typing has paused; wait for its result rather than for a fixed time.
        waitFor(() -> row(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY).showsFoundBadge());
        assertFalse(worksheet.check().checking());
        assertTrue(row(ApologyComponent.OFFER_OF_REPAIR).detailText().startsWith("\u26a0"));
    }

    @Test
    void aResultForAnOlderDraftIsNeverShown(FxRobot robot) throws Exception {
        QueuedTaskRunner compute = new QueuedTaskRunner();
        open(GOOD, ApologyWarranted.YES, compute);
        TextArea draft = robot.lookup("#apologise-draft").queryAs(TextArea.class);
        ApologyPartRow owned = row(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY);
        assertTrue(worksheet.check().checking(), "nothing is shown before the first result");

        // The draft changes while the first check is still waiting: its result is for a draft no longer there.
        Fx.run(() -> draft.setText("The parcel arrived on Tuesday."));
        Fx.run(compute::runNext);
        assertFalse(owned.showsFoundBadge(), "the result for the first draft was shown after the draft changed");
        assertTrue(worksheet.check().checking());
        Fx.run(compute::runNext);
        assertFalse(owned.showsFoundBadge());
        assertFalse(worksheet.check().checking());

        // Typing on: the check for an in-between draft comes back after the draft moved on, and is dropped.
        Fx.run(() -> draft.setText("We are sorry."));
        waitFor(() -> compute.waiting() == 1);
        Fx.run(() -> draft.setText(GOOD));
        Fx.run(compute::runNext);
        assertFalse(owned.showsFoundBadge(), "a result for an in-between draft was shown");
        assertFalse(row(ApologyComponent.REGRET).showsFoundBadge(), "a result for an in-between draft was shown");
        assertTrue(worksheet.check().checking());
        waitFor(() -> compute.waiting() == 1);
        Fx.run(compute::runNext);
        assertTrue(owned.showsFoundBadge());
        assertTrue(row(ApologyComponent.REGRET).showsFoundBadge());
        assertFalse(worksheet.check().checking());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the apology check did not finish in time", e);
        }
    }
}
