package org.bridgework.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The windows that open over the main one (the Trash, a relationship's history, its sharing), set up alike. */
public final class OwnedWindows {
    private OwnedWindows() {
    }

    /**
     * Makes {@code stage} a window over {@code owner} that keeps the keyboard while open (window-modal), showing
     * {@code root} in the app's stylesheet at {@code width} × {@code height}, never smaller than the minimum given.
     */
    public static void setUp(Stage stage, Window owner, String title, Parent root, double width, double height,
                             double minWidth, double minHeight) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
    }

    /** Esc closes {@code stage} (its scene must be set). */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
    }
}
