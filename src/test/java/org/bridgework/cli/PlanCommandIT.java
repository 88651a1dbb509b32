package org.bridgework.cli;

import org.bridgework.cli.LauncherProcess.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgework plan} through the real launcher, on the module path, as a user or script runs it. */
class PlanCommandIT {
    @TempDir
    Path folder;
    private Path workbook;

    @BeforeEach
    void example() throws Exception {
        workbook = folder.resolve("example.db");
        Result made = launch("example", "--workbook", workbook.toString());
        assertEquals(0, made.code(), made.err());
    }

    @Test
    void writesTheInternalAndTheShareablePlanMatchingTheNameInAnyCase() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        Result result = launch("plan", "--workbook", workbook.toString(), "--relationship", "alder & FINCH home",
                "--out", pdf.toString(), "--paper", "letter");
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err(), "nothing on standard error");
        assertTrue(result.out().contains("Alder & Finch Home"), result.out());
        String text = text(pdf);
        assertTrue(text.contains("The assessment"), "internal by default");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 1, "US Letter");
        }

        Path shareable = folder.resolve("shareable.pdf");
        assertEquals(0, launch("plan", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home",
                "--out", shareable.toString(), "--shareable").code());
        assertTrue(text(shareable).contains("Shareable version"));
        assertFalse(text(shareable).contains("The assessment"));
    }

    @Test
    void anUnknownRelationshipIsNamedOnStandardErrorAndNothingIsWritten() throws Exception {
        Path pdf = folder.resolve("none.pdf");
        Result result = launch("plan", "--workbook", workbook.toString(), "--relationship", "Nobody",
                "--out", pdf.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("there is no relationship called “Nobody”"), result.err());
        assertTrue(result.err().contains("“Alder & Finch Home”"), "the names it has: " + result.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anAmbiguousNameIsRefused() throws Exception {
        // The store's own check ignores case only in ASCII; the app's names ignore it in every script.
        try (Workbook book = Workbook.open(workbook, FixedClock.now())) {
            book.relationships().createAll(List.of(Relationship.draft("Émile Trading", FixedClock.NOW),
                    Relationship.draft("émile trading", FixedClock.NOW)));
        }
        Path pdf = folder.resolve("ambiguous.pdf");
        Result result = launch("plan", "--workbook", workbook.toString(), "--relationship", "ÉMILE TRADING",
                "--out", pdf.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("matches more than one relationship"), result.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anUnwritableOutputLeavesNoFileBehind() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("plan.pdf");
        Result result = launch("plan", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home",
                "--out", missing.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot write the plan to " + missing + ": the folder does not exist"),
                result.err());

        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        assertTrue(readOnly.toFile().setWritable(false));
        try {
            Path target = readOnly.resolve("plan.pdf");
            Result denied = launch("plan", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home",
                    "--out", target.toString());
            if (readOnly.toFile().canWrite()) {
                return; // running as root: a read-only folder is still writable, nothing to test
            }
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("permission denied"), denied.err());
            try (Stream<Path> left = Files.list(readOnly)) {
                assertEquals(0, left.count(), "no partial or temporary file");
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void aMissingOptionOrBadPaperIsAUsageError() throws Exception {
        Result noOut = launch("plan", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("this command needs --out"), noOut.err());
        Result paper = launch("plan", "--relationship", "x", "--out", "x.pdf", "--paper", "a5");
        assertEquals(2, paper.code());
        assertTrue(paper.err().contains("unknown paper size “a5”"), paper.err());
    }

    @Test
    void printFindsPrintersWithoutADisplayAndNamesAnUnknownOne() throws Exception {
        Result result = launch("print", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home",
                "--printer", "No Such Printer 42");
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("bridgework: there is no printer called “No Such Printer 42”. Printers: "),
                "the system's print service answered, no toolkit needed: " + result.err());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        return LauncherProcess.run(folder, args);
    }
}
