package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.RepairMerge;
import org.bridgework.model.team.TextConflict;
import org.bridgework.model.timeline.TimelineOpening;

/**
 * The repairs of a workbook: one {@link RepairCase} per relationship, stored over the {@code repair_case}
 * table and one table per worksheet and list (see docs/workbook-format.md). Each worksheet's rows are mapped
 * by its own {@code ...Rows} class; this class keeps a repair whole. It remembers the last repairs it read
 * whole or saved ({@link StoredRepairs}), so a save writes only the rows that changed.
 */
public final class RepairCaseRepository {
    private static final SheetTable REPAIR_CASE = new SheetTable("repair_case", "current_step");
    private static final String EXISTS = "SELECT 1 FROM repair_case WHERE relationship_id = ?";

    private final Connection connection;
    private final WorkbookWrites writes;
    private final StoredRepairs stored = new StoredRepairs();
    /** Team workbooks: saves merge with what others saved meanwhile; null for a workbook file (one writer). */
    private final MergingRepairSave merging;

    RepairCaseRepository(Connection connection, WorkbookWrites writes) {
        this(connection, writes, false);
    }

    /** @param team whether others save the same repairs at once (a team workbook): saves then merge */
    RepairCaseRepository(Connection connection, WorkbookWrites writes, boolean team) {
        this.connection = connection;
        this.writes = writes;
        this.merging = team ? new MergingRepairSave(this, connection, writes) : null;
    }

    /** The stored repair of the relationship, or a new one at the first step if none is stored yet. */
    public RepairCase load(long relationshipId) {
        return read(relationshipId, Optional.empty(), true);
    }

    /** Whether the repair's lists hold at least {@code n} dated entries (see {@link #nthEntryDay}). */
    public boolean hasDatedEntries(long relationshipId, int n) {
        try {
            return DatedEntries.atLeast(connection, relationshipId, n);
        } catch (SQLException e) {
            throw new StoreException("Could not count the dated entries of relationship " + relationshipId, e);
        }
    }

    /**
     * The day of the {@code n}th earliest dated entry of the repair's lists (incidents, conversations,
     * commitments due or done, check-ins; 1 = the first), or empty if they hold fewer: where an opening of
     * about {@code n} entries ends.
     */
    public Optional<LocalDate> nthEntryDay(long relationshipId, int n) {
        try {
            return DatedEntries.nthDay(connection, relationshipId, n);
        } catch (SQLException e) {
            throw new StoreException("Could not read the dates of the repair of relationship " + relationshipId, e);
        }
    }

    /**
     * The stored repair with its dated lists holding only the entries dated on or before {@code through},
     * exactly as {@link TimelineOpening#of} cuts the whole repair: enough to show the start of a long
     * timeline without reading all of it.
     */
    public RepairCase loadThrough(long relationshipId, LocalDate through) {
        return read(relationshipId, Optional.of(through), false);
    }

    /** @param remember whether a save may compare with what was read (only for a whole repair about to be edited) */
    private RepairCase read(long relationshipId, Optional<LocalDate> through, boolean remember) {
        long changesWhenBegun = stored.changes();
        // One transaction, so the worksheets are read as of one moment.
        Optional<StoredRepair> read = Transactions.inTransaction(connection,
                "Could not read the repair of relationship " + relationshipId, () -> readRows(relationshipId, through));
        if (read.isEmpty()) {
            stored.forget(relationshipId);
            return RepairCase.start(relationshipId);
        }
        if (remember) {
            stored.rememberRead(read.get(), changesWhenBegun);
        }
        return read.get().repair();
    }

    /** The stored repair and where its entries are, inside the caller's transaction; empty if it has no row. */
    Optional<StoredRepair> readRows(long relationshipId, Optional<LocalDate> through) throws SQLException {
        Optional<RepairStep> step = REPAIR_CASE.read(connection, relationshipId,
                row -> Columns.word(row, "current_step", RepairStep.class));
        if (step.isEmpty()) {
            return Optional.empty();
        }
        ListPositions found = new ListPositions();
        RepairCase repair = new RepairCase(relationshipId, step.get(),
                AssessmentRows.read(connection, relationshipId),
                UnderstandingRows.read(connection, relationshipId, through, found),
                OwnershipRows.read(connection, relationshipId),
                PreparationRows.read(connection, relationshipId, found),
                DialogueRows.read(connection, relationshipId, through, found),
                ReconciliationRows.read(connection, relationshipId, found),
                ActionPlanRows.read(connection, relationshipId, through, found),
                RebuildingRows.read(connection, relationshipId, through, found));
        return Optional.of(new StoredRepair(repair, found));
    }

    /**
     * Saves the repair in one transaction: the rows that differ from the stored repair are written, or, if
     * anything fails, the previously stored repair stays exactly as it was. Compared with the repair as this
     * repository last read it whole or saved it; if it has not, or the workbook's rows are not as it left them,
     * every row is written.
     */
    public RepairMerge.Result save(RepairCase repairCase) {
        Objects.requireNonNull(repairCase, "repairCase");
        long id = repairCase.relationshipId();
        Optional<StoredRepair> before = stored.of(id);
        if (merging != null) {
            return merging.save(repairCase, before);
        }
        stored.forget(id);
        StoredRepair after = writes.write("Could not save the repair of relationship " + id, () -> {
            if (before.isPresent() && exists(id)) {
                try {
                    return writeRows(repairCase, before.get());
                } catch (StaleRowsException e) {
                    // Rewriting every row below makes the workbook right whatever the changes wrote.
                }
            }
            return writeRows(repairCase, null);
        });
        stored.remember(after);
        return new RepairMerge.Result(repairCase, java.util.List.of());
    }

    /**
     * Saves {@code text} as the settled text of a conflict ({@link RepairMerge}, team workbooks only), if what is
     * stored there is still the text the conflict met; otherwise saves nothing and returns the conflict with the
     * newer text, to be shown again.
     */
    public Optional<TextConflict> settle(long relationshipId, TextConflict conflict, String text) {
        if (merging == null) {
            throw new IllegalStateException("Only a team workbook keeps conflicts");
        }
        return merging.settle(relationshipId, conflict, text, stored.of(relationshipId));
    }

    /** The conflicts of the window's saves still to be settled on the relationship (none in a workbook file). */
    public java.util.List<TextConflict> unsettled(long relationshipId) {
        return merging == null ? java.util.List.of() : merging.unsettled(relationshipId);
    }

    /** Remembers what a team save sent as the base of the next one; the next save compares with it. */
    void rememberSent(StoredRepair sent) {
        stored.remember(sent);
    }

    /** Writes every row of the repair, inside a transaction the caller holds. */
    void write(RepairCase repairCase) throws SQLException {
        stored.forget(repairCase.relationshipId());
        writeRows(repairCase, null);
    }

    /** Writes the rows that differ from {@code before}; every row if it is null. */
    StoredRepair writeRows(RepairCase repairCase, StoredRepair before) throws SQLException {
        RepairRowsWrite write = new RepairRowsWrite(connection, repairCase.relationshipId(), before);
        write.sheet(REPAIR_CASE, RepairCase::currentStep, repairCase, Parameters::word);
        AssessmentRows.write(write, repairCase);
        UnderstandingRows.write(write, repairCase);
        OwnershipRows.write(write, repairCase);
        PreparationRows.write(write, repairCase);
        DialogueRows.write(write, repairCase);
        ReconciliationRows.write(write, repairCase);
        ActionPlanRows.write(write, repairCase);
        RebuildingRows.write(write, repairCase);
        return write.stored(repairCase);
    }

    /** Whether the repair has its row: if not (its relationship deleted for good since), nothing of it is known. */
    boolean exists(long relationshipId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
            statement.setLong(1, relationshipId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The step last shown ({@link RepairCase#currentStep()}, view state) of each relationship of the portfolio
     * (not in the Trash) with a stored repair, by relationship id.
     */
    public Map<Long, RepairStep> currentSteps() {
        return readSteps();
    }

    /**
     * The stage ({@link RepairCase#stage()}) of each relationship of the portfolio (not in the Trash) with a
     * stored repair, by relationship id, for the portfolio list: read for all of them at once ({@link PortfolioStages}).
     */
    public Map<Long, RepairStep> stages() {
        return new PortfolioStages(connection).read();
    }

    /** How each closed repair of the portfolio ended (repairs still open are not in it). */
    public Map<Long, org.bridgework.model.repair.Outcome> outcomes() {
        String sql = "SELECT b.relationship_id AS relationship_id, b.outcome AS outcome FROM rebuilding b"
                + " JOIN relationship r ON r.id = b.relationship_id WHERE r.deleted_at IS NULL AND b.outcome IS NOT NULL";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            Map<Long, org.bridgework.model.repair.Outcome> result = new HashMap<>();
            while (rows.next()) {
                result.put(rows.getLong("relationship_id"),
                        Columns.word(rows, "outcome", org.bridgework.model.repair.Outcome.class));
            }
            return Map.copyOf(result);
        } catch (SQLException e) {
            throw new StoreException("Could not read how the repairs ended", e);
        }
    }

    /** The step last shown of each stored repair of the portfolio. */
    private Map<Long, RepairStep> readSteps() {
        String sql = "SELECT c.relationship_id AS relationship_id, c.current_step AS current_step FROM repair_case c"
                + " JOIN relationship r ON r.id = c.relationship_id WHERE r.deleted_at IS NULL";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            Map<Long, RepairStep> result = new HashMap<>();
            while (rows.next()) {
                result.put(rows.getLong("relationship_id"), Columns.word(rows, "current_step", RepairStep.class));
            }
            return Map.copyOf(result);
        } catch (SQLException e) {
            throw new StoreException("Could not read the steps of the repairs", e);
        }
    }
}
