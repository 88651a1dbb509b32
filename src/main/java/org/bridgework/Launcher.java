package org.bridgework;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.about.Version;
import org.bridgework.cli.CheckCommand;
import org.bridgework.cli.Commands;
import org.bridgework.logging.AppLog;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;

/** Entry point: reads the command line, then starts the window or runs a command-line task. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLog.start(WorkbookLocations.dataFolder(), "Bridgework " + Version.current());
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /**
     * Runs a command-line task, or starts the window.
     *
     * @return the exit code of a task, or -1 once the window has been started and closed normally
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return Commands.run(args, out, err,
                workbook -> noDisplay() ? explainWithoutWindow(workbook, err) : BridgeworkApp.launch(workbook, err));
    }

    /** On Linux and other X11/Wayland systems, no display means no window can be opened. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean desktopless = !os.startsWith("windows") && !os.startsWith("mac");
        return desktopless && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Without a window, say what is wrong with the workbook if anything, else that there is no display. */
    private static int explainWithoutWindow(Path workbook, PrintStream err) {
        if (Files.exists(workbook)) {
            PrintWriter errors = Commands.writer(err);
            int code = CheckCommand.run(workbook, new PrintWriter(java.io.Writer.nullWriter()), errors);
            errors.flush();
            if (code != 0) {
                return code;
            }
        }
        err.println(Texts.get("cli.error.noDisplay", "DISPLAY is not set"));
        return 1;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
