package org.bridgework.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Fact;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.ValueRatings;
import org.bridgework.model.timeline.StepMilestone;

/**
 * Writes an export file (docs/exchange-format.md), one relationship at a time, so a large workbook never has
 * to be held in memory whole. The output depends on the data alone: fields in a fixed order, every field
 * always written (null where a value is not given), lists in their stored order, sets in the order of their
 * enumeration, two-space indentation, "\n" line ends and a final newline, UTF-8. Exporting the same data
 * twice gives the same bytes.
 */
final class ExportWriter implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;

    /** Starts the file: the header, then the list the relationships go into. */
    ExportWriter(OutputStream out, String appVersion) throws IOException {
        json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(prettyPrinter());
        json.writeStartObject();
        json.writeStringField("format", ExchangeFormat.FORMAT);
        json.writeNumberField("formatVersion", ExchangeFormat.VERSION);
        json.writeStringField("appVersion", appVersion);
        json.writeArrayFieldStart("relationships");
    }

    /** Adds one relationship with its repair and milestones. */
    void write(WholeRelationship whole) throws IOException {
        Relationship r = whole.relationship();
        json.writeStartObject();
        json.writeStringField("name", r.name());
        json.writeStringField("organisation", r.organisation());
        json.writeStringField("contactPerson", r.contactPerson());
        json.writeStringField("owner", r.owner());
        json.writeStringField("kind", ExchangeFormat.word(r.kind()));
        json.writeStringField("notes", r.notes());
        json.writeBooleanField("archived", r.archived());
        json.writeStringField("createdAt", r.createdAt().toString());
        json.writeStringField("updatedAt", r.updatedAt().toString());
        json.writeFieldName("repair");
        repair(whole.repair());
        json.writeArrayFieldStart("milestones");
        for (StepMilestone milestone : whole.milestones()) {
            json.writeStartObject();
            word("step", milestone.step());
            date("reachedOn", milestone.reachedOn());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Ends the file; nothing is complete until this has run. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    private void repair(RepairCase repair) throws IOException {
        json.writeStartObject();
        word("currentStep", repair.currentStep());
        json.writeFieldName("assessment");
        assessment(repair.assessment());
        json.writeFieldName("understanding");
        understanding(repair.understanding());
        json.writeFieldName("ownership");
        ownership(repair.ownership());
        json.writeFieldName("preparation");
        preparation(repair.preparation());
        json.writeObjectFieldStart("dialogue");
        json.writeArrayFieldStart("conversations");
        for (Conversation c : repair.dialogue().conversations()) {
            conversation(c);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("reconciliation");
        json.writeFieldName("apology");
        apology(repair.reconciliation().apology());
        json.writeObjectFieldStart("forgiveness");
        json.writeStringField("whatWeForgive", repair.reconciliation().forgiveness().whatWeForgive());
        json.writeStringField("howWeMoveOn", repair.reconciliation().forgiveness().howWeMoveOn());
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("actionPlan");
        json.writeArrayFieldStart("commitments");
        for (Commitment c : repair.actionPlan().commitments()) {
            commitment(c);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeFieldName("rebuilding");
        rebuilding(repair.rebuilding());
        json.writeEndObject();
    }

    private void assessment(Assessment a) throws IOException {
        json.writeStartObject();
        json.writeFieldName("theyBringUs");
        valueRatings(a.theyBringUs());
        json.writeFieldName("weBringThem");
        valueRatings(a.weBringThem());
        number("costOfRepair", a.costOfRepair());
        number("alternatives", a.alternatives());
        number("riskOfInaction", a.riskOfInaction());
        json.writeFieldName("decision");
        if (a.decision().isEmpty()) {
            json.writeNull();
        } else {
            ManagerDecision d = a.decision().get();
            json.writeStartObject();
            word("verdict", d.verdict());
            json.writeStringField("reason", d.reason());
            date("revisitOn", d.revisitOn());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void valueRatings(ValueRatings ratings) throws IOException {
        json.writeStartObject();
        number("revenue", ratings.rating(ValueDimension.REVENUE));
        number("strategicValue", ratings.rating(ValueDimension.STRATEGIC_VALUE));
        number("referrals", ratings.rating(ValueDimension.REFERRALS));
        number("reputation", ratings.rating(ValueDimension.REPUTATION));
        Optional<BigDecimal> revenue = ratings.annualRevenue();
        // Text, not a JSON number: many programs read JSON numbers as floating point and would lose cents.
        optionalText("annualRevenue", revenue.map(BigDecimal::toPlainString));
        json.writeEndObject();
    }

    private void understanding(Understanding u) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("incidents");
        for (Incident incident : u.incidents()) {
            json.writeStartObject();
            date("date", incident.date());
            json.writeStringField("description", incident.description());
            word("kind", incident.kind());
            json.writeEndObject();
        }
        json.writeEndArray();
        optionalWord("breachOverride", u.breachOverride());
        json.writeStringField("theirAccount", u.theirAccount());
        json.writeStringField("ourAccount", u.ourAccount());
        json.writeStringField("rootCause", u.rootCause());
        json.writeBooleanField("widerProblem", u.widerProblem());
        json.writeStringField("widerProblemNote", u.widerProblemNote());
        json.writeEndObject();
    }

    private void ownership(Ownership o) throws IOException {
        json.writeStartObject();
        json.writeStringField("whatWeDid", o.whatWeDid());
        json.writeStringField("whatWeWillChange", o.whatWeWillChange());
        json.writeStringField("spokesperson", o.spokesperson());
        json.writeEndObject();
    }

    private void preparation(Preparation p) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("facts");
        for (Fact fact : p.facts()) {
            json.writeStartObject();
            json.writeStringField("statement", fact.statement());
            json.writeStringField("source", fact.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("theirLikelyView", p.theirLikelyView());
        json.writeStringField("theirInterests", p.theirInterests());
        texts("keyMessages", p.keyMessages());
        word("apologyWarranted", p.apologyWarranted());
        MeetingPlan meeting = p.meeting();
        json.writeObjectFieldStart("meeting");
        json.writeStringField("who", meeting.who());
        date("date", meeting.when());
        optionalWord("channel", meeting.channel());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void conversation(Conversation c) throws IOException {
        json.writeStartObject();
        date("date", c.date());
        word("channel", c.channel());
        texts("participants", c.participants());
        json.writeStringField("couldHaveDoneDifferently", c.couldHaveDoneDifferently());
        json.writeStringField("whatTheyWantNow", c.whatTheyWantNow());
        json.writeStringField("revealedAboutUs", c.revealedAboutUs());
        json.writeStringField("agreedNextSteps", c.agreedNextSteps());
        optionalWord("sentiment", c.sentiment());
        json.writeEndObject();
    }

    private void apology(Apology a) throws IOException {
        json.writeStartObject();
        json.writeStringField("draft", a.draft());
        json.writeArrayFieldStart("components");
        for (ApologyComponent component : ApologyComponent.values()) {
            if (a.ticked().contains(component)) {
                json.writeString(ExchangeFormat.word(component));
            }
        }
        json.writeEndArray();
        texts("offers", a.offers().stream().map(RepairOffer::text).toList());
        date("givenOn", a.givenOn());
        optionalWord("channel", a.channel());
        json.writeStringField("theirResponse", a.theirResponse());
        json.writeEndObject();
    }

    private void commitment(Commitment c) throws IOException {
        json.writeStartObject();
        json.writeStringField("what", c.what());
        json.writeStringField("owner", c.owner());
        date("due", c.due());
        json.writeStringField("measureOfSuccess", c.measureOfSuccess());
        word("status", c.status());
        date("completedOn", c.completedOn());
        json.writeStringField("evidence", c.evidence());
        json.writeBooleanField("beyondWhatWasAsked", c.beyondWhatWasAsked());
        optionalWord("kind", c.kind());
        json.writeEndObject();
    }

    private void rebuilding(Rebuilding r) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("checkIns");
        for (TrustCheckIn checkIn : r.checkIns()) {
            json.writeStartObject();
            date("date", checkIn.date());
            json.writeFieldName("ourTrust");
            trust(checkIn.ourTrust());
            json.writeFieldName("theirTrust");
            trust(checkIn.theirTrust());
            json.writeStringField("note", checkIn.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        optionalWord("outcome", r.outcome());
        json.writeStringField("lessonsLearned", r.lessonsLearned());
        json.writeEndObject();
    }

    private void trust(TrustRatings ratings) throws IOException {
        json.writeStartObject();
        json.writeNumberField("ability", ratings.ability());
        json.writeNumberField("benevolence", ratings.benevolence());
        json.writeNumberField("integrity", ratings.integrity());
        json.writeEndObject();
    }

    // ---- Values in the file's conventions

    private void texts(String name, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void optionalText(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }

    private void number(String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsInt());
        } else {
            json.writeNullField(name);
        }
    }

    private void word(String name, Enum<?> value) throws IOException {
        json.writeStringField(name, ExchangeFormat.word(value));
    }

    private void optionalWord(String name, Optional<? extends Enum<?>> value) throws IOException {
        optionalText(name, value.map(ExchangeFormat::word));
    }

    private void date(String name, LocalDate value) throws IOException {
        json.writeStringField(name, value.toString());
    }

    private void date(String name, Optional<LocalDate> value) throws IOException {
        optionalText(name, value.map(LocalDate::toString));
    }

    /** Two spaces, "\n" on every system, "name": value, and empty lists as []. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
