package org.bridgework.safety;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Sentiment;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.repair.Verdict;

/**
 * What the crash writer stores, as a pure function of an entity number and a revision: the writer and the
 * checker compute the same value independently, so the checker can demand that what it finds is exactly one
 * revision the writer produced. Every text of a revision carries "r" and the revision, and list lengths, empty
 * optionals and text lengths vary with it, so a save applied only in part (some tables of revision 7, some of
 * revision 8, a list half replaced) can never pass for a whole one.
 */
final class CrashContents {
    private static final Pattern NAME = Pattern.compile("Crash (\\d+) r(\\d+)");
    private static final LocalDate BASE_DAY = LocalDate.of(2025, 1, 1);
    /** Words of the filler text: some outside ASCII, so multi-byte UTF-8 crosses page boundaries too. */
    private static final String[] WORDS = {"trust", "delivery", "apology", "Zoë", "O'Brien", "株式会社", "🤝🏽",
        "review", "meeting", "commitment", "e\u0301", "مرحبا", "weekly", "report", "\"quoted\"", "line\nbreak"};

    private CrashContents() {
    }

    /** The relationship's name at a revision: unique per entity, whatever the revision. */
    static String name(int entity, int revision) {
        return "Crash " + entity + " r" + revision;
    }

    /** The entity number and revision a stored name says it has; empty for a name the writer never wrote. */
    static Optional<int[]> parseName(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : Optional.empty();
    }

    /** Every editable field of the relationship at a revision (id and times are the store's). */
    static Relationship relationship(int entity, int revision) {
        Random random = random(entity, revision, 1);
        String tag = " r" + revision;
        // Now and then a long note, so an update spans several pages of the file.
        int notesLength = random.nextInt(12) == 0 ? 20_000 + random.nextInt(40_000) : random.nextInt(400);
        return new Relationship(0, name(entity, revision), "Organisation " + entity + tag,
                "Contact" + tag + " " + text(random, 30), "Owner" + tag,
                RelationshipKind.values()[revision % RelationshipKind.values().length],
                "Notes" + tag + " " + text(random, notesLength), revision % 4 == 3, Instant.EPOCH, Instant.EPOCH);
    }

    /** True when the stored relationship holds exactly the editable fields of {@code expected}. */
    static boolean sameFields(Relationship stored, Relationship expected) {
        return stored.name().equals(expected.name()) && stored.organisation().equals(expected.organisation())
                && stored.contactPerson().equals(expected.contactPerson()) && stored.owner().equals(expected.owner())
                && stored.kind() == expected.kind() && stored.notes().equals(expected.notes())
                && stored.archived() == expected.archived();
    }

    /** The whole repair of a relationship at a revision: every worksheet, every list. */
    static RepairCase repair(long relationshipId, int entity, int revision) {
        Random random = random(entity, revision, 2);
        String tag = "r" + revision;
        return new RepairCase(relationshipId, RepairStep.values()[revision % RepairStep.values().length],
                assessment(random, tag), understanding(random, tag), ownership(random, tag),
                preparation(random, tag), dialogue(random, tag), reconciliation(random, tag), actionPlan(random, tag),
                rebuilding(random, tag));
    }

    /** The day the writer records a milestone on: any day will do, as long as the checker is told which. */
    static LocalDate milestoneDay(int revision) {
        return BASE_DAY.plusDays(revision % 3000);
    }

    private static Assessment assessment(Random random, String tag) {
        return new Assessment(ratings(random), ratings(random), optionalRating(random), optionalRating(random),
                optionalRating(random), random.nextBoolean() ? Optional.empty() : Optional.of(new ManagerDecision(
                        pick(random, Verdict.values()), "Reason " + tag + " " + text(random, 80), optionalDay(random))));
    }

    private static ValueRatings ratings(Random random) {
        Map<ValueDimension, Integer> rated = new EnumMap<>(ValueDimension.class);
        for (ValueDimension dimension : ValueDimension.values()) {
            if (random.nextBoolean()) {
                rated.put(dimension, random.nextInt(6));
            }
        }
        Optional<BigDecimal> revenue = random.nextBoolean() ? Optional.empty()
                : Optional.of(new BigDecimal(random.nextInt(2_000_000) + "." + (10 + random.nextInt(90))));
        return new ValueRatings(rated, revenue);
    }

    private static Understanding understanding(Random random, String tag) {
        List<Incident> incidents = list(random, 4, i -> new Incident(optionalDay(random),
                "Incident " + i + " " + tag + " " + text(random, 120), pick(random, IncidentKind.values())));
        return new Understanding(incidents, random.nextBoolean() ? Optional.empty()
                : Optional.of(pick(random, BreachType.values())), "Their account " + tag + " " + text(random, 200),
                "Our account " + tag + " " + text(random, 200), "Root cause " + tag, random.nextBoolean(),
                "Wider " + tag + " " + text(random, 60));
    }

    private static Ownership ownership(Random random, String tag) {
        return new Ownership("What we did " + tag + " " + text(random, 150), "What we will change " + tag,
                "Spokesperson " + tag);
    }

    private static Preparation preparation(Random random, String tag) {
        List<Fact> facts = list(random, 3, i -> new Fact("Fact " + i + " " + tag + " " + text(random, 60),
                "Source " + i + " " + tag));
        List<String> messages = list(random, 3, i -> "Message " + i + " " + tag + " " + text(random, 50));
        MeetingPlan meeting = new MeetingPlan("Who " + tag, optionalDay(random),
                random.nextBoolean() ? Optional.empty() : Optional.of(pick(random, Channel.values())));
        return new Preparation(facts, "Likely view " + tag + " " + text(random, 100), "Interests " + tag, messages,
                pick(random, ApologyWarranted.values()), meeting);
    }

    private static Dialogue dialogue(Random random, String tag) {
        return new Dialogue(list(random, 3, i -> new Conversation(day(random), pick(random, Channel.values()),
                list(random, 3, p -> "Participant " + p + " " + tag), "Differently " + i + " " + tag,
                "Want now " + i + " " + tag + " " + text(random, 80), "Revealed " + i + " " + tag,
                "Next steps " + i + " " + tag, random.nextBoolean() ? Optional.empty()
                        : Optional.of(pick(random, Sentiment.values())))));
    }

    private static Reconciliation reconciliation(Random random, String tag) {
        Set<ApologyComponent> ticked = EnumSet.noneOf(ApologyComponent.class);
        for (ApologyComponent component : ApologyComponent.values()) {
            if (random.nextBoolean()) {
                ticked.add(component);
            }
        }
        // Now and then a long draft, so one save writes overflow pages in the middle of the transaction.
        int draftLength = random.nextInt(10) == 0 ? 30_000 + random.nextInt(60_000) : random.nextInt(600);
        boolean given = random.nextBoolean();
        Apology apology = new Apology("Draft " + tag + " " + text(random, draftLength), ticked,
                list(random, 3, i -> new RepairOffer("Offer " + i + " " + tag)),
                given ? Optional.of(day(random)) : Optional.empty(),
                given ? Optional.of(pick(random, Channel.values())) : Optional.empty(), "Response " + tag);
        return new Reconciliation(apology, new Forgiveness("Forgive " + tag, "Move on " + tag + " " + text(random, 90)));
    }

    private static ActionPlan actionPlan(Random random, String tag) {
        return new ActionPlan(list(random, 5, i -> {
            CommitmentStatus status = pick(random, CommitmentStatus.values());
            return new Commitment("Commitment " + i + " " + tag + " " + text(random, 70), "Owner " + i + " " + tag,
                    optionalDay(random), "Measure " + i + " " + tag, status,
                    status == CommitmentStatus.DONE ? optionalDay(random) : Optional.empty(), "Evidence " + i + " " + tag,
                    random.nextBoolean(), random.nextBoolean() ? Optional.empty()
                            : Optional.of(pick(random, CommitmentKind.values())));
        }));
    }

    private static Rebuilding rebuilding(Random random, String tag) {
        List<TrustCheckIn> checkIns = list(random, 3, i -> new TrustCheckIn(day(random),
                new TrustRatings(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5)),
                new TrustRatings(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5)),
                "Note " + i + " " + tag));
        return new Rebuilding(checkIns, random.nextBoolean() ? Optional.empty()
                : Optional.of(pick(random, Outcome.values())), "Lessons " + tag + " " + text(random, 120));
    }

    private static Random random(int entity, int revision, int part) {
        return new Random(entity * 1_000_003L + revision * 7919L + part);
    }

    /** Between none and {@code max} entries. */
    private static <T> List<T> list(Random random, int max, IntFunction<T> entry) {
        int size = random.nextInt(max + 1);
        List<T> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            result.add(entry.apply(i));
        }
        return result;
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static OptionalInt optionalRating(Random random) {
        return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(6));
    }

    private static LocalDate day(Random random) {
        return BASE_DAY.plusDays(random.nextInt(1000));
    }

    private static Optional<LocalDate> optionalDay(Random random) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(day(random));
    }
}
