package org.bridgework.plan;

import java.util.List;
import org.bridgework.model.repair.VerdictAdvice;
import org.bridgework.model.repair.VerdictReason;
import org.bridgework.model.repair.VerdictReasonCode;
import org.bridgework.text.Texts;

/** The reasons behind a suggested verdict in words, the same in the window and the plan. */
public final class VerdictWords {
    private VerdictWords() {
    }

    /** One line for a reason: the factor, then what it says. */
    public static String line(VerdictReason why) {
        return Texts.guidance("assessmentFactor." + why.factor().name()) + " \u2014 "
                + Texts.guidance("verdictReason." + why.code().name(), why.value().orElse(0));
    }

    /** The reasons that push one way or warn: what the plan prints instead of a bare score. */
    public static List<String> decisive(VerdictAdvice advice) {
        return advice.reasons().stream()
                .filter(r -> r.code() != VerdictReasonCode.NEUTRAL)
                .map(VerdictWords::line)
                .toList();
    }
}
