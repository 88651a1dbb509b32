package org.bridgework.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;

/** Step 8, rebuild: {@link Rebuilding}, the trust check-ins and how it ended. */
public final class RebuildFields {
    public static final Field<TrustRatings, Integer> ABILITY = Field.number("ability", TrustRatings::ability);
    public static final Field<TrustRatings, Integer> BENEVOLENCE = Field.number("benevolence", TrustRatings::benevolence);
    public static final Field<TrustRatings, Integer> INTEGRITY = Field.number("integrity", TrustRatings::integrity);
    public static final Sheet<TrustRatings> TRUST = Sheet.of(TrustRatings.NOT_RATED,
            v -> new TrustRatings(v.get(ABILITY), v.get(BENEVOLENCE), v.get(INTEGRITY)), ABILITY, BENEVOLENCE, INTEGRITY);

    public static final Field<TrustCheckIn, LocalDate> DATE = Field.day("date", TrustCheckIn::date).column("taken_on");
    public static final Field<TrustCheckIn, TrustRatings> OUR_TRUST = Field.sheet("ourTrust", TRUST,
            TrustCheckIn::ourTrust).column("our_trust_").asRequired();
    public static final Field<TrustCheckIn, TrustRatings> THEIR_TRUST = Field.sheet("theirTrust", TRUST,
            TrustCheckIn::theirTrust).column("their_trust_").asRequired();
    public static final Field<TrustCheckIn, String> NOTE = Field.text("note", TrustCheckIn::note);
    public static final Field<TrustCheckIn, Boolean> BASELINE = Field.flag("baseline", TrustCheckIn::baseline);
    public static final Sheet<TrustCheckIn> CHECK_IN = Sheet.of(null,
            v -> new TrustCheckIn(v.get(DATE), v.get(OUR_TRUST), v.get(THEIR_TRUST), v.get(NOTE), v.get(BASELINE)),
            DATE, OUR_TRUST, THEIR_TRUST, NOTE, BASELINE);

    /** The workbook keeps them in the {@code trust_check_in} table. */
    public static final Field<Rebuilding, List<TrustCheckIn>> CHECK_INS = Field.list("checkIns", CHECK_IN,
            Rebuilding::checkIns);
    public static final Field<Rebuilding, Optional<Outcome>> OUTCOME = Field.choice("outcome", Outcome.class,
            Rebuilding::outcome);
    public static final Field<Rebuilding, String> LESSONS_LEARNED = Field.text("lessonsLearned",
            Rebuilding::lessonsLearned);
    /** Blank: the default rhythm of Preferences; 0: no check-ins are asked for. */
    public static final Field<Rebuilding, OptionalInt> CHECK_IN_EVERY_WEEKS = Field.rating("checkInEveryWeeks",
            Rebuilding::checkInEveryWeeks);
    public static final Sheet<Rebuilding> SHEET = Sheet.of(Rebuilding.empty(),
            v -> new Rebuilding(v.get(CHECK_INS), v.get(OUTCOME), v.get(LESSONS_LEARNED), v.get(CHECK_IN_EVERY_WEEKS)),
            CHECK_INS, OUTCOME, LESSONS_LEARNED, CHECK_IN_EVERY_WEEKS);

    private RebuildFields() {
    }
}
