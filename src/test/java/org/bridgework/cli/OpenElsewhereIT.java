package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bridgework.cli.LauncherProcess.Result;
import org.bridgework.store.OtherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher on a workbook that another Bridgework process is editing. */
class OpenElsewhereIT {
    @TempDir
    Path folder;

    @Test
    void checkAndPlanWorkWhileAnotherProcessEditsTheWorkbookAndCheckSaysSo() throws Exception {
        Path workbook = folder.resolve("example.db");
        Result made = LauncherProcess.run(folder, "example", "--workbook", workbook.toString());
        assertEquals(0, made.code(), made.err());
        try (OtherProcess other = OtherProcess.holding(workbook, 50)) {
            other.awaitCommit(1);
            Result check = LauncherProcess.run(folder, "check", "--workbook", workbook.toString());
            assertEquals(0, check.code(), check.err());
            assertTrue(check.out().contains("a healthy Bridgework workbook"), check.out());
            assertTrue(check.out().contains("It is open in another Bridgework window (process " + other.pid()
                    + " on this computer, since "), check.out());

            Path pdf = folder.resolve("plan.pdf");
            Result plan = LauncherProcess.run(folder, "plan", "--workbook", workbook.toString(),
                    "--relationship", "Alder & Finch Home", "--out", pdf.toString());
            assertEquals(0, plan.code(), plan.err());
            int seen = other.lastCommit();
            other.awaitCommit(seen + 1);
        }
    }
}
