package org.bridgework.cli;

import org.bridgework.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.text.Texts;

/**
 * {@code bridgework plan --relationship NAME --out FILE.pdf}: writes a relationship's repair plan as a PDF,
 * without a window. The file appears complete or not at all ({@link PlanFiles#writeAtomically}).
 */
public final class PlanCommand {
    private PlanCommand() {
    }

    /** @return the exit code: 0 when written, 1 when the relationship or the output is not usable */
    public static int run(Path workbook, PlanOptions options, Clock clock, PrintStream out, PrintStream err) {
        Path target = options.out().orElseThrow();
        try {
            PlanRequest request = PlanSource.load(workbook, options, clock);
            byte[] pdf = PlanPdf.render(request);
            AtomicFiles.write(target, pdf);
            out.println(Texts.get("cli.plan.written", request.relationship().name(), target));
            return 0;
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(Texts.get("cli.plan.cannotWrite", target, AtomicFiles.reason(e)));
            return 1;
        }
    }
}
