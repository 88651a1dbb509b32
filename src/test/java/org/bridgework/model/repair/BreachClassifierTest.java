package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BreachClassifierTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static Incident incident(IncidentKind kind) {
        return Incident.of(DAY, "something went wrong", kind);
    }

    @ParameterizedTest
    @EnumSource(value = IncidentKind.class, names = {"MISSED_DEADLINE", "DEAL_FELL_THROUGH", "BELOW_EXPECTATIONS",
            "MISCOMMUNICATION", "MISUNDERSTANDING"})
    void operationalFailuresAreCompetence(IncidentKind kind) {
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.of(kind));
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.suggest(List.of(incident(kind))));
    }

    @Test
    void breachOfTrustIsIntegrityAndOtherSaysNothing() {
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.of(IncidentKind.BREACH_OF_TRUST));
        assertEquals(Optional.empty(), BreachClassifier.of(IncidentKind.OTHER));
    }

    @Test
    void noIncidentsOrOnlyOtherGivesNoSuggestion() {
        assertEquals(Optional.empty(), BreachClassifier.suggest(List.of()));
        assertEquals(Optional.empty(), BreachClassifier.suggest(List.of(incident(IncidentKind.OTHER),
                incident(IncidentKind.OTHER))));
    }

    @Test
    void integrityWinsInAMixWhateverTheOrder() {
        Incident late = incident(IncidentKind.MISSED_DEADLINE);
        Incident trust = incident(IncidentKind.BREACH_OF_TRUST);
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.suggest(List.of(late, trust)));
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.suggest(List.of(trust, late)));
        assertEquals(Optional.of(BreachType.INTEGRITY),
                BreachClassifier.suggest(List.of(late, trust, incident(IncidentKind.MISUNDERSTANDING))));
    }

    @Test
    void otherDoesNotDiluteACompetenceSuggestion() {
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.suggest(List.of(
                incident(IncidentKind.OTHER), incident(IncidentKind.BELOW_EXPECTATIONS))));
    }

    @Test
    void managersOverrideWinsOverTheIncidents() {
        Understanding u = Understanding.empty().withIncidents(List.of(incident(IncidentKind.BREACH_OF_TRUST)));
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.effectiveBreachType(u));
        assertEquals(Optional.of(BreachType.COMPETENCE),
                BreachClassifier.effectiveBreachType(u.withBreachOverride(BreachType.COMPETENCE)));
    }

    @Test
    void overrideAloneIsEnoughAndClearingItRestoresTheSuggestion() {
        Understanding none = Understanding.empty();
        assertEquals(Optional.empty(), BreachClassifier.effectiveBreachType(none));
        Understanding overridden = none.withBreachOverride(BreachType.INTEGRITY);
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.effectiveBreachType(overridden));
        Understanding cleared = overridden.withIncidents(List.of(incident(IncidentKind.MISSED_DEADLINE)))
                .withBreachOverride(null);
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.effectiveBreachType(cleared));
    }

    @Test
    void goodwillKindsPointToBenevolenceAndRankBetweenTheOthers() {
        for (IncidentKind kind : List.of(IncidentKind.ANOTHER_CLIENT_PUT_FIRST, IncidentKind.INDIFFERENCE,
                IncidentKind.CONCEALMENT)) {
            assertEquals(Optional.of(BreachType.BENEVOLENCE), BreachClassifier.of(kind));
            assertEquals(Optional.of(BreachType.BENEVOLENCE), BreachClassifier.suggest(List.of(
                    incident(IncidentKind.MISSED_DEADLINE), incident(kind))));
            assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.suggest(List.of(
                    incident(kind), incident(IncidentKind.BREACH_OF_TRUST))));
        }
    }

    @Test
    void theirReadingDecidesTheSuggestionOverTheIncidentsAndTheOverrideStillWins() {
        Understanding late = Understanding.empty().withIncidents(List.of(incident(IncidentKind.MISSED_DEADLINE)));
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.suggest(late));
        Understanding readAsCare = late.withTheirReading(TheirReading.DO_NOT_CARE, null);
        assertEquals(Optional.of(BreachType.BENEVOLENCE), BreachClassifier.suggest(readAsCare));
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.suggest(
                late.withTheirReading(TheirReading.NOT_STRAIGHT, RepeatExpected.YES)));
        assertEquals(Optional.of(BreachType.COMPETENCE),
                BreachClassifier.effectiveBreachType(readAsCare.withBreachOverride(BreachType.COMPETENCE)));
    }
}
