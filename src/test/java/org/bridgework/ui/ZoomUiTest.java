package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.settings.AppSettings;
import org.bridgework.ui.common.Zoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Zoom (issue 19, point 2): Ctrl+= and Ctrl+- step the text size of the whole window and it is kept in
 * the settings; Ctrl+Shift+0 brings it back, while Ctrl+0 stays This week. At 200 % in a 1366×768 window no
 * label, button or tab on the main screens shows its text cut short (JavaFX then draws an ellipsis in place of
 * its end). Each screen is saved as drawn to target/zoom-200 for looking at.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomUiTest {
    private static final Path PICTURES = Path.of("target", "zoom-200");
    private MainWindowHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withExample();
        harness.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        Fx.run(() -> Zoom.apply(100));
        harness.stop();
    }

    @Test
    void zoomStepsAreRememberedAndNothingIsCutShortAt200Percent(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, ExampleCase.CLIENT);
        Path settings = harness.folder.resolve("data");
        for (int expected : List.of(110, 125, 150, 175, 200)) {
            Keyboard.push(KeyCode.CONTROL, KeyCode.EQUALS);
            assertEquals(expected, Zoom.current(), "Ctrl+= steps up");
        }
        Keyboard.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(200, Zoom.current(), "200 % is the largest");
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-size: 28.0px"),
                "the root's text is twice 14 px: " + stage.getScene().getRoot().getStyle());
        assertEquals(200, AppSettings.load(settings).zoom(), "remembered");
        Keyboard.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(175, Zoom.current(), "Ctrl+- steps down");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertEquals(100, Zoom.current(), "Ctrl+Shift+0 is the actual size");
        assertEquals(100, AppSettings.load(settings).zoom(), "remembered");
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(100, Zoom.current(), "Ctrl+0 is not a zoom key");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".week-view").tryQuery()
                .map(Node::isVisible).orElse(false));

        for (int i = 0; i < 5; i++) {
            Keyboard.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        List<String> cut = new ArrayList<>(cutShort("week"));
        harness.select(robot, ExampleCase.CLIENT);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        cut.addAll(cutShort("details"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        for (RepairStep step : RepairStep.values()) {
            Fx.run(() -> harness.main().wizard().goTo(step));
            cut.addAll(cutShort("step-" + (step.ordinal() + 1)));
        }
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
        cut.addAll(cutShort("timeline"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        cut.addAll(cutShort("plan"));
        long before = windows();
        Keyboard.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windows() > before);
        Fx.settle();
        javafx.stage.Window preferences = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w != stage).reduce((a, b) -> b).orElseThrow();
        cut.addAll(cutShort(preferences, "preferences"));
        Fx.run(preferences::hide);
        assertEquals(List.of(), cut, "text cut short at 200 %");
    }

    private static long windows() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).count();
    }

    private List<String> cutShort(String where) throws Exception {
        return cutShort(stage, where);
    }

    /** The labels, buttons and tabs showing in {@code window} whose drawn text is not their whole text. */
    private List<String> cutShort(javafx.stage.Window window, String where) throws Exception {
        Fx.settle();
        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        save(picture, where);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            visit(window.getScene().getRoot(), window.getScene(), where, found);
            return found;
        }).get(30, TimeUnit.SECONDS);
    }

    private void visit(Node node, javafx.scene.Scene scene, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && onScreen(labeled, scene) && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            Text drawn = drawnText(labeled);
            if (drawn != null && !drawn.getText().equals(labeled.getText().replace("_", ""))
                    && !drawn.getText().equals(labeled.getText())) {
                found.add(where + ": \u201c" + drawn.getText() + "\u201d for \u201c" + labeled.getText() + "\u201d ("
                        + AccessibleTree.describe(labeled) + ")");
            } else if (drawn != null && cutAtTheRight(drawn)) {
                found.add(where + ": \u201c" + labeled.getText() + "\u201d runs past the edge of its pane ("
                        + AccessibleTree.describe(labeled) + ")");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, where, found);
            }
        }
    }

    /** The text the label's skin draws (its own Text child), or null before it has one. */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText, not an icon (an Ikonli icon is a Text too).
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text;
            }
        }
        return null;
    }

    /**
     * Whether the text reaches past the right edge of a pane that clips what it holds (a scroll pane's view, a
     * list's rows) while its start is inside: then its end is hidden though no ellipsis says so.
     */
    private static boolean cutAtTheRight(Text text) {
        var bounds = text.localToScene(text.getBoundsInLocal());
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                var clip = up.localToScene(up.getClip().getBoundsInLocal());
                if (bounds.getMinX() < clip.getMaxX() && bounds.getMaxX() > clip.getMaxX() + 1
                        && bounds.getMinY() < clip.getMaxY() && bounds.getMaxY() > clip.getMinY()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Laid out with a size and at least partly inside the window. */
    private static boolean onScreen(Labeled labeled, javafx.scene.Scene scene) {
        var bounds = labeled.localToScene(labeled.getLayoutBounds());
        return labeled.getWidth() > 0 && bounds.getMaxX() > 0 && bounds.getMinX() < scene.getWidth()
                && bounds.getMaxY() > 0 && bounds.getMinY() < scene.getHeight();
    }

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
        ImageIO.write(out, "png", PICTURES.resolve(name + ".png").toFile());
    }
}
