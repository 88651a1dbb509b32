package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;

/** The {@code step_milestone} table: the day each step of a repair was first complete. */
public final class MilestoneRepository {
    private final Connection connection;
    private final WorkbookWrites writes;

    MilestoneRepository(Connection connection, WorkbookWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    /** The milestones of one relationship's repair, in step order. */
    public List<StepMilestone> load(long relationshipId) {
        String sql = "SELECT step, reached_on FROM step_milestone WHERE relationship_id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, relationshipId);
            List<StepMilestone> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new StepMilestone(RepairStep.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)),
                            LocalDate.parse(rows.getString(2))));
                }
            }
            result.sort(java.util.Comparator.comparing(StepMilestone::step));
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the milestones of relationship " + relationshipId, e);
        }
    }

    /** Records that {@code step} was reached on {@code day}; a step reached before keeps its first day. */
    public void record(long relationshipId, RepairStep step, LocalDate day) {
        writes.write("Could not record a milestone of relationship " + relationshipId,
                () -> insert(relationshipId, step, day));
    }

    /** The insert of {@link #record}, inside a transaction the caller holds (an import). */
    int insert(long relationshipId, RepairStep step, LocalDate day) throws SQLException {
        String sql = "INSERT INTO step_milestone (relationship_id, step, reached_on) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, relationshipId);
            insert.setString(2, step.name().toLowerCase(Locale.ROOT));
            insert.setString(3, day.toString());
            return insert.executeUpdate();
        }
    }
}
