package org.bridgework.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.AssessmentFactor;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.ClosingReadiness;
import org.bridgework.model.repair.CommitmentProblem;
import org.bridgework.model.repair.Evidence;
import org.bridgework.model.repair.RepairAdvice;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.VerdictReasonCode;
import org.junit.jupiter.api.Test;

/** The guidance bundle has a non-blank text for every step and every code the repair rules report. */
class GuidanceTextTest {
    private static final String BUNDLE = "org.bridgework.text.guidance";
    private static final String FILE = "/org/bridgework/text/guidance.properties";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    /** Every key the app may ask for. */
    static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (RepairStep step : RepairStep.values()) {
            for (String part : List.of("title", "question", "purpose", "good", "pitfall")) {
                keys.add("guidance." + step.name() + "." + part);
            }
        }
        for (RepairAdvice advice : RepairAdvice.values()) {
            keys.add("advice." + advice.name());
        }
        for (AssessmentFactor factor : AssessmentFactor.values()) {
            keys.add("assessmentFactor." + factor.name());
        }
        for (VerdictReasonCode code : VerdictReasonCode.values()) {
            keys.add("verdictReason." + code.name());
        }
        for (ApologyComponent component : ApologyComponent.values()) {
            keys.add("apology.component." + component.name());
            keys.add("apology.component." + component.name() + ".hint");
        }
        for (CommitmentProblem problem : CommitmentProblem.values()) {
            keys.add("commitment.problem." + problem.name());
        }
        for (BreachType type : BreachType.values()) {
            keys.add("breach." + type.name());
        }
        keys.add("source.title");
        keys.add("closing.suggested");
        keys.add("closing.notYet");
        for (ClosingReadiness.Gap gap : ClosingReadiness.Gap.values()) {
            keys.add("closing.gap." + gap.name());
        }
        for (Evidence source : Evidence.values()) {
            keys.add("source." + source.name());
        }
        return keys;
    }

    @Test
    void everyExpectedKeyHasAText() {
        List<String> missing = new ArrayList<>();
        for (String key : expectedKeys()) {
            if (!TEXTS.containsKey(key) || TEXTS.getString(key).isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theBundleHoldsNoKeyTheAppNeverAsksFor() {
        Set<String> extra = new TreeSet<>(TEXTS.keySet());
        extra.removeAll(expectedKeys());
        assertEquals(Set.of(), extra);
    }

    @Test
    void noTextUsesAPlainApostrophe() {
        for (String key : TEXTS.keySet()) {
            assertFalse(TEXTS.getString(key).contains("'"), key + " must use \u2019, not '");
        }
    }

    @Test
    void everyTextFormatsCleanlyThroughMessageFormat() {
        for (String key : TEXTS.keySet()) {
            String pattern = TEXTS.getString(key);
            String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {3.75});
            assertFalse(formatted.contains("{") || formatted.contains("}"), key);
            if (!pattern.contains("{")) {
                assertEquals(pattern, formatted, key + " must read the same through MessageFormat");
            }
        }
    }

    @Test
    void verdictReasonsShowTheirValueRounded() {
        String text = new MessageFormat(TEXTS.getString("verdictReason.FAVOURS_REPAIR"), Locale.UK)
                .format(new Object[] {3.75});
        assertTrue(text.contains("3.8"), text);
        assertFalse(TEXTS.getString("verdictReason.NOT_ENOUGH_INFORMATION").contains("{0"),
                "a missing rating has no value to show");
    }

    @Test
    void theFileIsPlainAsciiWithEscapes() throws IOException {
        try (InputStream in = GuidanceTextTest.class.getResourceAsStream(FILE)) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, "non-ASCII byte; write it as a \\uXXXX escape");
            }
        }
    }
}
