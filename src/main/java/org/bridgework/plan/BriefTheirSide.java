package org.bridgework.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;

/** The brief's account of their side: what they told us last time, and what they want now. */
final class BriefTheirSide {
    private final RepairCase repair;
    private final LocalDate today;
    private final Clipped clipped;

    BriefTheirSide(RepairCase repair, LocalDate today, Clipped clipped) {
        this.repair = repair;
        this.today = today;
        this.clipped = clipped;
    }

    void write(Xhtml html) {
        Optional<Conversation> last = BriefHtml.lastConversation(repair, today);
        html.element("h2", null, Texts.get("brief.lastTime"));
        if (last.isEmpty()) {
            html.element("p", "muted", Texts.get("brief.lastTime.none"));
        } else {
            Conversation c = last.get();
            html.element("p", "muted", Texts.get("brief.lastTime.when", PlanFormat.longDate(c.date()),
                    PlanFormat.name(c.channel())));
            field(html, "brief.lastTime.differently", c.couldHaveDoneDifferently());
            field(html, "brief.lastTime.agreed", c.agreedNextSteps());
        }
        String wanted = last.map(Conversation::whatTheyWantNow).filter(s -> !Xhtml.blank(s))
                .orElse(repair.preparation().theirInterests());
        html.element("h2", null, Texts.get("brief.wantNow"));
        if (Xhtml.blank(wanted)) {
            html.element("p", "muted", Texts.get("brief.wantNow.none"));
        } else {
            html.element("p", null, clipped.of(wanted, BriefLimits.LONG));
        }
    }

    private void field(Xhtml html, String key, String typed) {
        if (!Xhtml.blank(typed)) {
            html.open("p").element("span", "lead", Texts.get(key) + " ").text(clipped.of(typed, BriefLimits.LONG))
                    .close("p");
        }
    }
}
