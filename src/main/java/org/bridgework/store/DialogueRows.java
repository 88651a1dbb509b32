package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Sentiment;

/** Step 5, talk: the {@code conversation} table; the participants are in {@link ParticipantRows}. */
final class DialogueRows {
    private static final ListTable CONVERSATION = new ListTable("conversation", "held_on", "channel",
            "could_have_done_differently", "what_they_want_now", "revealed_about_us", "agreed_next_steps", "sentiment")
            .dated(DatedEntries.CONVERSATION);

    private DialogueRows() {
    }

    static void write(RepairRowsWrite write, RepairCase repair) throws SQLException {
        ListChanges<Conversation> changes = write.changes(CONVERSATION, r -> r.dialogue().conversations(), repair);
        // Participants' rows refer to their conversation's row: removed before it, added after it.
        ParticipantRows.deleteFor(write, changes);
        write.apply(CONVERSATION, changes, (p, c) -> p.date(c.date())
                .word(c.channel()).text(c.couldHaveDoneDifferently()).text(c.whatTheyWantNow())
                .text(c.revealedAboutUs()).text(c.agreedNextSteps()).word(c.sentiment()));
        ParticipantRows.insertFor(write, changes);
    }

    /** The conversations, only those held on or before {@code through} if given. */
    static Dialogue read(Connection connection, long relationshipId, Optional<LocalDate> through,
                         ListPositions found) throws SQLException {
        Map<Integer, List<String>> participants = ParticipantRows.read(connection, relationshipId, through);
        return new Dialogue(CONVERSATION.read(connection, relationshipId, through, row -> new Conversation(
                Columns.date(row, "held_on"), Columns.word(row, "channel", Channel.class),
                participants.get(Columns.number(row, "position")), Columns.text(row, "could_have_done_differently"),
                Columns.text(row, "what_they_want_now"), Columns.text(row, "revealed_about_us"),
                Columns.text(row, "agreed_next_steps"), Columns.optionalWord(row, "sentiment", Sentiment.class)), found));
    }
}
