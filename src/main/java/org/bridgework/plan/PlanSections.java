package org.bridgework.plan;

import java.util.List;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.Forgiveness;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.Understanding;
import org.bridgework.model.repair.Verdict;
import org.bridgework.model.repair.VerdictAdvice;
import org.bridgework.model.repair.VerdictAdvisor;
import org.bridgework.text.Texts;

/**
 * The narrative sections of the plan, in the order a reader needs them: what happened, our part, the
 * verdict, what we say, and the apology. The commitments, conversations and trust follow in
 * {@link PlanProgress}. Each leaves out what is empty and, in the shareable version, what is ours alone.
 */
final class PlanSections {
    private final RepairCase repair;
    private final boolean internal;
    private final RelationshipKind kind;

    PlanSections(PlanRequest request) {
        this.repair = request.repair();
        this.kind = request.relationship().kind();
        this.internal = request.version().internal();
    }

    void write(Xhtml html) {
        happened().write(html);
        ourPart().write(html);
        if (internal) {
            assessment().write(html);
            keyMessages().write(html);
        }
        apology().write(html);
    }

    private Section happened() {
        Understanding u = repair.understanding();
        Section section = new Section(Texts.get("plan.section.happened"));
        List<Incident> incidents = u.incidents().stream().filter(i -> !Xhtml.blank(i.description())).toList();
        if (!incidents.isEmpty()) {
            Xhtml list = new Xhtml().open("div", "incidents");
            for (Incident incident : incidents) {
                list.open("div", "incident keep")
                        .element("p", "meta", incident.date().map(PlanFormat::longDate).map(d -> d + " \u00b7 ").orElse("")
                                + PlanFormat.name(incident.kind()))
                        .paragraphs(incident.description(), null)
                        .close("div");
            }
            section.block(list.close("div").toString());
        }
        section.field(Texts.get("plan.theirAccount"), u.theirAccount());
        section.field(Texts.get("plan.ourAccount"), u.ourAccount());
        section.field(Texts.get("plan.rootCause"), u.rootCause());
        if (internal && u.widerProblem()) {
            section.field(Texts.get("plan.widerProblem"),
                    Xhtml.blank(u.widerProblemNote()) ? Texts.get("plan.widerProblem.unnamed") : u.widerProblemNote());
        }
        return section;
    }

    private Section ourPart() {
        Ownership o = repair.ownership();
        Section section = new Section(Texts.get("plan.section.ourPart"))
                .field(Texts.get("plan.whatWeDid"), o.whatWeDid())
                .field(Texts.get("plan.whatWeWillChange"), o.whatWeWillChange())
                .field(Texts.get("plan.spokesperson"), o.spokesperson());
        if (internal) {
            // Our finding on fault is for our side: what may be admitted in writing is the manager's call.
            o.faultFinding().ifPresent(f -> section.field(Texts.get("plan.faultFinding"), PlanFormat.name(f)));
            section.field(Texts.get("plan.factsForThem"), o.factsForThem());
            o.factsExpectedOn().ifPresent(on -> section.field(Texts.get("plan.factsExpectedOn"), PlanFormat.longDate(on)));
        }
        return section;
    }

    private Section assessment() {
        Assessment a = repair.assessment();
        Section section = new Section(Texts.get("plan.section.assessment"));
        a.decision().ifPresent(d -> {
            String verdict = PlanFormat.name(d.verdict())
                    + d.revisitOn().map(on -> " \u2014 " + Texts.get("plan.revisitOn", PlanFormat.longDate(on))).orElse("");
            section.block(new Xhtml().open("p", "verdict").element("span", "label", Texts.get("plan.decision"))
                    .text(" " + verdict).close("p").toString());
            section.field(Texts.get("plan.decisionReason"), d.reason());
        });
        firstResponse(a.firstResponse(), section);
        VerdictAdvice advice = VerdictAdvisor.advise(a, kind == RelationshipKind.INTERNAL);
        if (!advice.insufficientData()) {
            section.block(new Xhtml().element("p", "muted", Texts.get("plan.suggested",
                    PlanFormat.name(advice.verdict()))).toString());
            Xhtml reasons = new Xhtml().open("ul", "reasons");
            VerdictWords.decisive(advice).forEach(line -> reasons.element("li", null, line));
            section.block(reasons.close("ul").toString());
        }
        boolean revisit = a.decision().map(d -> d.verdict() == Verdict.REVISIT)
                .orElse(!advice.insufficientData() && advice.verdict() == Verdict.REVISIT);
        if (revisit) {
            section.block(new Xhtml().element("p", null, Texts.get("assess.revisitMeans")).toString());
        }
        return section;
    }

    /** The immediate response, as far as it was recorded. */
    private static void firstResponse(FirstResponse first, Section section) {
        first.acknowledgedOn().ifPresent(on -> section.field(Texts.get("plan.firstResponse.acknowledged"),
                PlanFormat.longDate(on) + (first.regretExpressed() ? Texts.get("plan.firstResponse.withRegret") : "")));
        first.accountPromisedBy().ifPresent(by -> section.field(Texts.get("plan.firstResponse.accountBy"),
                PlanFormat.longDate(by)));
        section.field(Texts.get("assess.harmContained"), first.harmContained());
        section.field(Texts.get("assess.whoCalls"), first.whoCalls());
    }

    private Section keyMessages() {
        List<String> messages = repair.preparation().keyMessages().stream().filter(m -> !Xhtml.blank(m)).toList();
        Section section = new Section(Texts.get("plan.section.messages"));
        if (!messages.isEmpty()) {
            Xhtml list = new Xhtml().open("ol", "messages");
            messages.forEach(m -> list.element("li", null, m));
            section.block(list.close("ol").toString());
        }
        return section;
    }

    /**
     * The apology as given; internally also a draft not given yet, the parts it has and any marks of a
     * non-apology, their response and what we forgive.
     */
    private Section apology() {
        Apology apology = repair.reconciliation().apology();
        Forgiveness forgiveness = repair.reconciliation().forgiveness();
        Section section = new Section(Texts.get("plan.section.apology"));
        boolean given = apology.givenOn().isPresent();
        if (given || internal && !Xhtml.blank(apology.draft())) {
            String when = given ? Texts.get("plan.apology.given", PlanFormat.longDate(apology.givenOn().orElseThrow()),
                    apology.channel().map(PlanFormat::name).orElse(Texts.get("plan.noChannel")))
                    : Texts.get("plan.apology.draft");
            section.block(new Xhtml().element("p", "meta", when).toString());
            if (!Xhtml.blank(apology.draft())) {
                section.block(new Xhtml().open("div", "letter").paragraphs(apology.draft(), null).close("div").toString());
                if (internal) {
                    PlanApologyCheck.add(section, repair);
                }
            }
            List<String> offers = apology.offers().stream().map(RepairOffer::text).filter(t -> !Xhtml.blank(t)).toList();
            if (!offers.isEmpty()) {
                Xhtml list = new Xhtml().open("ul", "offers");
                offers.forEach(o -> list.element("li", null, o));
                section.block(Section.labelled(Texts.get("plan.offers"), list.close("ul").toString()));
            }
            if (internal) {
                section.field(Texts.get("plan.theirResponse"), apology.theirResponse());
            }
        }
        // What we told them instead of an apology (when none was warranted) is theirs to read too.
        section.field(Texts.get("plan.responseInstead"), apology.responseInstead());
        if (internal) {
            section.field(Texts.get("plan.whatWeForgive"), forgiveness.whatWeForgive());
        }
        section.field(Texts.get("plan.howWeMoveOn"), forgiveness.howWeMoveOn());
        return section;
    }

    /** One conversation in brief: when, how and who, what they asked for, what was agreed. */
    static String conversation(Conversation c, boolean internal) {
        Xhtml html = new Xhtml().open("div", "conversation keep");
        html.open("p", "meta").element("strong", null, PlanFormat.longDate(c.date()))
                .text(" \u00b7 " + PlanFormat.name(c.channel()));
        if (internal) {
            c.sentiment().ifPresent(s -> html.text(" \u00b7 " + Texts.get("plan.felt", PlanFormat.name(s))));
        }
        html.close("p");
        if (!c.participants().isEmpty()) {
            html.element("p", "who", String.join("; ", c.participants()));
        }
        brief(html, Texts.get("plan.wantNow"), c.whatTheyWantNow());
        brief(html, Texts.get("plan.agreed"), c.agreedNextSteps());
        if (internal) {
            brief(html, Texts.get("plan.revealed"), c.revealedAboutUs());
        }
        return html.close("div").toString();
    }

    private static void brief(Xhtml html, String label, String typed) {
        if (!Xhtml.blank(typed)) {
            html.open("p", "brief").element("span", "label", label).text(" " + Xhtml.trimmed(typed)).close("p");
        }
    }
}
