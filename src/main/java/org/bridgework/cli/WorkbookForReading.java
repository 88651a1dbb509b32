package org.bridgework.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;

/** Opens a workbook for a command that only reads it (plan, print, export). */
final class WorkbookForReading {
    private WorkbookForReading() {
    }

    /**
     * Read-only while another Bridgework has the workbook open, so a plan can be made from a workbook open in a
     * window. Otherwise it is opened as the window would open it (an older format is upgraded, after a backup),
     * which leaves no log files behind, as a read-only look that is the last to close would.
     */
    static Workbook open(Path workbook, Clock clock) throws WorkbookException {
        if (Workbook.holder(workbook).isEmpty()) {
            try {
                return Workbook.open(workbook, clock);
            } catch (WorkbookException e) {
                if (e.problem() != org.bridgework.store.WorkbookProblem.OPEN_ELSEWHERE) {
                    throw e;
                }
                // A window opened it meanwhile: look at it as below.
            }
        }
        try {
            return Workbook.openReadOnly(workbook);
        } catch (WorkbookException e) {
            if (e.problem() != org.bridgework.store.WorkbookProblem.NEEDS_UPGRADE) {
                throw e;
            }
            // Upgrading means writing, which only the window that has it open may do.
            var holder = Workbook.holder(workbook);
            if (holder.isEmpty()) {
                return Workbook.open(workbook, clock);
            }
            throw new WorkbookException(workbook, holder.get(), e.detail());
        }
    }
}
