package org.bridgework.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.bridgework.text.Texts;

/** Loads the FXML file named after a controller class, from the same package path in resources. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code <ControllerName minus "Controller">View.fxml} with {@code controller} as its controller. */
    public static <T extends Parent> T load(Object controller) {
        String simple = controller.getClass().getSimpleName().replaceFirst("Controller$", "");
        URL url = controller.getClass().getResource(simple + "View.fxml");
        if (url == null) {
            throw new IllegalStateException("No " + simple + "View.fxml beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Texts.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + url, e);
        }
    }
}
