package org.bridgework;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.FxDialogService;
import org.bridgework.ui.common.StoreThread;
import org.bridgework.ui.common.Theme;
import org.bridgework.ui.main.AppContext;
import org.bridgework.ui.main.WindowSize;

/**
 * The JavaFX application: loads the settings, makes the two background threads (the workbook's and the one
 * that computes) and hands them to {@link AppContext}, which builds and wires the window's parts.
 */
public final class BridgeworkApp extends Application {
    private AppSettings settings;
    private AppContext app;

    /** Starts the window on {@code workbook} and returns when it closes; the exit code. */
    static int launch(Path workbook, PrintStream err) {
        try {
            Application.launch(BridgeworkApp.class, workbook.toString());
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.getLogger(BridgeworkApp.class.getName()).log(System.Logger.Level.ERROR, "The window could not start", e);
            // There is no window to explain anything in, so say it here; a failure of ours keeps its trace.
            boolean noDisplay = String.valueOf(e.getMessage()).contains("DISPLAY");
            err.println(noDisplay ? Texts.get("cli.error.noDisplay", e.getMessage()) : Texts.get("cli.error.startFailed"));
            if (!noDisplay) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    @Override
    public void init() {
        settings = AppSettings.load(WorkbookLocations.dataFolder());
    }

    @Override
    public void start(Stage stage) {
        Theme.parse(settings.theme()).apply();
        app = new AppContext(stage, new StoreThread(), new StoreThread("bridgework-compute"),
                new StoreThread("bridgework-backup"), new FxDialogService(stage),
                settings, Clock.systemDefaultZone(), Platform::exit);
        // The preferred size, but never larger than the screen: small laptop screens see the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = WindowSize.initial(screen);
        Scene scene = new Scene(app.view(), size[0], size[1]);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        WindowSize.limit(stage, screen);
        stage.show();
        List<String> args = getParameters().getRaw();
        app.openAtStart(Path.of(args.isEmpty() ? WorkbookLocations.defaultWorkbook().toString() : args.get(0)));
    }

    @Override
    public void stop() {
        if (app != null) {
            app.shutdown();
        }
    }
}
