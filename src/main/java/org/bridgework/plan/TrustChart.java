package org.bridgework.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;

/**
 * The trust trend as a bar chart in plain HTML and CSS: per check-in, one bar for their trust in us (as we read
 * it) and, in the internal version only, one for our trust in them, as tall as the score. The two directions
 * are never averaged into one figure. Plain boxes rather than SVG, because openhtmltopdf draws SVG
 * only through its Batik plugin, which brings a dozen jars (and a split {@code javax.xml} package that the
 * module path refuses) for what two coloured boxes per date already show. Boxes also print sharp at any
 * resolution and need no image loading.
 */
final class TrustChart {
    /** More columns than this no longer fit the width of a page: the latest ones are shown. */
    static final int MAX_COLUMNS = 12;
    /** Height of a bar for a score of 5, in millimetres. */
    private static final double FULL_MM = 34;

    private TrustChart() {
    }

    /** The check-ins that count (all six ratings in range), oldest first (same day: as entered). */
    static List<TrustCheckIn> scored(List<TrustCheckIn> checkIns) {
        return checkIns.stream()
                .filter(CountingEntries::counts)
                .sorted(Comparator.comparing(TrustCheckIn::date))
                .toList();
    }

    /** Writes the chart; nothing when no check-in is scored. Our ratings of them only when {@code internal}. */
    static void write(Xhtml html, List<TrustCheckIn> checkIns, boolean internal) {
        List<TrustCheckIn> all = scored(checkIns);
        if (all.isEmpty()) {
            return;
        }
        List<TrustCheckIn> shown = all.subList(Math.max(0, all.size() - MAX_COLUMNS), all.size());
        // A screen reader gets what the chart shows in words (TaggedFigures), not its loose numbers.
        html.raw("<div class=\"chart keep\"" + TaggedFigures.attributes(Texts.get("plan.language"),
                alternativeText(all, internal)) + ">");
        html.open("table", "bars").open("tbody").open("tr", "plot");
        for (TrustCheckIn checkIn : shown) {
            html.open("td", "slot");
            column(html, TrustRules.score(checkIn, TrustPerspective.THEIR_TRUST_IN_US), "theirs");
            if (internal) {
                column(html, TrustRules.score(checkIn, TrustPerspective.OUR_TRUST_IN_THEM), "ours");
            }
            html.close("td");
        }
        html.close("tr").open("tr", "dates");
        for (TrustCheckIn checkIn : shown) {
            html.element("td", null, PlanFormat.shortDate(checkIn.date()));
        }
        html.close("tr").close("tbody").close("table");
        html.open("p", "legend")
                .element("span", "swatch theirs", "\u00a0").text(" " + Texts.get("plan.trust.theirs"));
        if (internal) {
            html.text("\u2003").element("span", "swatch ours", "\u00a0").text(" " + Texts.get("plan.trust.ours"));
        }
        if (shown.size() < all.size()) {
            html.text("\u2003" + Texts.get("plan.trust.latest", shown.size(), all.size()));
        }
        html.close("p");
        html.close("div");
    }

    /** The chart in words: every scored check-in (not only the columns shown), for each direction drawn. */
    static String alternativeText(List<TrustCheckIn> scored, boolean internal) {
        StringBuilder text = new StringBuilder(Texts.get("plan.trust.alt", scored.size()));
        series(text, scored, TrustPerspective.THEIR_TRUST_IN_US, Texts.get("plan.trust.theirs"));
        if (internal) {
            series(text, scored, TrustPerspective.OUR_TRUST_IN_THEM, Texts.get("plan.trust.ours"));
        }
        return text.toString();
    }

    private static void series(StringBuilder text, List<TrustCheckIn> scored, TrustPerspective side, String name) {
        List<String> points = scored.stream().map(c -> {
            OptionalDouble score = TrustRules.score(c, side);
            return Texts.get("plan.trust.altPoint", score.isPresent() ? Texts.get("plan.trust.score", score.getAsDouble())
                    : Texts.get("plan.trust.altNotRated"), PlanFormat.shortDate(c.date()));
        }).toList();
        text.append(' ').append(Texts.get("plan.trust.altSeries", name, String.join(", ", points)));
    }

    private static void column(Xhtml html, OptionalDouble score, String side) {
        double value = score.orElse(0);
        html.open("div", "col").element("div", "val",
                score.isPresent() ? Texts.get("plan.trust.score", value) : Texts.get("plan.trust.notRated"));
        // The height is a number we computed; no typed text ever reaches a style attribute.
        html.raw("<div class=\"bar " + side + "\" style=\"height: "
                + String.format(Locale.ROOT, "%.1f", Math.max(0.5, value / 5 * FULL_MM)) + "mm\"></div>");
        html.close("div");
    }
}
