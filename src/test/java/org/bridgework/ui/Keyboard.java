package org.bridgework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of {@link FxRobot#push} and {@link FxRobot#write}, by the same ways into the window, for tests that
 * press hundreds of keys. TestFX waits for the JavaFX thread after every key press, every release and every
 * character (five round trips with a 10 ms pause each); this waits once per key combination and once per text,
 * after the JavaFX thread has handled every event of it in order ({@link Fx#settle()}).
 */
public final class Keyboard {
    private static Robot robot;

    private Keyboard() {
    }

    /**
     * Presses {@code keys} in order and lets go of them in reverse (Ctrl+F, Shift+Tab), through JavaFX's own
     * robot, as TestFX's glass robot does: the window gets them as it gets a real keyboard's.
     */
    public static void push(KeyCode... keys) {
        Fx.call(() -> {
            if (robot == null) {
                robot = new Robot();
            }
            for (KeyCode key : keys) {
                robot.keyPress(key);
            }
            for (int i = keys.length - 1; i >= 0; i--) {
                robot.keyRelease(keys[i]);
            }
            return null;
        });
        Fx.settle();
    }

    /**
     * Types {@code text} one character at a time into the control that has the keyboard, with the key events
     * TestFX's {@code write} sends (pressed, typed, released), each character in a turn of its own on the JavaFX
     * thread and in order.
     */
    public static void type(FxRobot robot, String text) throws Exception {
        Scene scene = WaitForAsyncUtils.asyncFx(() -> keyWindow(robot).getScene()).get(30, TimeUnit.SECONDS);
        List<Future<Void>> typed = new ArrayList<>();
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            typed.add(WaitForAsyncUtils.asyncFx(() -> {
                fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code.getName(), code,
                        false, false, false, false));
                fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
                fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code.getName(), code,
                        false, false, false, false));
            }));
        }
        for (Future<Void> each : typed) {
            each.get(30, TimeUnit.SECONDS);
        }
        Fx.settle();
    }

    private static void fire(Scene scene, KeyEvent event) {
        Node owner = scene.getFocusOwner();
        EventTarget target = owner != null ? owner : scene;
        Event.fireEvent(target, event);
    }

    /**
     * The window keys go to, as TestFX's write finds it: a focused one among those showing, its target window
     * first, else the newest; with none focused, its target window, or the first showing. (A closed window can
     * still say it is focused, and TestFX's target window may be a dialog an earlier test closed.)
     */
    private static Window keyWindow(FxRobot robot) {
        Window target = robot.targetWindow();
        boolean targetShowing = target != null && target.isShowing() && target.getScene() != null;
        if (targetShowing && target.isFocused()) {
            return target;
        }
        List<Window> windows = new ArrayList<>(Window.getWindows());
        windows.removeIf(window -> !window.isShowing() || window.getScene() == null);
        for (int i = windows.size() - 1; i >= 0; i--) {
            if (windows.get(i).isFocused()) {
                return windows.get(i);
            }
        }
        return targetShowing || windows.isEmpty() ? target : windows.get(0);
    }
}
