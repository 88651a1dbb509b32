package org.bridgework.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.print.Printer;
import org.bridgework.plan.PlanPages;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanPrinter;
import org.bridgework.plan.PlanRequest;
import org.bridgework.text.Texts;

/**
 * {@code bridgework print --relationship NAME [--printer NAME]}: prints a relationship's plan on a printer
 * without any dialog, through the same {@link PlanPrinter} the Print… button uses. Made for CI (a virtual PDF
 * printer checks real printing) and scripts; it needs a display, as JavaFX printing needs its toolkit.
 */
public final class PrintCommand {
    private PrintCommand() {
    }

    /** @return the exit code: 0 when sent to the printer, 1 otherwise */
    public static int run(Path workbook, PlanOptions options, Clock clock, PrintStream out, PrintStream err) {
        PlanRequest request;
        try {
            request = PlanSource.load(workbook, options, clock);
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        }
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println(Texts.get("cli.print.noDisplay", String.valueOf(e.getMessage())));
            return 1;
        }
        try {
            Optional<Printer> printer = onFxThread(() -> PlanPrinter.printer(options.printer()));
            if (printer.isEmpty()) {
                err.println(options.printer().map(name -> Texts.get("cli.print.noSuchPrinter", name, printerNames()))
                        .orElse(Texts.get("cli.print.noPrinter")));
                return 1;
            }
            PlanPages pages = PlanPages.render(PlanPdf.render(request), PlanPages.PREVIEW_DPI);
            PlanPrinter.Outcome outcome = PlanPrinter.print(printer.get(), 1, pages,
                    Texts.get("plan.documentTitle", request.relationship().name()));
            if (outcome != PlanPrinter.Outcome.PRINTED) {
                err.println(Texts.get("cli.print.failed", printer.get().getName()));
                return 1;
            }
            out.println(Texts.get("cli.print.sent", pages.count(), request.relationship().name(),
                    printer.get().getName()));
            return 0;
        } finally {
            Platform.exit();
        }
    }

    private static String printerNames() {
        String names = onFxThread(() -> Printer.getAllPrinters().stream().map(Printer::getName).sorted()
                .reduce((a, b) -> a + ", " + b).orElse(""));
        return names.isEmpty() ? Texts.get("cli.print.none") : names;
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
