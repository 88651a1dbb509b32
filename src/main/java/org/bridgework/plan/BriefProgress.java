package org.bridgework.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustMovement;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;

/** The brief's account of where things went: what changed since the last conversation, and trust. */
final class BriefProgress {
    private final RepairCase repair;
    private final LocalDate today;
    private final Clipped clipped;

    BriefProgress(RepairCase repair, LocalDate today, Clipped clipped) {
        this.repair = repair;
        this.today = today;
        this.clipped = clipped;
    }

    void changes(Xhtml html) {
        Optional<Conversation> last = BriefHtml.lastConversation(repair, today);
        html.element("h2", null, Texts.get("brief.since"));
        if (last.isEmpty()) {
            html.element("p", "muted", Texts.get("brief.since.noConversation"));
            return;
        }
        List<BriefChanges.Change> changes = BriefChanges.of(repair, last.get().date(), today);
        if (changes.isEmpty()) {
            html.element("p", "muted", Texts.get("brief.since.nothing", PlanFormat.shortDate(last.get().date())));
            return;
        }
        html.open("ul", "changes");
        // The newest matter most when the list is cut.
        for (BriefChanges.Change c : changes.subList(Math.max(0, changes.size() - BriefLimits.CHANGES), changes.size())) {
            html.open("li").element("span", "date", PlanFormat.shortDate(c.on()))
                    .text(" " + Texts.get(c.key(), clipped.of(c.typed(), BriefLimits.ITEM))).close("li");
        }
        html.close("ul");
        if (changes.size() > BriefLimits.CHANGES) {
            html.element("p", "muted", Texts.get("brief.moreEarlier", changes.size() - BriefLimits.CHANGES));
        }
    }

    /** The latest reading in both directions and which way it moved, in the plan's words. */
    void trust(Xhtml html) {
        html.element("h2", null, Texts.get("brief.trust"));
        for (TrustPerspective perspective : List.of(TrustRules.LEADS, TrustRules.LEADS.other())) {
            Optional<TrustMovement> movement = TrustRules.movement(repair.rebuilding().checkIns(), perspective);
            String who = PlanFormat.name(perspective);
            if (movement.isEmpty()) {
                html.element("p", null, Texts.get("trust.lineNone", who));
                continue;
            }
            TrustMovement m = movement.get();
            html.element("p", m.trend().filter(t -> t == org.bridgework.model.repair.TrustTrend.DOWN).isPresent()
                    ? "flag" : null, m.trend().map(t -> Texts.get("trust.line", who, m.latest(), PlanFormat.name(t)))
                    .orElse(Texts.get("trust.lineNoTrend", who, m.latest())));
            m.fallen().stream().limit(2).forEach(f -> html.element("p", "flag",
                    Texts.get("trust.fell", PlanFormat.name(f.item()), f.from(), f.to())));
        }
        latestDate().ifPresent(d -> html.element("p", "muted", Texts.get("brief.trust.latest", PlanFormat.shortDate(d))));
    }

    private Optional<LocalDate> latestDate() {
        return TrustChart.scored(repair.rebuilding().checkIns()).stream().map(c -> c.date())
                .max(LocalDate::compareTo);
    }
}
