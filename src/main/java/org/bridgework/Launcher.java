package org.bridgework;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.cli.CheckCommand;
import org.bridgework.cli.CommandLine;
import org.bridgework.cli.ExampleCommand;
import org.bridgework.cli.ExportCommand;
import org.bridgework.cli.ImportCommand;
import org.bridgework.cli.PlanCommand;
import org.bridgework.cli.PrintCommand;
import org.bridgework.cli.UsageException;
import org.bridgework.cli.Version;
import org.bridgework.logging.AppLog;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;

/** Entry point: reads the command line, then starts the window or runs a command-line task. */
public final class Launcher {
    /** Exit code for a command line that could not be understood. */
    static final int USAGE_ERROR = 2;

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
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.println(usage());
            return USAGE_ERROR;
        }
        Path workbook = commandLine.workbook().orElseGet(WorkbookLocations::defaultWorkbook);
        return switch (commandLine.command()) {
            case HELP -> {
                out.println(usage());
                yield 0;
            }
            case VERSION -> {
                out.println(Texts.get("cli.version", Version.current()));
                yield 0;
            }
            case CHECK -> CheckCommand.run(workbook, out, err);
            case EXAMPLE -> ExampleCommand.run(commandLine.workbook(), out, err);
            case PLAN -> PlanCommand.run(workbook, commandLine.plan(), Clock.systemDefaultZone(), out, err);
            case PRINT -> PrintCommand.run(workbook, commandLine.plan(), Clock.systemDefaultZone(), out, err);
            case EXPORT -> ExportCommand.run(workbook, commandLine.plan().relationship(), commandLine.file().orElseThrow(),
                    Clock.systemDefaultZone(), out, err);
            case IMPORT -> ImportCommand.run(workbook, commandLine.file().orElseThrow(), Clock.systemDefaultZone(), out, err);
            case RUN -> noDisplay() ? explainWithoutWindow(workbook, err) : BridgeworkApp.launch(workbook, err);
        };
    }

    /** On Linux and other X11/Wayland systems, no display means no window can be opened. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean desktopless = !os.startsWith("windows") && !os.startsWith("mac");
        return desktopless && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Without a window, say what is wrong with the workbook if anything, else that there is no display. */
    private static int explainWithoutWindow(Path workbook, PrintStream err) {
        if (java.nio.file.Files.exists(workbook)) {
            int code = CheckCommand.run(workbook, new PrintStream(java.io.OutputStream.nullOutputStream()), err);
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

    static String usage() {
        return Texts.get("cli.usage", WorkbookLocations.defaultWorkbook());
    }
}
