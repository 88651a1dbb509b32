package org.bridgework.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;

/**
 * The one-page meeting brief as XHTML, made for the next conversation: who and when, what they told us last time
 * and what they want now, our key messages, the commitments to own up to, what changed since, trust, and the
 * pitfalls of the stage the repair is at. It is for our side only. Every text has a limit ({@link BriefLimits}),
 * so a realistic repair fits one page; what is cut ends with "…" and a note at the foot says so.
 */
public final class BriefHtml {
    private static final String STYLESHEET = "brief.css";

    private final PlanRequest request;
    private final Relationship relationship;
    private final RepairCase repair;
    private final LocalDate today;
    private final Clipped clipped = new Clipped();

    private BriefHtml(PlanRequest request) {
        this.request = request;
        this.relationship = request.relationship();
        this.repair = request.repair();
        this.today = request.today();
    }

    /** The brief of the request's relationship (its version is ignored: a brief is always internal). */
    public static String build(PlanRequest request) {
        return new BriefHtml(request).document();
    }

    private String document() {
        Xhtml html = new Xhtml();
        html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        html.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + Xhtml.escape(Texts.get("plan.language"))
                + "\">");
        html.open("head");
        html.element("title", null, Texts.get("brief.documentTitle", PlanFormat.shownName(relationship.name())));
        html.open("style").text(stylesheet(request.paper())).close("style");
        html.close("head");
        html.open("body");
        header(html);
        next(html);
        html.open("table", "columns").open("tbody").open("tr");
        html.open("td", "left");
        BriefProgress progress = new BriefProgress(repair, today, clipped);
        new BriefTheirSide(repair, today, clipped).write(html);
        keyMessages(html);
        progress.trust(html);
        html.close("td").open("td", "right");
        commitments(html);
        progress.changes(html);
        html.close("td").close("tr").close("tbody").close("table");
        pitfalls(html);
        if (clipped.anything()) {
            html.element("p", "clipped-note", Texts.get("brief.clippedNote"));
        }
        html.close("body").close("html");
        return html.toString();
    }

    private void header(Xhtml html) {
        html.open("div", "header");
        html.element("p", "kicker", Texts.get("brief.kicker") + " \u00B7 " + Texts.get("brief.internal"));
        html.element("h1", null, clipped.of(PlanFormat.shownName(relationship.name()), BriefLimits.TITLE));
        String who = String.join(" \u00B7 ", List.of(relationship.organisation(), relationship.contactPerson()).stream()
                .filter(s -> !Xhtml.blank(s)).map(s -> clipped.of(s, BriefLimits.NAME)).toList());
        html.element("p", "sub", (who.isEmpty() ? "" : who + " \u00B7 ") + Texts.get("brief.prepared",
                PlanFormat.longDate(today), repair.stage().number(),
                Texts.get("plan.stepName." + repair.stage().name())));
        html.close("div");
    }

    /** Who and when. */
    private void next(Xhtml html) {
        NextConversation next = NextConversation.of(relationship, repair, today);
        html.open("div", "next");
        html.element("p", "label", Texts.get("brief.next"));
        html.element("p", "when", next.when().map(d -> PlanFormat.longDate(d)
                        + (d.isBefore(today) ? " \u2014 " + Texts.get("brief.next.overdue") : ""))
                .orElse(Texts.get("brief.next.none")));
        String how = next.channel().map(PlanFormat::name).orElse("");
        String who = clipped.of(next.who(), BriefLimits.SHORT);
        if (!who.isEmpty() || !how.isEmpty()) {
            html.element("p", null, String.join(" \u00B7 ", List.of(who, how).stream().filter(s -> !s.isEmpty())
                    .toList()));
        }
        next.checkIn().ifPresent(c -> html.element("p", "muted",
                Texts.get("brief.next.checkIn", clipped.of(c.what(), BriefLimits.SHORT))));
        html.close("div");
    }

    private void keyMessages(Xhtml html) {
        List<String> messages = repair.preparation().keyMessages().stream().filter(m -> !Xhtml.blank(m)).toList();
        html.element("h2", null, Texts.get("brief.keyMessages"));
        if (messages.isEmpty()) {
            html.element("p", "muted", Texts.get("brief.keyMessages.none"));
            return;
        }
        html.open("ol");
        messages.stream().limit(BriefLimits.KEY_MESSAGES)
                .forEach(m -> html.element("li", null, clipped.of(m, BriefLimits.ITEM)));
        html.close("ol");
        more(html, messages.size() - BriefLimits.KEY_MESSAGES);
    }

    /** Overdue ones first: owning up to them opens the conversation. Then what falls due before it or soon. */
    private void commitments(Xhtml html) {
        LocalDate horizon = NextConversation.of(relationship, repair, today).when().filter(d -> d.isAfter(today))
                .map(d -> d.plusDays(BriefLimits.DUE_AFTER_NEXT_DAYS))
                .orElse(today.plusDays(BriefLimits.DUE_WITHIN_DAYS));
        List<Commitment> open = repair.actionPlan().commitments().stream()
                .filter(c -> c.status().isOpen() && c.due().isPresent() && !Xhtml.blank(c.what()))
                .sorted(java.util.Comparator.comparing(c -> c.due().orElseThrow())).toList();
        List<Commitment> overdue = open.stream().filter(c -> CommitmentRules.isOverdue(c, today)).toList();
        List<Commitment> due = open.stream().filter(c -> !CommitmentRules.isOverdue(c, today)
                && c.due().orElseThrow().isBefore(horizon)).toList();
        int overdueShown = Math.min(overdue.size(),
                due.isEmpty() ? BriefLimits.COMMITMENTS : BriefLimits.OVERDUE_BESIDE_DUE);
        html.element("h2", "own-up", Texts.get("brief.overdue"));
        commitmentList(html, overdue, overdueShown, "brief.overdue.none");
        html.element("h2", null, Texts.get("brief.due", PlanFormat.shortDate(horizon.minusDays(1))));
        commitmentList(html, due, BriefLimits.COMMITMENTS - overdueShown, "brief.due.none");
    }

    private void commitmentList(Xhtml html, List<Commitment> commitments, int shown, String noneKey) {
        if (commitments.isEmpty()) {
            html.element("p", "muted", Texts.get(noneKey));
            return;
        }
        html.open("ul", "commitments");
        for (Commitment c : commitments.stream().limit(shown).toList()) {
            html.open("li").element("span", "date", PlanFormat.shortDate(c.due()))
                    .text(" " + clipped.of(c.what(), BriefLimits.ITEM));
            if (!Xhtml.blank(c.owner())) {
                html.element("span", "muted", " \u2014 " + clipped.of(c.owner(), BriefLimits.NAME));
            }
            html.close("li");
        }
        html.close("ul");
        more(html, commitments.size() - shown);
    }

    private void pitfalls(Xhtml html) {
        String step = repair.stage().name();
        html.open("div", "pitfalls");
        html.element("h2", null, Texts.get("brief.pitfalls", Texts.get("plan.stepName." + step)));
        html.open("ul");
        for (int i = 1; Texts.has("brief.pitfall." + step + "." + i); i++) {
            html.element("li", null, Texts.get("brief.pitfall." + step + "." + i));
        }
        html.close("ul").close("div");
    }

    /** "and 3 more (in the plan)" under a list cut short. */
    private static void more(Xhtml html, int leftOut) {
        if (leftOut > 0) {
            html.element("p", "muted", Texts.get("brief.more", leftOut));
        }
    }

    /** The latest conversation, if any: what "since" and "last time" refer to. */
    static Optional<Conversation> lastConversation(RepairCase repair, LocalDate today) {
        List<Conversation> held = repair.dialogue().chronological().stream()
                .filter(c -> !c.date().isAfter(today)).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }

    static String stylesheet(Paper paper) {
        try (InputStream in = BriefHtml.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing " + STYLESHEET + " beside " + BriefHtml.class.getName());
            }
            return "@page { size: " + paper.cssName() + "; }\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
