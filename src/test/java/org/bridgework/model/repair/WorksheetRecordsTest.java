package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WorksheetRecordsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    @Test
    void aNewCaseStartsAtAssessWithBlankWorksheets() {
        RepairCase c = RepairCase.start(42);
        assertEquals(42, c.relationshipId());
        assertEquals(RepairStep.ASSESS, c.currentStep());
        assertEquals(Assessment.empty(), c.assessment());
        assertEquals(Understanding.empty(), c.understanding());
        assertEquals(Rebuilding.empty(), c.rebuilding());
        assertEquals(RepairStep.ACT, c.withCurrentStep(RepairStep.ACT).currentStep());
        assertEquals(RepairStep.ASSESS, c.withCurrentStep(null).currentStep());
    }

    @Test
    void nullsBecomeEmptyValues() {
        Understanding u = new Understanding(null, null, null, null, null, false, null);
        assertEquals(Understanding.empty(), u);
        assertEquals(Preparation.empty(), new Preparation(null, null, null, null, null, null));
        assertEquals(new Incident(Optional.empty(), "", IncidentKind.OTHER), new Incident(null, null, null));
        assertEquals(Channel.OTHER, new Conversation(DAY, null, null, null, null, null, null, null).channel());
    }

    @Test
    void requiredDatesAndVerdictsAreRefused() {
        assertThrows(NullPointerException.class, () -> Conversation.on(null, Channel.PHONE));
        assertThrows(NullPointerException.class, () -> ManagerDecision.of(null, "why"));
        assertThrows(NullPointerException.class,
                () -> new TrustCheckIn(null, new TrustRatings(3, 3, 3), new TrustRatings(3, 3, 3), ""));
    }

    @Test
    void listsAreDetachedFromTheCallersList() {
        List<String> messages = new ArrayList<>(List.of("Ça va s'arranger"));
        Preparation p = Preparation.empty().withKeyMessages(messages);
        messages.clear();
        assertEquals(List.of("Ça va s'arranger"), p.keyMessages());
        assertThrows(UnsupportedOperationException.class, () -> p.keyMessages().add("x"));
    }

    @Test
    void valueRatingsKeepRatingsAndRevenue() {
        ValueRatings r = ValueRatings.none().with(ValueDimension.REVENUE, 4).with(ValueDimension.REVENUE, 5)
                .with(ValueDimension.REPUTATION, 2).withAnnualRevenue(new BigDecimal("125000.50"));
        assertEquals(OptionalInt.of(5), r.rating(ValueDimension.REVENUE));
        assertEquals(OptionalInt.empty(), r.rating(ValueDimension.REFERRALS));
        assertEquals(OptionalDouble.of(3.5), r.mean());
        assertEquals(Optional.of(new BigDecimal("125000.50")), r.annualRevenue());
        assertEquals(OptionalDouble.empty(), ValueRatings.none().mean());
    }

    @Test
    void unicodeTextIsKeptAsGiven() {
        String text = "Zoë’s team — 「納期遅延」 👍\u200D";
        Ownership o = new Ownership(text, text, "Zoë");
        assertEquals(text, o.whatWeDid());
        assertEquals(text, new Fact(text, "e-mail 2025-03-02").statement());
    }

    @Test
    void dialogueSortsByDateKeepingSameDayOrder() {
        Conversation a = Conversation.on(DAY.plusDays(2), Channel.EMAIL);
        Conversation b = Conversation.on(DAY, Channel.PHONE);
        Conversation c = Conversation.on(DAY, Channel.MEETING);
        assertEquals(List.of(b, c, a), new Dialogue(List.of(a, b, c)).chronological());
        assertEquals(5, Sentiment.VERY_POSITIVE.score());
        assertEquals(1, Sentiment.VERY_NEGATIVE.score());
    }
}
