package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.fields.TalkFields;
import org.bridgework.fields.Values;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;

/** Step 5, talk: the {@code conversation} table; the participants are in {@link ParticipantRows}. */
final class DialogueRows {
    private static final ListTable CONVERSATION = new ListTable("conversation",
            SheetColumns.names(TalkFields.CONVERSATION)).dated(DatedEntries.CONVERSATION);

    private DialogueRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        ListChanges<Conversation> changes = write.changes(CONVERSATION, r -> r.dialogue().conversations(), repair);
        // Participants' rows refer to their conversation's row: removed before it, added after it.
        ParticipantRows.deleteFor(write, changes);
        write.apply(CONVERSATION, changes, SheetColumns.binder(TalkFields.CONVERSATION));
        ParticipantRows.insertFor(write, changes);
    }

    /** The conversations, only those held on or before {@code through} if given. */
    static Dialogue read(Connection connection, long relationshipId, Optional<LocalDate> through,
                         ListPositions found) throws SQLException {
        Map<Integer, List<String>> participants = ParticipantRows.read(connection, relationshipId, through);
        return new Dialogue(CONVERSATION.read(connection, relationshipId, through, row -> SheetColumns.read(row,
                TalkFields.CONVERSATION, new Values().put(TalkFields.PARTICIPANTS,
                        participants.get(Columns.number(row, "position")))), found));
    }
}
