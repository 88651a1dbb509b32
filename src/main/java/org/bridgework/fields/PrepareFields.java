package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;

/** Step 4, prepare: {@link Preparation}, its facts and the meeting. */
public final class PrepareFields {
    public static final Field<Fact, String> STATEMENT = Field.text("statement", Fact::statement);
    public static final Field<Fact, String> SOURCE = Field.text("source", Fact::source);
    public static final Sheet<Fact> FACT = Sheet.of(null, v -> new Fact(v.get(STATEMENT), v.get(SOURCE)),
            STATEMENT, SOURCE);

    public static final Field<MeetingPlan, String> WHO = Field.text("who", MeetingPlan::who);
    public static final Field<MeetingPlan, Optional<LocalDate>> WHEN = Field.date("when", MeetingPlan::when)
            .column("on").json("date");
    public static final Field<MeetingPlan, Optional<Channel>> MEETING_CHANNEL = Field.choice("channel", Channel.class,
            MeetingPlan::channel);
    public static final Sheet<MeetingPlan> MEETING_SHEET = Sheet.of(MeetingPlan.none(),
            v -> new MeetingPlan(v.get(WHO), v.get(WHEN), v.get(MEETING_CHANNEL)), WHO, WHEN, MEETING_CHANNEL);

    /** The workbook keeps them in the {@code fact} table. */
    public static final Field<Preparation, List<Fact>> FACTS = Field.list("facts", FACT, Preparation::facts);
    public static final Field<Preparation, String> THEIR_LIKELY_VIEW = Field.text("theirLikelyView",
            Preparation::theirLikelyView);
    public static final Field<Preparation, String> THEIR_INTERESTS = Field.text("theirInterests",
            Preparation::theirInterests);
    /** The workbook keeps them in the {@code key_message} table. */
    public static final Field<Preparation, List<String>> KEY_MESSAGES = Field.texts("keyMessages",
            Preparation::keyMessages);
    public static final Field<Preparation, ApologyWarranted> APOLOGY_WARRANTED = Field.word("apologyWarranted",
            ApologyWarranted.class, Preparation::apologyWarranted).orElse(ApologyWarranted.UNDECIDED);
    public static final Field<Preparation, MeetingPlan> MEETING = Field.sheet("meeting", MEETING_SHEET,
            Preparation::meeting).column("meeting_");
    public static final Sheet<Preparation> SHEET = Sheet.of(Preparation.empty(),
            v -> new Preparation(v.get(FACTS), v.get(THEIR_LIKELY_VIEW), v.get(THEIR_INTERESTS), v.get(KEY_MESSAGES),
                    v.get(APOLOGY_WARRANTED), v.get(MEETING)),
            FACTS, THEIR_LIKELY_VIEW, THEIR_INTERESTS, KEY_MESSAGES, APOLOGY_WARRANTED, MEETING);

    private PrepareFields() {
    }
}
