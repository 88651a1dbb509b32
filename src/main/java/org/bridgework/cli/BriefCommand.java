package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgework.files.AtomicFiles;
import org.bridgework.plan.BriefPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework brief --workbook FILE --relationship NAME --out FILE.pdf}: writes the one-page meeting brief
 * for the next conversation as a PDF, without a window. The file appears complete or not at all.
 */
@Command(name = "brief")
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    private WorkbookOption workbook;
    @Option(names = "--relationship", paramLabel = "NAME", required = true, descriptionKey = "relationship.brief")
    private String relationship;
    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "brief.out",
            converter = FileName.class)
    private Path out;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, relationship, out, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when written, 1 when the relationship or the output is not usable */
    static int run(Path workbook, String name, Path target, Clock clock, PrintWriter out, PrintWriter err) {
        PlanOptions options = new PlanOptions(Optional.of(name), Optional.of(target), PlanVersion.INTERNAL,
                Optional.empty(), Optional.empty());
        try {
            PlanRequest request = PlanSource.load(workbook, options, clock);
            AtomicFiles.write(target, BriefPdf.render(request));
            out.println(Texts.get("cli.brief.written", request.relationship().name(), target));
            return 0;
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(Texts.get("cli.brief.cannotWrite", target, AtomicFiles.reason(e)));
            return 1;
        }
    }
}
