import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for bench/startup: the barest JavaFX window, started with a plain {@code java} command. */
public final class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 640, 400));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
