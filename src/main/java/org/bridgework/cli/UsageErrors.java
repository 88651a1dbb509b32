package org.bridgework.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.bridgework.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that was not understood: says what is wrong in our words, then the usage of the command it
 * was meant for, both on standard error; exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(message(problem, args));
        err.println();
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeading().length()));
        err.println(Texts.get("cli.error.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return Commands.USAGE_ERROR;
    }

    static String message(ParameterException problem, String[] args) {
        String command = problem.getCommandLine().getCommandName();
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                return Texts.get("cli.error.unknown", word);
            }
            boolean takesCommands = !problem.getCommandLine().getSubcommands().isEmpty();
            return Texts.get(takesCommands ? "cli.error.unknownCommand" : "cli.error.unexpected", word, command);
        }
        if (problem instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option) {
            return Texts.get("cli.error.repeated", option.longestName());
        }
        if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(missing.getMissing().get(0), command, Arrays.asList(args));
        }
        if (problem.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        return problem.getMessage();
    }

    /** An option given without its value, a required option left out, or a file not named. */
    private static String missing(ArgSpec argument, String command, List<String> args) {
        if (argument instanceof OptionSpec option) {
            String name = option.longestName();
            boolean given = args.stream().anyMatch(arg -> arg.equals(name) || arg.startsWith(name + "="));
            if (!given) {
                return Texts.get("cli.error.required", name);
            }
            String specific = "cli.error.missing." + name.substring(2);
            return Texts.has(specific) ? Texts.get(specific, name)
                    : Texts.get("cli.error.missingValue", name, option.paramLabel());
        }
        String specific = "cli.error.needsFile." + command;
        return Texts.has(specific) ? Texts.get(specific, command)
                : Texts.get("cli.error.needsArgument", command, argument.paramLabel());
    }
}
