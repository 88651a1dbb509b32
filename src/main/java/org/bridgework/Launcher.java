package org.bridgework;

import java.io.PrintStream;
import java.nio.file.Path;
import org.bridgework.cli.CheckCommand;
import org.bridgework.cli.CommandLine;
import org.bridgework.cli.UsageException;
import org.bridgework.cli.Version;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;

/** Entry point: reads the command line, then starts the window or runs a command-line task. */
public final class Launcher {
    /** Exit code for a command line that could not be understood. */
    static final int USAGE_ERROR = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
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
            case RUN -> BridgeworkApp.launch(workbook, err);
        };
    }

    static String usage() {
        return Texts.get("cli.usage", WorkbookLocations.defaultWorkbook());
    }
}
