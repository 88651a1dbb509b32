package org.bridgework.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.TrustMovement;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.text.Texts;

/** Trust in words, one direction at a time: "Their trust in us, as we read it: 1.7 of 5, falling." */
public final class TrustWords {
    private TrustWords() {
    }

    /** Where one direction stands and which items fell; empty before its first scored check-in. */
    public static List<String> lines(Optional<TrustMovement> movement, TrustPerspective perspective) {
        List<String> lines = new ArrayList<>();
        String who = direction(perspective);
        if (movement.isEmpty()) {
            lines.add(Texts.get("trust.lineNone", who));
            return lines;
        }
        TrustMovement m = movement.get();
        lines.add(m.trend().map(t -> Texts.get("trust.line", who, m.latest(), name(t)))
                .orElse(Texts.get("trust.lineNoTrend", who, m.latest())));
        m.fallen().forEach(f -> lines.add(fell(f)));
        return lines;
    }

    /** The portfolio arrow's words: the leading direction's trend and any item that fell. */
    public static String portfolioLine(PortfolioSummary summary) {
        List<String> parts = new ArrayList<>();
        summary.trend().ifPresent(t -> parts.add(Texts.get("trust.trendOnly",
                direction(TrustRules.LEADS), name(t))));
        summary.fallen().forEach(f -> parts.add(fell(f)));
        return String.join(" ", parts);
    }

    public static String direction(TrustPerspective perspective) {
        return name(perspective);
    }

    private static String name(Enum<?> value) {
        return Texts.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String fell(TrustMovement.ItemFall fall) {
        return Texts.get("trust.fell", name(fall.item()), fall.from(), fall.to());
    }
}
