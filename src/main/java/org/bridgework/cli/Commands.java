package org.bridgework.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.text.Texts;
import picocli.CommandLine;

/**
 * The command line, read by picocli from the commands' annotations, with its help texts from the
 * {@code commandline} bundle; the help printed can therefore never leave out a command or an option.
 *
 * <p>Exit codes: 0 done, 1 the command could not do its job (a message says why), 2 the command line was not
 * understood (the message and the command's usage go to standard error).
 */
public final class Commands {
    /** The command line was not understood. */
    public static final int USAGE_ERROR = 2;

    private Commands() {
    }

    /** Runs the command the arguments name, or opens the window on the workbook they name. */
    public static int run(String[] args, PrintStream out, PrintStream err, Window window) {
        Optional<Path> plainlyTheWindow = WindowShortcut.workbook(args);
        if (plainlyTheWindow.isPresent()) {
            return window.open(plainlyTheWindow.get());
        }
        CommandLine commandLine = create(window);
        commandLine.setOut(writer(out));
        commandLine.setErr(writer(err));
        return commandLine.execute(args);
    }

    /** The whole command line (also for the completion script and the tests). */
    public static CommandLine create(Window window) {
        CommandLine commandLine = new CommandLine(new BridgeworkCommand(window));
        commandLine.setResourceBundle(Texts.commandLineBundle());
        commandLine.setDefaultValueProvider(new DefaultWorkbook());
        // A file name may begin with @: it is a name, not a file of further arguments.
        commandLine.setExpandAtFiles(false);
        // "--workbook check" names a file called check (as the window's shortcut reads it), not a command.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setUsageHelpWidth(100);
        forEveryCommand(commandLine);
        return commandLine;
    }

    /**
     * Every command answers {@code --version}; options are listed as each command declares them (the workbook
     * first, help last), not sorted.
     */
    private static void forEveryCommand(CommandLine commandLine) {
        commandLine.getCommandSpec().versionProvider(new BuildVersion());
        commandLine.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
        commandLine.getSubcommands().values().forEach(Commands::forEveryCommand);
    }

    /** Writes through the stream's own print methods, so text is encoded in the stream's charset. */
    public static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] characters, int offset, int length) {
                stream.print(new String(characters, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
