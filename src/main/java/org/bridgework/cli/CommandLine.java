package org.bridgework.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanVersion;

/**
 * A parsed command line: an optional command word first, then options in any order, each at most once.
 *
 * @param command  what to do
 * @param workbook the workbook named with {@code --workbook}, if any
 * @param plan     the options of {@code plan} and {@code print} (and the relationship {@code export} names)
 * @param file     the file {@code export} writes or {@code import} reads, named on its own
 */
public record CommandLine(Command command, Optional<Path> workbook, PlanOptions plan, Optional<Path> file) {

    /** A command line without plan options. */
    public CommandLine(Command command, Optional<Path> workbook) {
        this(command, workbook, PlanOptions.NONE, Optional.empty());
    }

    /**
     * Parses the arguments.
     *
     * @throws UsageException for an unknown option, one the command does not take, a missing or repeated one,
     *                        or a value that cannot be used
     */
    public static CommandLine parse(String... args) throws UsageException {
        int i = 0;
        Command command = Command.RUN;
        if (args.length > 0) {
            Optional<Command> named = Command.ofWord(args[0]);
            if (named.isPresent()) {
                command = named.get();
                i = 1;
            }
        }
        Map<Option, String> given = new EnumMap<>(Option.class);
        Optional<Path> file = Optional.empty();
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(Command.HELP, Optional.empty());
            }
            if (arg.equals("--version")) {
                return new CommandLine(Command.VERSION, Optional.empty());
            }
            if (command.takesFile() && file.isEmpty() && !arg.startsWith("-") && !arg.isBlank()) {
                file = Optional.of(Path.of(arg));
                continue;
            }
            Option option = known(command, arg);
            if (given.containsKey(option)) {
                throw new UsageException("cli.error.repeated", arg);
            }
            String value = "";
            if (option.takesValue()) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageException(option.missingValueKey(), arg);
                }
                value = args[++i];
            }
            given.put(option, value);
        }
        for (Option needed : command.required()) {
            if (!given.containsKey(needed)) {
                throw new UsageException("cli.error.required", needed.spelling());
            }
        }
        if (command.takesFile() && file.isEmpty()) {
            throw new UsageException("cli.error.needsFile." + command.word(), command.word());
        }
        return new CommandLine(command, Optional.ofNullable(given.get(Option.WORKBOOK)).map(Path::of), plan(given),
                file);
    }

    /** The option {@code arg} names, if {@code command} takes it. */
    private static Option known(Command command, String arg) throws UsageException {
        Optional<Option> option = Option.ofSpelling(arg).filter(command::accepts);
        if (option.isPresent()) {
            return option.get();
        }
        if (arg.startsWith("--workbook=")) {
            throw new UsageException("cli.error.useSpace", arg);
        }
        throw new UsageException("cli.error.unknown", arg);
    }

    private static PlanOptions plan(Map<Option, String> given) throws UsageException {
        Optional<Paper> paper = Optional.empty();
        if (given.containsKey(Option.PAPER)) {
            paper = Optional.ofNullable(Paper.parse(given.get(Option.PAPER)));
            if (paper.isEmpty()) {
                throw new UsageException("cli.error.paper", given.get(Option.PAPER));
            }
        }
        return new PlanOptions(Optional.ofNullable(given.get(Option.RELATIONSHIP)),
                Optional.ofNullable(given.get(Option.OUT)).map(Path::of),
                given.containsKey(Option.SHAREABLE) ? PlanVersion.SHAREABLE : PlanVersion.INTERNAL,
                paper, Optional.ofNullable(given.get(Option.PRINTER)));
    }
}
