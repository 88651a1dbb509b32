package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The bash completion script the build writes knows every command and every option of each. */
class CompletionScriptTest {
    @TempDir
    Path folder;

    @Test
    void theGeneratedScriptNamesEveryCommandAndOption() throws Exception {
        Path file = folder.resolve("share").resolve("bash-completion").resolve("completions").resolve("bridgework");
        CompletionScript.main(new String[] {file.toString()});
        String script = Files.readString(file);
        assertTrue(script.contains("complete -F _complete_bridgework"), "registered for the bridgework command");
        Map<String, CommandLine> commands = Commands.create(workbook -> 0).getSubcommands();
        String words = script.lines().filter(line -> line.contains("local commands=\"")).findFirst().orElseThrow();
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            assertTrue(words.matches(".*[\" ]" + command.getKey() + "[\" ].*"), command.getKey() + " in " + words);
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                assertTrue(script.contains("'" + option.longestName() + "'"), option.longestName() + " completes");
            }
        }
    }
}
