package org.bridgework.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DiagnosticReportTest {
    private static final OffsetDateTime MADE = OffsetDateTime.parse("2026-12-04T10:15:30+01:00");

    @Test
    void everyFactHasItsLineInOrder() {
        String text = DiagnosticReport.text(facts(DiagnosticReport.WorkbookState.EDITING, OptionalInt.of(6),
                List.of("2026-12-04 10:14:02 WARNING StoreThread: A task on bridgework-store failed — java.io.IOException",
                        "2026-12-04 10:15:00 SEVERE bridgework: Uncaught failure on thread main — java.lang.Error")));
        assertEquals("""
                Bridgework diagnostic report
                Made: 2026-12-04T10:15:30+01:00
                Bridgework: 1.4.0
                Operating system: Linux 6.1 (amd64)
                Java: 17.0.13 (Vendor, VM)
                JavaFX: 21.0.12
                Language and region: de-CH
                Workbook: open for editing, format 6 (this version writes format 7)
                Data folder: /home/maria/.local/share/bridgework
                Log folder: /home/maria/.local/share/bridgework/logs
                Last warnings and errors in this session (2):
                  2026-12-04 10:14:02 WARNING StoreThread: A task on bridgework-store failed — java.io.IOException
                  2026-12-04 10:15:00 SEVERE bridgework: Uncaught failure on thread main — java.lang.Error
                This report holds no text typed into Bridgework and no workbook name.
                """, text);
    }

    @Test
    void noWorkbookOneOnlyLookedAtOrOneWhoseFormatCouldNotBeRead() {
        assertTrue(DiagnosticReport.text(facts(DiagnosticReport.WorkbookState.NONE, OptionalInt.empty(), List.of()))
                .contains("\nWorkbook: none open\n"));
        assertTrue(DiagnosticReport.text(facts(DiagnosticReport.WorkbookState.READ_ONLY, OptionalInt.of(7), List.of()))
                .contains("\nWorkbook: open read-only, format 7 (this version writes format 7)\n"));
        assertTrue(DiagnosticReport.text(facts(DiagnosticReport.WorkbookState.EDITING, OptionalInt.empty(), List.of()))
                .contains("\nWorkbook: open for editing, format unknown, it could not be read, (this version writes format 7)\n"));
        assertTrue(DiagnosticReport.text(facts(DiagnosticReport.WorkbookState.NONE, OptionalInt.empty(), List.of()))
                .contains("\nWarnings and errors in this session: none\n"));
    }

    @Test
    void thisRunsFactsComeFromTheJdk() {
        DiagnosticReport.Facts facts = DiagnosticReport.Facts.ofThisRun("1.0", DiagnosticReport.WorkbookState.NONE,
                OptionalInt.empty(), 7, Path.of("/data"), Optional.empty(), List.of());
        assertTrue(facts.java().startsWith(System.getProperty("java.runtime.version")), facts.java());
        assertTrue(facts.os().startsWith(System.getProperty("os.name") + " "), facts.os());
        assertEquals(Locale.getDefault(), facts.locale());
        assertTrue(DiagnosticReport.text(facts).contains("\nLog folder: none (no log in this run)\n"));
    }

    private static DiagnosticReport.Facts facts(DiagnosticReport.WorkbookState state, OptionalInt format, List<String> problems) {
        Path data = Path.of("/home/maria/.local/share/bridgework");
        return new DiagnosticReport.Facts("1.4.0", "Linux 6.1 (amd64)", "17.0.13 (Vendor, VM)", "21.0.12",
                Locale.forLanguageTag("de-CH"), state, format, 7, data, Optional.of(data.resolve("logs")), problems, MADE);
    }
}
