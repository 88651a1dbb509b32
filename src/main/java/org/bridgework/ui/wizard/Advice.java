package org.bridgework.ui.wizard;

import java.util.List;
import org.bridgework.model.repair.RepairAdvice;
import org.bridgework.model.repair.RepairAdvisor;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;

/** The advice for a step, given what Understand says about the breach, each line naming what it rests on. */
final class Advice {
    private Advice() {
    }

    static List<String> lines(RepairStep step, RepairCase repair) {
        return RepairAdvisor.advise(step, repair).stream().map(Advice::line).toList();
    }

    static String line(RepairAdvice advice) {
        String source = Texts.guidance("source." + advice.source().name());
        return "\u2022 " + Texts.guidance("advice." + advice.name()) + " " + Texts.guidance("source.title", source);
    }
}
