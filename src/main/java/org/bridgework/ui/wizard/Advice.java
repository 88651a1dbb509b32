package org.bridgework.ui.wizard;

import java.util.List;
import org.bridgework.model.repair.RepairAdvisor;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;

/** The research-based advice for a step, given what Understand says about the breach. */
final class Advice {
    private Advice() {
    }

    static List<String> lines(RepairStep step, RepairCase repair) {
        return RepairAdvisor.advise(step, repair.understanding()).stream()
                .map(advice -> "\u2022 " + Texts.guidance("advice." + advice.name())).toList();
    }
}
