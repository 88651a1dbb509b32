package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Sentiment;

/** Step 5, talk: {@link Dialogue}, the log of conversations. */
public final class TalkFields {
    public static final Field<Conversation, LocalDate> DATE = Field.day("date", Conversation::date).column("held_on");
    public static final Field<Conversation, Channel> CHANNEL = Field.word("channel", Channel.class,
            Conversation::channel);
    /** The workbook keeps them in the {@code conversation_participant} table. */
    public static final Field<Conversation, List<String>> PARTICIPANTS = Field.texts("participants",
            Conversation::participants);
    public static final Field<Conversation, String> COULD_HAVE_DONE_DIFFERENTLY = Field.text("couldHaveDoneDifferently",
            Conversation::couldHaveDoneDifferently);
    public static final Field<Conversation, String> WHAT_THEY_WANT_NOW = Field.text("whatTheyWantNow",
            Conversation::whatTheyWantNow);
    public static final Field<Conversation, String> REVEALED_ABOUT_US = Field.text("revealedAboutUs",
            Conversation::revealedAboutUs);
    public static final Field<Conversation, String> AGREED_NEXT_STEPS = Field.text("agreedNextSteps",
            Conversation::agreedNextSteps);
    public static final Field<Conversation, Optional<Sentiment>> SENTIMENT = Field.choice("sentiment", Sentiment.class,
            Conversation::sentiment);
    public static final Sheet<Conversation> CONVERSATION = Sheet.of(null,
            v -> new Conversation(v.get(DATE), v.get(CHANNEL), v.get(PARTICIPANTS), v.get(COULD_HAVE_DONE_DIFFERENTLY),
                    v.get(WHAT_THEY_WANT_NOW), v.get(REVEALED_ABOUT_US), v.get(AGREED_NEXT_STEPS), v.get(SENTIMENT)),
            DATE, CHANNEL, PARTICIPANTS, COULD_HAVE_DONE_DIFFERENTLY, WHAT_THEY_WANT_NOW, REVEALED_ABOUT_US,
            AGREED_NEXT_STEPS, SENTIMENT);

    /** The workbook keeps them in the {@code conversation} table. */
    public static final Field<Dialogue, List<Conversation>> CONVERSATIONS = Field.list("conversations", CONVERSATION,
            Dialogue::conversations);
    public static final Sheet<Dialogue> SHEET = Sheet.of(Dialogue.empty(), v -> new Dialogue(v.get(CONVERSATIONS)),
            CONVERSATIONS);

    private TalkFields() {
    }
}
