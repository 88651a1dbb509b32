package org.bridgework.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;

/**
 * An open workbook, wherever it is kept: a workbook file on this computer ({@link Workbook}, SQLite) or a team
 * workbook on a PostgreSQL server ({@link TeamWorkbook}). The screens, the plan, the exchange format and the
 * commands work through this, and the same contract tests run against both.
 */
public interface WorkbookStore extends AutoCloseable {
    RelationshipRepository relationships();

    RepairCaseRepository repairCases();

    MilestoneRepository milestones();

    PortfolioSummaryQuery summaries();

    /** What This week needs of every open repair. */
    AgendaQuery agenda();

    /** This week's items put aside. */
    SnoozeRepository snoozes();

    /** Search through everything the worksheets hold (issue 15, point 6). */
    WorksheetSearch worksheetSearch();

    /**
     * Adds whole relationships from elsewhere (an import), in one transaction: all of them or, if anything fails,
     * none. Each keeps its times; a name already used here is replaced by the first free one of its variants.
     *
     * @return the relationships as stored, with their ids and final names, in the order given
     */
    List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants);

    /**
     * {@link #importRelationships(List, TakenNames.Variants)}, telling {@code afterEach}, inside the transaction,
     * how many are written so far: a window shows it, and cancels by throwing from it, which rolls all back.
     */
    List<Relationship> importRelationships(List<WholeRelationship> incoming, TakenNames.Variants variants,
                                           java.util.function.IntConsumer afterEach);

    /** True when nothing can be changed through this object. */
    boolean readOnly();

    /**
     * Writes a complete copy of this workbook as it is now to a new workbook file at {@code target}, which must
     * not exist yet: the way out when the workbook can no longer be written.
     */
    void saveCopyTo(Path target);

    /** What the window's title and messages call it: the file's name, or {@code NAME@HOST} for a team workbook. */
    String displayName();

    /** The workbook's file on this computer; empty for a team workbook. */
    Optional<Path> localFile();

    /** Where the team workbook is on its server; empty for a workbook file. */
    default Optional<TeamAddress> teamAddress() {
        return Optional.empty();
    }

    /**
     * Who changed what and when, as a team workbook's server records it; empty for a workbook file, which has one
     * writer at a time on one person's computer, so its rows record no names (its relationships keep when they
     * last changed, {@code updated_at}).
     */
    default Optional<Collaboration> collaboration() {
        return Optional.empty();
    }

    /**
     * Opens the team workbook at {@code address} (upgrading an older one): for the places that open workbooks but
     * must not know how a store is made.
     *
     * @param password null to take it from PGPASSWORD or ~/.pgpass
     */
    static WorkbookStore openTeam(TeamAddress address, char[] password, java.time.Clock clock)
            throws WorkbookException {
        return TeamWorkbook.open(address, password, clock);
    }

    /**
     * Starts telling {@code listener}, on a thread of its own, of the changes others make to this workbook while
     * it is open. A workbook file has no others (its lock keeps them out), so it says nothing.
     */
    default ChangeFeed watch(java.util.function.Consumer<WorkbookChange> listener) {
        return ChangeFeed.NONE;
    }

    /** Lets go of the workbook; closing twice does nothing more. */
    @Override
    void close();
}
