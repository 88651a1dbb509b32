package org.bridgework.exchange;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.WholeRelationship;
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
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.text.Texts;

/**
 * Reads an export file (docs/exchange-format.md) into model objects, checking all of it: the header first
 * (another program's JSON and a newer format are refused before anything else is looked at), then every
 * relationship, field by field. The first problem refuses the whole file, saying where it is; nothing is
 * written anywhere, so a refused file imports nothing.
 */
final class ExportReader {
    private final Path file;

    private ExportReader(Path file) {
        this.file = file;
    }

    /** What a valid file holds. */
    record Contents(String appVersion, List<WholeRelationship> relationships) {
    }

    /** Reads and checks the whole file, {@code size} bytes, from {@code in}; {@code file} names it in a refusal. */
    static Contents read(Path file, InputStream in, long size) throws ExchangeException {
        return new ExportReader(file).contents(JsonTree.read(file, in, size));
    }

    private Contents contents(Object root) throws ExchangeException {
        if (!(root instanceof Map<?, ?> header) || !ExchangeFormat.FORMAT.equals(header.get("format"))) {
            throw new ExchangeException(file, Texts.get("exchange.reason.foreign", ExchangeFormat.FORMAT));
        }
        if (header.get("formatVersion") instanceof BigInteger version
                && version.compareTo(BigInteger.valueOf(ExchangeFormat.VERSION)) > 0) {
            throw new ExchangeException(file, Texts.get("exchange.reason.newer", version.toString(),
                    String.valueOf(ExchangeFormat.VERSION)));
        }
        JsonFields f = JsonFields.of(file, root, Where.FILE);
        f.requiredText("format");
        int version = f.number("formatVersion");
        if (version < 1) {
            throw f.refusal("formatVersion", Texts.get("exchange.value.notVersion", String.valueOf(version)));
        }
        String appVersion = f.text("appVersion");
        if (!f.has("relationships")) {
            throw f.refusal("relationships", Texts.get("exchange.value.missing"));
        }
        List<WholeRelationship> relationships = new ArrayList<>();
        for (JsonFields entry : f.objects("relationships", "relationship")) {
            relationships.add(relationship(entry));
        }
        f.done();
        return new Contents(appVersion, relationships);
    }

    private WholeRelationship relationship(JsonFields entry) throws ExchangeException {
        String name = entry.requiredText("name");
        if (RelationshipNames.clean(name).isEmpty()) {
            throw entry.refusal("name", Texts.get("exchange.value.emptyName"));
        }
        JsonFields f = entry.named(name);
        Relationship relationship = new Relationship(0, name, f.text("organisation"), f.text("contactPerson"),
                f.text("owner"), f.word("kind", RelationshipKind.class), f.text("notes"), f.flag("archived"),
                f.time("createdAt"), f.time("updatedAt"));
        Optional<JsonFields> repairFields = f.optionalObject("repair");
        RepairCase repair = repairFields.isPresent() ? repair(repairFields.get()) : RepairCase.start(0);
        List<StepMilestone> milestones = new ArrayList<>();
        Set<RepairStep> reached = EnumSet.noneOf(RepairStep.class);
        for (JsonFields m : f.objects("milestones", "milestone")) {
            RepairStep step = m.word("step", RepairStep.class);
            if (!reached.add(step)) {
                throw m.refusal("step", Texts.get("exchange.value.twice", ExchangeFormat.word(step)));
            }
            milestones.add(new StepMilestone(step, m.date("reachedOn")));
            m.done();
        }
        f.done();
        return new WholeRelationship(relationship, repair, milestones);
    }

    private RepairCase repair(JsonFields f) throws ExchangeException {
        RepairCase repair = new RepairCase(0, f.word("currentStep", RepairStep.class, RepairStep.ASSESS),
                sheet(f, "assessment", this::assessment), sheet(f, "understanding", this::understanding),
                sheet(f, "ownership", this::ownership), sheet(f, "preparation", this::preparation),
                sheet(f, "dialogue", this::dialogue), sheet(f, "reconciliation", this::reconciliation),
                sheet(f, "actionPlan", this::actionPlan), sheet(f, "rebuilding", this::rebuilding));
        f.done();
        return repair;
    }

    /** Reads one part of a record from its fields. */
    @FunctionalInterface
    private interface Part<T> {
        T read(JsonFields fields) throws ExchangeException;
    }

    /** A worksheet, or null (the record makes it blank) if left out; its fields are checked once read. */
    private static <T> T sheet(JsonFields f, String name, Part<T> part) throws ExchangeException {
        Optional<JsonFields> fields = f.optionalObject(name);
        if (fields.isEmpty()) {
            return null;
        }
        T value = part.read(fields.get());
        fields.get().done();
        return value;
    }

    private Assessment assessment(JsonFields f) throws ExchangeException {
        Optional<ManagerDecision> decision = Optional.empty();
        Optional<JsonFields> d = f.optionalObject("decision");
        if (d.isPresent()) {
            decision = Optional.of(new ManagerDecision(d.get().word("verdict", Verdict.class),
                    d.get().text("reason"), d.get().optionalDate("revisitOn")));
            d.get().done();
        }
        return new Assessment(sheet(f, "theyBringUs", this::valueRatings), sheet(f, "weBringThem", this::valueRatings),
                f.optionalNumber("costOfRepair"), f.optionalNumber("alternatives"), f.optionalNumber("riskOfInaction"),
                decision);
    }

    private ValueRatings valueRatings(JsonFields f) throws ExchangeException {
        Map<ValueDimension, Integer> ratings = new EnumMap<>(ValueDimension.class);
        rating(ratings, ValueDimension.REVENUE, f.optionalNumber("revenue"));
        rating(ratings, ValueDimension.STRATEGIC_VALUE, f.optionalNumber("strategicValue"));
        rating(ratings, ValueDimension.REFERRALS, f.optionalNumber("referrals"));
        rating(ratings, ValueDimension.REPUTATION, f.optionalNumber("reputation"));
        return new ValueRatings(ratings, f.amount("annualRevenue"));
    }

    private static void rating(Map<ValueDimension, Integer> ratings, ValueDimension dimension, OptionalInt value) {
        value.ifPresent(v -> ratings.put(dimension, v));
    }

    private Understanding understanding(JsonFields f) throws ExchangeException {
        List<Incident> incidents = new ArrayList<>();
        for (JsonFields i : f.objects("incidents", "incident")) {
            incidents.add(new Incident(i.optionalDate("date"), i.text("description"), i.word("kind", IncidentKind.class)));
            i.done();
        }
        return new Understanding(incidents, f.optionalWord("breachOverride", BreachType.class), f.text("theirAccount"),
                f.text("ourAccount"), f.text("rootCause"), f.flag("widerProblem"), f.text("widerProblemNote"));
    }

    private Ownership ownership(JsonFields f) throws ExchangeException {
        return new Ownership(f.text("whatWeDid"), f.text("whatWeWillChange"), f.text("spokesperson"));
    }

    private Preparation preparation(JsonFields f) throws ExchangeException {
        List<Fact> facts = new ArrayList<>();
        for (JsonFields fact : f.objects("facts", "fact")) {
            facts.add(new Fact(fact.text("statement"), fact.text("source")));
            fact.done();
        }
        return new Preparation(facts, f.text("theirLikelyView"), f.text("theirInterests"),
                f.texts("keyMessages", "keyMessage"),
                f.word("apologyWarranted", ApologyWarranted.class, ApologyWarranted.UNDECIDED),
                sheet(f, "meeting", m -> new MeetingPlan(m.text("who"), m.optionalDate("date"),
                        m.optionalWord("channel", Channel.class))));
    }

    private Dialogue dialogue(JsonFields f) throws ExchangeException {
        List<Conversation> conversations = new ArrayList<>();
        for (JsonFields c : f.objects("conversations", "conversation")) {
            conversations.add(new Conversation(c.date("date"), c.word("channel", Channel.class),
                    c.texts("participants", "participant"), c.text("couldHaveDoneDifferently"),
                    c.text("whatTheyWantNow"), c.text("revealedAboutUs"), c.text("agreedNextSteps"),
                    c.optionalWord("sentiment", Sentiment.class)));
            c.done();
        }
        return new Dialogue(conversations);
    }

    private Reconciliation reconciliation(JsonFields f) throws ExchangeException {
        return new Reconciliation(sheet(f, "apology", this::apology),
                sheet(f, "forgiveness", g -> new Forgiveness(g.text("whatWeForgive"), g.text("howWeMoveOn"))));
    }

    private Apology apology(JsonFields f) throws ExchangeException {
        Set<ApologyComponent> ticked = EnumSet.noneOf(ApologyComponent.class);
        List<String> words = f.texts("components", "component");
        for (int i = 0; i < words.size(); i++) {
            ApologyComponent component = component(f, words.get(i), i + 1);
            if (!ticked.add(component)) {
                throw JsonFields.refusal(file, f.where().entry("component", i + 1),
                        Texts.get("exchange.value.twice", words.get(i)));
            }
        }
        List<RepairOffer> offers = f.texts("offers", "offer").stream().map(RepairOffer::new).toList();
        return new Apology(f.text("draft"), ticked, offers, f.optionalDate("givenOn"),
                f.optionalWord("channel", Channel.class), f.text("theirResponse"));
    }

    private ApologyComponent component(JsonFields f, String word, int number) throws ExchangeException {
        for (ApologyComponent component : ApologyComponent.values()) {
            if (ExchangeFormat.word(component).equals(word)) {
                return component;
            }
        }
        throw JsonFields.refusal(file, f.where().entry("component", number),
                JsonFields.notWord(word, ApologyComponent.class));
    }

    private ActionPlan actionPlan(JsonFields f) throws ExchangeException {
        List<Commitment> commitments = new ArrayList<>();
        for (JsonFields c : f.objects("commitments", "commitment")) {
            commitments.add(new Commitment(c.text("what"), c.text("owner"), c.optionalDate("due"),
                    c.text("measureOfSuccess"), c.word("status", CommitmentStatus.class), c.optionalDate("completedOn"),
                    c.text("evidence"), c.flag("beyondWhatWasAsked"), c.optionalWord("kind", CommitmentKind.class)));
            c.done();
        }
        return new ActionPlan(commitments);
    }

    private Rebuilding rebuilding(JsonFields f) throws ExchangeException {
        List<TrustCheckIn> checkIns = new ArrayList<>();
        for (JsonFields c : f.objects("checkIns", "checkIn")) {
            checkIns.add(new TrustCheckIn(c.date("date"), trust(c.object("ourTrust")), trust(c.object("theirTrust")),
                    c.text("note")));
            c.done();
        }
        return new Rebuilding(checkIns, f.optionalWord("outcome", Outcome.class), f.text("lessonsLearned"));
    }

    private static TrustRatings trust(JsonFields f) throws ExchangeException {
        TrustRatings ratings = new TrustRatings(f.number("ability"), f.number("benevolence"), f.number("integrity"));
        f.done();
        return ratings;
    }
}
