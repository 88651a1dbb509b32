package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control the keyboard reaches shows it: walking each view of the main window with Tab, in light and
 * dark, each focus owner is drawn differently with the keyboard on it than once Tab has moved on (compared
 * pixel by pixel), by at least a ring's worth of pixels.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingUiTest {
    /** More Tab presses than any view has stops; the walk ends when it comes round again. */
    private static final int MOST_STOPS = 160;
    private static final Path PICTURES = Path.of("target", "focus-ring");

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW)));
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            long id = book.relationships().findAll().get(0).id();
            book.repairCases().save(RepairCase.start(id).withActionPlan(new ActionPlan(List.of(
                    Commitment.planned("Send the revised contract", "Tom", null)))));
        }
        harness.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        Fx.run(Theme.LIGHT::apply);
        harness.stop();
    }

    @Test
    void everyStopShowsARingInLightAndDark(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Meridian Foods");
        List<String> missing = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Fx.run(theme::apply);
            Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT1);
            missing.addAll(walk(robot, theme + " details"));
            Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".worksheet").tryQuery().isPresent());
            missing.addAll(walk(robot, theme + " assess"));
            Fx.run(() -> robot.lookup("#stepList").queryListView().getSelectionModel().select(RepairStep.ACT));
            missing.addAll(walk(robot, theme + " act"));
            Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
            missing.addAll(walk(robot, theme + " timeline"));
        }
        assertEquals(List.of(), missing, "controls the keyboard reaches without showing it");
    }

    /**
     * Tabs through the window once round; the stops whose look does not change with the keyboard on them. Each
     * stop is drawn with the keyboard on it, then again after the next Tab, which also brings the next stop.
     */
    private List<String> walk(FxRobot robot, String where) throws Exception {
        Fx.settle();
        List<String> missing = new ArrayList<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Keyboard.push(KeyCode.TAB);
        Node owner = harness.focusOwner();
        int stops = 0;
        while (owner != null && seen.put(owner, true) == null && stops < MOST_STOPS) {
            stops++;
            WritableImage focused = snapshot(robot, owner);
            Keyboard.push(KeyCode.TAB);
            Node next = harness.focusOwner();
            WritableImage after = snapshot(robot, owner);
            int changed = differingPixels(focused, after);
            double ring = Math.min(focused.getWidth(), focused.getHeight());
            if (changed < ring) {
                String name = where + ": " + describe(owner);
                missing.add(name + " (" + changed + " pixels change)");
                // Kept for looking at: the control that shows no ring, as drawn with the keyboard on it.
                save(focused, where + "-" + stops + "-" + owner.getClass().getSimpleName());
            }
            owner = next;
        }
        assertTrue(stops > 3, where + ": the walk reached only " + stops + " stops");
        return missing;
    }

    /** The node as drawn now (CSS and layout brought up to date first), taken on the JavaFX thread. */
    private static WritableImage snapshot(FxRobot robot, Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(30, TimeUnit.SECONDS);
    }

    /** How many pixels differ; a change of size counts every pixel of the larger. */
    private static int differingPixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return (int) Math.max(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled labeled ? " \u201c" + labeled.getText() + "\u201d" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? " #" + node.getId() : "") + text
                + " " + node.getStyleClass();
    }

    /** Writes {@code image} to target/focus-ring as a PNG. */
    private static void save(WritableImage image, String name) throws Exception {
        Files.createDirectories(PICTURES);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", PICTURES.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".png").toFile());
    }
}
