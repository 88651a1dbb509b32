package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.print.PrintService;
import org.bridgework.plan.PdfPages;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanPrinter;
import org.bridgework.plan.PlanRequest;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework print --relationship NAME [--printer NAME]}: prints a relationship's plan on a printer
 * without any dialog, through the same {@link PlanPrinter} the Print… button uses. Made for CI (a virtual PDF
 * printer checks real printing) and scripts. It finds printers through the system's print services, so it
 * needs no display.
 */
@Command(name = "print")
public final class PrintCommand implements Callable<Integer> {
    @Mixin
    private WorkbookOption workbook;
    @Mixin
    private PlanChoices choices;
    @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "printer")
    private String printer;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PlanOptions options = new PlanOptions(Optional.of(choices.relationship), Optional.empty(), choices.version(),
                Optional.ofNullable(choices.paper), Optional.ofNullable(printer));
        return run(workbook.workbook, options, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when sent to the printer, 1 otherwise */
    public static int run(Path workbook, PlanOptions options, Clock clock, PrintWriter out, PrintWriter err) {
        PlanRequest request;
        try {
            request = PlanSource.load(workbook, options, clock);
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        }
        Optional<PrintService> service = PlanPrinter.printer(options.printer());
        if (service.isEmpty()) {
            err.println(options.printer().map(name -> Texts.get("cli.print.noSuchPrinter", name, printerNames()))
                    .orElse(Texts.get("cli.print.noPrinter")));
            return 1;
        }
        String name = service.get().getName();
        byte[] pdf = PlanPdf.render(request);
        PlanPrinter.Outcome outcome = PlanPrinter.print(service.get(), 1, pdf,
                Texts.get("plan.documentTitle", request.relationship().name()));
        if (outcome != PlanPrinter.Outcome.PRINTED) {
            err.println(Texts.get("cli.print.failed", name));
            return 1;
        }
        out.println(Texts.get("cli.print.sent", PdfPages.count(pdf), request.relationship().name(), name));
        return 0;
    }

    private static String printerNames() {
        List<String> names = PlanPrinter.printerNames();
        return names.isEmpty() ? Texts.get("cli.print.none") : String.join(", ", names);
    }
}
