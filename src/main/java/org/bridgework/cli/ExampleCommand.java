package org.bridgework.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.ProblemTexts;
import org.bridgework.text.Texts;

/** {@code bridgework example --workbook FILE}: writes the example workbook to a new file. */
public final class ExampleCommand {
    private ExampleCommand() {
    }

    /** @return the exit code: 0 when written, 1 when the file exists or cannot be made, 2 without a file */
    public static int run(Optional<Path> target, PrintStream out, PrintStream err) {
        if (target.isEmpty()) {
            err.println(Texts.get("cli.example.needsFile"));
            return 2;
        }
        Path file = target.get();
        if (Files.exists(file)) {
            err.println(Texts.get("cli.example.exists", file));
            return 1;
        }
        try {
            ExampleWorkbook.createIfMissing(file, Clock.systemDefaultZone());
            out.println(Texts.get("cli.example.written", file));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
    }
}
