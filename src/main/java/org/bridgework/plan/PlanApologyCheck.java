package org.bridgework.plan;

import java.util.List;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyChecker;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarning;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.ComponentCheck;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;

/**
 * The internal plan's note under the apology: which of the six parts it has (ticked or found), which it lacks,
 * and the marks of a non-apology. Never in the shareable version: it is our own assessment of our words.
 */
final class PlanApologyCheck {
    private PlanApologyCheck() {
    }

    static void add(Section section, RepairCase repair) {
        Apology apology = repair.reconciliation().apology();
        ApologyCheck check = ApologyChecker.check(apology);
        if (!check.understood()) {
            section.block(new Xhtml().element("p", "meta", Texts.get("plan.apology.notEnglish")).toString());
            return;
        }
        List<String> has = names(check.components().stream().filter(ComponentCheck::present).toList());
        if (!has.isEmpty()) {
            section.block(new Xhtml().element("p", "meta", Texts.get("plan.apology.parts", String.join(", ", has)))
                    .toString());
        }
        if (repair.preparation().apologyWarranted() == ApologyWarranted.NO) {
            return;
        }
        List<String> lacks = names(check.components().stream().filter(c -> !c.present()).toList());
        if (!lacks.isEmpty()) {
            section.block(new Xhtml().element("p", "meta", Texts.get("plan.apology.missingParts",
                    String.join(", ", lacks))).toString());
        }
        if (!check.warnings().isEmpty()) {
            Xhtml list = new Xhtml().open("ul", "offers");
            for (ApologyWarning warning : check.warnings()) {
                list.element("li", null, Texts.get("apology.warning." + warning.kind().code()));
            }
            section.block(Section.labelled(Texts.get("plan.apology.warnings"), list.close("ul").toString()));
        }
    }

    private static List<String> names(List<ComponentCheck> parts) {
        return parts.stream().map(ComponentCheck::component).map(PlanApologyCheck::name).toList();
    }

    private static String name(ApologyComponent component) {
        return Texts.guidance("apology.component." + component.name());
    }
}
