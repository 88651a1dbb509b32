package org.bridgework.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookStore;

/** Opens a workbook for a command that only reads it (plan, print, export). */
final class WorkbookForReading {
    private WorkbookForReading() {
    }

    /**
     * Read-only while another Bridgework has the workbook open, so a plan can be made from a workbook open in a
     * window. Otherwise it is opened as the window would open it (an older format is upgraded, after a backup),
     * which leaves no log files behind, as a read-only look that is the last to close would.
     */
    static WorkbookStore open(Path workbook, Clock clock) throws WorkbookException, CommandFailure {
        java.util.Optional<TeamAddress> team = TeamArgument.of(workbook);
        if (team.isPresent()) {
            // The password from PGPASSWORD or ~/.pgpass: a command never asks for one.
            return TeamWorkbook.open(team.get(), null, clock);
        }
        return openFile(workbook, clock);
    }

    /** A workbook file only (backups are of files; a server is backed up with pg_dump). */
    static Workbook openFile(Path workbook, Clock clock) throws WorkbookException {
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
