package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgework.files.AtomicFiles;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework plan --relationship NAME --out FILE.pdf}: writes a relationship's repair plan as a PDF,
 * without a window. The file appears complete or not at all ({@link AtomicFiles#write}).
 */
@Command(name = "plan")
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    private WorkbookOption workbook;
    @Mixin
    private PlanChoices choices;
    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "out",
            converter = FileName.class)
    private Path out;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PlanOptions options = new PlanOptions(Optional.of(choices.relationship), Optional.of(out), choices.version(),
                Optional.ofNullable(choices.paper), Optional.empty());
        return run(workbook.workbook, options, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when written, 1 when the relationship or the output is not usable */
    public static int run(Path workbook, PlanOptions options, Clock clock, PrintWriter out, PrintWriter err) {
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
