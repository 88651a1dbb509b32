package org.bridgework.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.DisplayStatus;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.FollowThroughRate;
import org.bridgework.model.repair.OfferCommitments;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustMovement;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;

/**
 * The sections about what is being done and how it is going: the commitments, the conversations, trust and
 * follow-through, the next check-in, and (internally) the outcome, lessons and notes.
 */
final class PlanProgress {
    private final Relationship relationship;
    private final RepairCase repair;
    private final LocalDate today;
    private final boolean internal;

    PlanProgress(PlanRequest request) {
        this.relationship = request.relationship();
        this.repair = request.repair();
        this.today = request.today();
        this.internal = request.version().internal();
    }

    void write(Xhtml html) {
        commitments().write(html);
        conversations().write(html);
        trust().write(html);
        nextCheckIn().write(html);
        closing().write(html);
    }

    /**
     * The commitments as one table whose header row repeats on every page it runs over; a row is never cut in
     * two. Every commitment is listed, also one still missing its what, owner or date, so the plan hides no gap.
     */
    private Section commitments() {
        List<Commitment> commitments = repair.actionPlan().commitments().stream()
                .filter(c -> !Xhtml.blank(c.what()) || !Xhtml.blank(c.owner()) || c.due().isPresent())
                .toList();
        Section section = new Section(Texts.get("plan.section.commitments"));
        if (commitments.isEmpty()) {
            return section;
        }
        long done = commitments.stream().filter(c -> CommitmentRules.displayStatus(c, today) == DisplayStatus.DONE).count();
        long overdue = commitments.stream().filter(c -> CommitmentRules.isOverdue(c, today)).count();
        section.block(new Xhtml().element("p", "muted", Texts.get("plan.commitments.summary", commitments.size(), done,
                overdue)).toString());
        Xhtml table = new Xhtml().open("table", "commitments").open("thead").open("tr");
        for (String key : List.of("plan.col.number", "plan.col.what", "plan.col.owner", "plan.col.due",
                "plan.col.measure", "plan.col.status")) {
            table.header("col", key.substring("plan.col.".length()), Texts.get(key));
        }
        table.close("tr").close("thead").open("tbody");
        int number = 1;
        for (Commitment c : commitments) {
            DisplayStatus status = OfferCommitments.displayStatus(c, repair.reconciliation().apology().offers(), today);
            table.open("tr");
            table.element("td", "number", Integer.toString(number++));
            table.open("td", "what").text(c.what());
            if (c.beyondWhatWasAsked()) {
                table.element("span", "beyond", " " + Texts.get("plan.beyond"));
            }
            table.close("td");
            table.element("td", "owner", c.owner());
            table.element("td", "due", PlanFormat.shortDate(c.due()));
            table.element("td", "measure", c.measureOfSuccess());
            table.open("td", "status " + status.name().toLowerCase(java.util.Locale.ROOT)).text(PlanFormat.name(status));
            c.completedOn().filter(d -> status == DisplayStatus.DONE).ifPresent(d -> table.raw("<br/>")
                    .element("span", "done-on", Texts.get("plan.doneOn", PlanFormat.shortDate(d))));
            table.close("td");
            table.close("tr");
        }
        section.block(table.close("tbody").close("table").toString());
        return section;
    }

    private Section conversations() {
        Section section = new Section(Texts.get("plan.section.conversations"));
        for (Conversation c : repair.dialogue().chronological()) {
            section.block(PlanSections.conversation(c, internal));
        }
        return section;
    }

    private Section trust() {
        Rebuilding rebuilding = repair.rebuilding();
        Section section = new Section(Texts.get("plan.section.trust"));
        Optional<FollowThroughRate> rate = FollowThrough.rate(repair.actionPlan().commitments(), today);
        rate.ifPresent(r -> section.block(meter(r)));
        List<TrustCheckIn> scored = TrustChart.scored(rebuilding.checkIns());
        if (!scored.isEmpty()) {
            Xhtml chart = new Xhtml();
            chart.element("h3", null, Texts.get("plan.trust.title"));
            TrustChart.write(chart, rebuilding.checkIns(), internal);
            trustLines(chart, rebuilding.checkIns(), TrustRules.LEADS);
            if (internal) {
                trustLines(chart, rebuilding.checkIns(), TrustRules.LEADS.other());
            }
            chart.element("p", "muted", Texts.get("plan.trust.explain"));
            section.block(chart.toString());
            section.block(checkInTable(scored));
        }
        return section;
    }

    /** One direction in words: its latest score and trend, then each item that fell by a point or more. */
    private static void trustLines(Xhtml html, List<TrustCheckIn> checkIns, TrustPerspective perspective) {
        Optional<TrustMovement> movement = TrustRules.movement(checkIns, perspective);
        if (movement.isEmpty()) {
            return;
        }
        TrustMovement m = movement.get();
        String who = PlanFormat.name(perspective);
        html.element("p", null, m.trend().map(t -> Texts.get("trust.line", who, m.latest(), PlanFormat.name(t)))
                .orElse(Texts.get("trust.lineNoTrend", who, m.latest())));
        for (TrustMovement.ItemFall fall : m.fallen()) {
            html.element("p", "flag", Texts.get("trust.fell", PlanFormat.name(fall.item()), fall.from(), fall.to()));
        }
    }

    private static String meter(FollowThroughRate rate) {
        int percent = (int) Math.round(rate.ratio() * 100);
        Xhtml html = new Xhtml().open("div", "follow-through keep");
        html.element("h3", null, Texts.get("plan.followThrough.title"));
        html.element("p", null, Texts.get("plan.followThrough", rate.kept(), rate.due(), rate.ratio()));
        html.raw("<div class=\"meter\"><div class=\"meter-fill\" style=\"width: " + percent + "%\"></div></div>");
        return html.close("div").toString();
    }

    private String checkInTable(List<TrustCheckIn> scored) {
        Xhtml table = new Xhtml().open("table", "check-ins").open("thead").open("tr");
        table.header("col", "date", Texts.get("plan.col.date"));
        table.header("col", "score", Texts.get("plan.col.theirs"));
        if (internal) {
            // Our ratings of them are ours alone: never in the version we may hand to them.
            table.header("col", "score", Texts.get("plan.col.ours"));
            table.header("col", "note", Texts.get("plan.col.note"));
        }
        table.close("tr").close("thead").open("tbody");
        for (TrustCheckIn c : scored) {
            table.open("tr");
            table.element("td", "date", PlanFormat.shortDate(c.date())
                    + (c.baseline() ? " " + Texts.get("plan.trust.baseline") : ""));
            table.element("td", "score", Texts.get("plan.trust.score",
                    TrustRules.score(c, TrustPerspective.THEIR_TRUST_IN_US).orElseThrow()));
            if (internal) {
                OptionalDouble ours = TrustRules.score(c, TrustPerspective.OUR_TRUST_IN_THEM);
                table.element("td", "score", ours.isPresent() ? Texts.get("plan.trust.score", ours.getAsDouble())
                        : Texts.get("plan.trust.notRated"));
                table.element("td", "note", c.note());
            }
            table.close("tr");
        }
        return Section.labelled(Texts.get("plan.checkIns"), table.close("tbody").close("table").toString());
    }

    private Section nextCheckIn() {
        Section section = new Section(Texts.get("plan.section.nextCheckIn"));
        NextCheckIn.of(repair).ifPresent(c -> {
            Xhtml html = new Xhtml().open("div", "next");
            html.element("p", "next-date", PlanFormat.longDate(c.due().orElseThrow())
                    + (CommitmentRules.isOverdue(c, today) ? " \u2014 " + PlanFormat.name(DisplayStatus.OVERDUE) : ""));
            html.element("p", null, c.what());
            if (!Xhtml.blank(c.owner())) {
                html.element("p", "muted", Texts.get("plan.nextCheckIn.owner", c.owner()));
            }
            section.block(html.close("div").toString());
        });
        return section;
    }

    private Section closing() {
        Rebuilding rebuilding = repair.rebuilding();
        Section section = new Section(Texts.get(internal ? "plan.section.closingInternal" : "plan.section.closing"));
        rebuilding.outcome().ifPresent(o -> section.field(Texts.get("plan.outcome"), PlanFormat.name(o)));
        if (internal) {
            section.field(Texts.get("plan.lessons"), rebuilding.lessonsLearned());
            section.field(Texts.get("plan.notes"), relationship.notes());
        }
        return section;
    }
}
