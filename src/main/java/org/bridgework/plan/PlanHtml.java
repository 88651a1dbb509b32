package org.bridgework.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;

/**
 * The plan as one XHTML document with its print stylesheet: the single source the PDF, the preview and the
 * printout are all made from. Every user string is escaped ({@link Xhtml}); the stylesheet is inline, so
 * rendering needs nothing from outside.
 */
public final class PlanHtml {
    private static final String STYLESHEET = "plan.css";

    private PlanHtml() {
    }

    public static String build(PlanRequest request) {
        Relationship r = request.relationship();
        Xhtml html = new Xhtml();
        html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        html.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + Xhtml.escape(Texts.get("plan.language")) + "\">");
        html.open("head");
        html.element("title", null, Texts.get("plan.documentTitle", PlanFormat.shownName(r.name())));
        html.raw("<meta name=\"author\" content=\"" + Xhtml.escape(r.owner()) + "\"/>");
        html.raw("<meta name=\"subject\" content=\"" + Xhtml.escape(versionLabel(request.version())) + "\"/>");
        html.open("style").text(stylesheet(request.paper())).close("style");
        html.close("head");
        html.open("body", request.version().internal() ? "internal" : "shareable");
        runningHeaderAndFooter(html, request);
        cover(html, request);
        new PlanSections(request).write(html);
        new PlanProgress(request).write(html);
        html.close("body").close("html");
        return html.toString();
    }

    /** "Internal" or "Shareable version": what the document says it is. */
    public static String versionLabel(PlanVersion version) {
        return Texts.get("plan.version." + version.name());
    }

    /**
     * The relationship's name and the version at the top of every page, the date and "Page X of Y" at the foot.
     * Running elements rather than CSS strings, so the typed name stays escaped text in the document.
     */
    private static void runningHeaderAndFooter(Xhtml html, PlanRequest request) {
        html.open("div", "running-header")
                .element("span", "rh-version", versionLabel(request.version()))
                .element("span", "rh-name", PlanFormat.shownName(request.relationship().name()))
                .close("div");
        html.open("div", "running-footer")
                .element("span", "rf-date", Texts.get("plan.footer", PlanFormat.longDate(request.today())))
                .open("span", "rf-page")
                .raw(pageOf())
                .close("span")
                .close("div");
    }

    /** "Page X of Y" in the bundle's words, the numbers filled in by CSS counters on each page. */
    private static String pageOf() {
        String page = "PAGE-NUMBER-MARK";
        String pages = "PAGE-COUNT-MARK";
        return Xhtml.escape(Texts.get("plan.pageOf", page, pages))
                .replace(page, "<span class=\"page-number\"></span>")
                .replace(pages, "<span class=\"page-count\"></span>");
    }

    private static void cover(Xhtml html, PlanRequest request) {
        Relationship r = request.relationship();
        html.open("div", "cover");
        html.element("p", "kicker", Texts.get("plan.title"));
        html.element("h1", null, PlanFormat.shownName(r.name()));
        html.element("p", "version-badge " + request.version().name().toLowerCase(java.util.Locale.ROOT),
                versionLabel(request.version()) + " \u2014 " + Texts.get("plan.versionNote." + request.version().name()));
        if (request.version().internal()) {
            // Who last touched it is for our side only: a colleague's name never goes to the other side.
            request.lastChange().ifPresent(stamp -> html.element("p", "last-changed", PlanFormat.lastChange(stamp)));
        }
        html.open("table", "facts").open("tbody");
        fact(html, Texts.get("plan.counterpart"), r.organisation());
        fact(html, Texts.get("plan.contact"), r.contactPerson());
        fact(html, Texts.get("plan.owner"), r.owner());
        fact(html, Texts.get("plan.kind"), Texts.get("kind." + r.kind().name()));
        fact(html, Texts.get("plan.prepared"), PlanFormat.longDate(request.today()));
        fact(html, Texts.get("plan.step"), Texts.get("plan.stepValue", request.repair().stage().number(),
                Texts.get("plan.stepName." + request.repair().stage().name())));
        html.close("tbody").close("table");
        glance(html, request);
        html.close("div");
    }

    private static void fact(Xhtml html, String label, String value) {
        if (!Xhtml.blank(value)) {
            html.open("tr").header("row", null, label).element("td", null, value).close("tr");
        }
    }

    /** Three figures at a glance: follow-through, trust, next check-in. Left out when none is known. */
    private static void glance(Xhtml html, PlanRequest request) {
        var rate = FollowThrough.rate(request.repair().actionPlan().commitments(), request.today());
        var scored = TrustChart.scored(request.repair().rebuilding().checkIns());
        var next = NextCheckIn.of(request.repair());
        // Our own conduct, for our side only: how long they waited for a first word from us.
        var silence = request.version().internal() ? SilenceClock.of(request.repair(), request.today())
                : Optional.<SilenceClock>empty();
        if (rate.isEmpty() && scored.isEmpty() && next.isEmpty() && silence.isEmpty()) {
            return;
        }
        // A layout of boxes, not a table of data: divs shown as a table (plan.css), tagged as plain Divs in the PDF.
        html.open("div", "glance").open("div", "glance-row");
        rate.ifPresent(r -> figure(html, Texts.get("plan.glance.followThrough"),
                Texts.get("plan.glance.percent", r.ratio()), Texts.get("plan.glance.kept", r.kept(), r.due())));
        if (!scored.isEmpty()) {
            TrustCheckIn latest = scored.get(scored.size() - 1);
            // Their trust in us, as we read it: the figure the repair is for, never blended with ours in them.
            String trend = TrustRules.trend(request.repair().rebuilding().checkIns(), TrustRules.LEADS)
                    .map(t -> Texts.get("plan.glance.trend", PlanFormat.name(t)))
                    .orElse(Texts.get("plan.glance.latest", PlanFormat.shortDate(latest.date())));
            figure(html, Texts.get("plan.glance.trust"),
                    Texts.get("plan.glance.score", TrustRules.score(latest, TrustRules.LEADS).orElseThrow()), trend);
        }
        next.ifPresent(c -> figure(html, Texts.get("plan.glance.nextCheckIn"),
                PlanFormat.shortDate(c.due().orElseThrow()), c.owner()));
        silence.ifPresent(s -> figure(html, Texts.get(s.ongoing() ? "plan.glance.silenceOngoing" : "plan.glance.silence"),
                Texts.get(s.ongoing() ? "plan.glance.daysSoFar" : "plan.glance.daysAfter", s.days()), Texts.get(s.tooLong() ? "plan.glance.silenceTooLong"
                        : "plan.glance.silenceSince", PlanFormat.shortDate(s.firstIncident()), SilenceClock.WARN_AFTER_DAYS)));
        html.close("div").close("div");
    }

    private static void figure(Xhtml html, String label, String value, String note) {
        html.open("div", "glance-cell").element("p", "glance-label", label).element("p", "glance-value", value)
                .element("p", "glance-note", note).close("div");
    }

    /** The print stylesheet, with the page size of the chosen paper. */
    static String stylesheet(Paper paper) {
        try (InputStream in = PlanHtml.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing " + STYLESHEET + " beside " + PlanHtml.class.getName());
            }
            return "@page { size: " + paper.cssName() + "; }\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
