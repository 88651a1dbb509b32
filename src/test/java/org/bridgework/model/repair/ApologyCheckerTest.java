package org.bridgework.model.repair;

import static org.bridgework.model.repair.ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY;
import static org.bridgework.model.repair.ApologyComponent.DECLARATION_OF_REPENTANCE;
import static org.bridgework.model.repair.ApologyComponent.EXPLANATION;
import static org.bridgework.model.repair.ApologyComponent.OFFER_OF_REPAIR;
import static org.bridgework.model.repair.ApologyComponent.REGRET;
import static org.bridgework.model.repair.ApologyComponent.REQUEST_FOR_FORGIVENESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApologyCheckerTest {

    private static boolean detected(String draft, ApologyComponent component) {
        return ApologyChecker.check(draft, Set.of()).get(component).detected();
    }

    @Test
    void emptyApologyMissesEverythingWithGradedConcern() {
        ApologyCheck check = ApologyChecker.check("", Set.of());
        assertEquals(List.of(ApologyComponent.values()), check.missing());
        assertEquals(List.of(ACKNOWLEDGEMENT_OF_RESPONSIBILITY, OFFER_OF_REPAIR), check.missing(Importance.IMPORTANT));
        assertEquals(List.of(REGRET, EXPLANATION, DECLARATION_OF_REPENTANCE), check.missing(Importance.MINOR));
        assertEquals(List.of(REQUEST_FOR_FORGIVENESS), check.missing(Importance.NONE));
        assertEquals(Importance.NONE, check.get(REQUEST_FOR_FORGIVENESS).concern());
        assertFalse(check.hasNoImportantGap());
    }

    @Test
    void aFullApologyIsDetectedComponentByComponent() {
        String draft = "I am sorry. The delivery slipped because we moved your engineer to another job. "
                + "That was our fault. It will not happen again: every client now has a named back-up. "
                + "We will credit this month's fee. We hope you can forgive us.";
        ApologyCheck check = ApologyChecker.check(draft, Set.of());
        assertEquals(List.of(), check.missing());
        assertTrue(check.components().stream().allMatch(c -> c.detected() && !c.ticked()));
        assertEquals(List.of("sorry"), check.get(REGRET).cues());
        assertEquals(List.of(ApologyComponent.values()),
                check.components().stream().map(ComponentCheck::component).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We regret the delay.|REGRET",
            "I apologise for the confusion.|REGRET",
            "Please accept our apologies.|REGRET",
            "Here is what happened on the night.|EXPLANATION",
            "The order was late due to a supplier strike.|EXPLANATION",
            "We were responsible for the missed launch.|ACKNOWLEDGEMENT_OF_RESPONSIBILITY",
            "We take full responsibility.|ACKNOWLEDGEMENT_OF_RESPONSIBILITY",
            "We failed to tell you in time.|ACKNOWLEDGEMENT_OF_RESPONSIBILITY",
            "I let you down.|ACKNOWLEDGEMENT_OF_RESPONSIBILITY",
            "We have changed how releases are signed off.|DECLARATION_OF_REPENTANCE",
            "From now on, every change is reviewed twice.|DECLARATION_OF_REPENTANCE",
            "We'll make it right with a full refund.|OFFER_OF_REPAIR",
            "We offer two days of consulting at no cost.|OFFER_OF_REPAIR",
            "We would like to compensate you.|OFFER_OF_REPAIR",
            "A refund is on its way.|OFFER_OF_REPAIR",
            "Please give us another chance.|REQUEST_FOR_FORGIVENESS",
    })
    void cuePhrasesAreDetected(String draft, ApologyComponent component) {
        assertTrue(detected(draft, component), draft);
    }

    @Test
    void matchingIgnoresCaseCurlyApostrophesAndOddSpaces() {
        assertTrue(detected("WE ARE SO SORRY", REGRET));
        assertTrue(detected("We\u2019ll refund the fee", OFFER_OF_REPAIR));
        assertTrue(detected("This won\u2019t happen again", DECLARATION_OF_REPENTANCE));
        assertTrue(detected("It was our\u00A0fault", ACKNOWLEDGEMENT_OF_RESPONSIBILITY));
        assertTrue(detected("we   take\nresponsibility", ACKNOWLEDGEMENT_OF_RESPONSIBILITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It was not our fault.", "That wasn't our fault.", "We are not sorry."})
    void simpleNegationsAreNotCounted(String draft) {
        assertFalse(detected(draft, ACKNOWLEDGEMENT_OF_RESPONSIBILITY), draft);
        assertFalse(detected(draft, REGRET), draft);
    }

    @Test
    void promisesOfRepentanceAreNotAlsoCountedAsOffers() {
        assertTrue(detected("We will not let this happen again.", DECLARATION_OF_REPENTANCE));
        assertFalse(detected("We will not let this happen again.", OFFER_OF_REPAIR));
        assertTrue(detected("Going forward we will review every deadline.", DECLARATION_OF_REPENTANCE));
        assertFalse(detected("Going forward we will review every deadline.", OFFER_OF_REPAIR));
        assertTrue(detected("Going forward we will review deadlines, and we will refund the fee.", OFFER_OF_REPAIR));
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        assertFalse(detected("They discredited the report.", OFFER_OF_REPAIR));
        assertFalse(detected("An unforgiving schedule.", REQUEST_FOR_FORGIVENESS));
        assertFalse(detected("We will never agree.", OFFER_OF_REPAIR));
    }

    @Test
    void tickedComponentsArePresentWithoutCues() {
        Apology apology = Apology.draft("Wir bedauern den Fehler.", EnumSet.of(REGRET, ACKNOWLEDGEMENT_OF_RESPONSIBILITY));
        ApologyCheck check = ApologyChecker.check(apology);
        ComponentCheck regret = check.get(REGRET);
        assertTrue(regret.ticked());
        assertFalse(regret.detected());
        assertTrue(regret.present());
        assertEquals(List.of(OFFER_OF_REPAIR), check.missing(Importance.IMPORTANT));
    }

    @Test
    void nonEnglishTextIsHandledButDetectsNothing() {
        ApologyCheck check = ApologyChecker.check("申し訳ありません。Es tut uns leid — désolés 😔", Set.of());
        assertEquals(List.of(ApologyComponent.values()), check.missing());
    }

    @Test
    void missingOnlyTheRequestForForgivenessHasNoGap() {
        ApologyCheck check = ApologyChecker.check("Sorry, it happened because we failed. "
                + "We have changed our process and we will refund you.", Set.of());
        assertEquals(List.of(REQUEST_FOR_FORGIVENESS), check.missing());
        assertTrue(check.hasNoImportantGap());
        assertEquals(List.of(), check.missing(Importance.MINOR));
    }

    @Test
    void detectListsEveryComponentEvenWhenNothingIsFound() {
        assertEquals(EnumSet.allOf(ApologyComponent.class), ApologyChecker.detect(null).keySet());
        assertTrue(ApologyChecker.detect(null).values().stream().allMatch(List::isEmpty));
    }
}
