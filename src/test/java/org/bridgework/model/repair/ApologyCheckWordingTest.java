package org.bridgework.model.repair;

import static org.bridgework.model.repair.ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY;
import static org.bridgework.model.repair.ApologyComponent.OFFER_OF_REPAIR;
import static org.bridgework.model.repair.ApologyComponent.REGRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases named in the issue, the matched words, rejections and the language guess. */
class ApologyCheckWordingTest {

    private static ApologyCheck check(String draft) {
        return ApologyChecker.check(draft, Set.of());
    }

    @Test
    void theNonApologiesOfTheIssuePassNeitherImportantPart() {
        ApologyCheck ifAny = check("If we let you down in any way, I apologise. We will look into it.");
        assertFalse(ifAny.get(ACKNOWLEDGEMENT_OF_RESPONSIBILITY).detected());
        assertFalse(ifAny.get(OFFER_OF_REPAIR).detected());
        assertTrue(ifAny.warns(WarningKind.CONDITIONAL));
        assertTrue(ifAny.warns(WarningKind.ONLY_LOOK_INTO));

        ApologyCheck youFeel = check("I'm sorry you feel we let you down. We will be in touch.");
        assertFalse(youFeel.get(ACKNOWLEDGEMENT_OF_RESPONSIBILITY).detected());
        assertFalse(youFeel.get(OFFER_OF_REPAIR).detected());
        assertTrue(youFeel.warns(WarningKind.DEFLECTING));

        ApologyCheck partly = check("We are sorry, but it was not entirely our fault. We will try to do better.");
        assertFalse(partly.get(ACKNOWLEDGEMENT_OF_RESPONSIBILITY).detected());
        assertTrue(partly.warns(WarningKind.PARTIAL_DENIAL));
        assertTrue(partly.warns(WarningKind.BUT_AFTER_APOLOGY));

        assertFalse(check("We will not apologise.").get(REGRET).detected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"We were wrong.", "The fault is ours.", "That's on us.", "We've let you down.",
        "We should have told you.", "We’re at fault.", "I'm to blame.", "We'd promised Friday and we didn't deliver."})
    void everydayOwnershipIsRecognised(String draft) {
        assertTrue(check(draft).get(ACKNOWLEDGEMENT_OF_RESPONSIBILITY).detected(), draft);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We are refunding the fee.", "We have credited your account.", "There will be no charge.",
        "We’ll redo the work at our cost.", "We are waiving the setup fee."})
    void everydayOffersAreRecognised(String draft) {
        assertTrue(check(draft).get(OFFER_OF_REPAIR).detected(), draft);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We will call you.", "We will look into it.", "We will not refund the fee.",
        "We might consider a refund.", "We'll make it right."})
    void aPromiseWithoutSomethingConcreteIsNoOffer(String draft) {
        assertFalse(check(draft).get(OFFER_OF_REPAIR).detected(), draft);
    }

    @Test
    void foundPartsCarryTheWordsAsWrittenWithTheirPlace() {
        String draft = "Hello.  We’ve let you down, and we’ll refund the fee.";
        ComponentCheck owned = check(draft).get(ACKNOWLEDGEMENT_OF_RESPONSIBILITY);
        MatchedWords words = owned.found().get(0);
        assertEquals("We’ve let you down", words.words());
        assertEquals(draft.indexOf("We’ve"), words.start());
        assertEquals(words.words(), draft.substring(words.start(), words.end()));
        assertEquals(List.of("refund the fee"), check(draft).get(OFFER_OF_REPAIR).cues());
    }

    @Test
    void aRejectedFindingIsNotPresentUnlessTicked() {
        String draft = "We will refund the fee.";
        ComponentCheck rejected = ApologyChecker.check(draft, Set.of(), Set.of(OFFER_OF_REPAIR)).get(OFFER_OF_REPAIR);
        assertFalse(rejected.present());
        assertEquals(Importance.IMPORTANT, rejected.concern());
        ComponentCheck ticked = ApologyChecker.check(draft, Set.of(OFFER_OF_REPAIR), Set.of()).get(OFFER_OF_REPAIR);
        assertTrue(ticked.present());
        assertFalse(ticked.foundOnly());
        assertTrue(check(draft).get(OFFER_OF_REPAIR).foundOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Es tut uns sehr leid, dass die Lieferung zu spät kam. Wir werden die Kosten erstatten.",
        "Nous sommes vraiment désolés pour le retard. Nous allons rembourser les frais de livraison.",
        "Lamentamos mucho el retraso en la entrega. Vamos a reembolsar el importe completo.",
        "申し訳ありません。配送が遅れました。"})
    void aDraftMostlyNotInEnglishIsOutsideWhatTheCheckUnderstands(String draft) {
        ApologyCheck result = check(draft);
        assertEquals(DraftLanguage.OTHER, result.language());
        assertFalse(result.understood());
        assertTrue(result.warnings().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorry.", "Going forward, a manager reviews every quote.",
        "We got it wrong, and I am sorry. We will refund the fee."})
    void shortOrPlainEnglishIsEnglish(String draft) {
        assertEquals(DraftLanguage.ENGLISH, DraftLanguage.of(draft));
    }

    @Test
    void aLongAccountWithLittleOwnershipIsWarnedAbout() {
        String account = "Sorry. Our courier changed depots, the new depot had the old address, the driver waited "
                + "an hour and then took the parcel back to the hub, where it sat over the bank holiday weekend.";
        assertTrue(check(account).warns(WarningKind.LONG_EXPLANATION));
        assertFalse(check("We got it wrong: the labels printed in a new format.").warns(WarningKind.LONG_EXPLANATION));
    }
}
