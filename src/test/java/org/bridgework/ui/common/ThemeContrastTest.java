package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA contrast in every theme (issue 19): text 4.5:1 against what it is drawn on, and 3:1 for large
 * text and for the parts of controls that must be seen (borders of inputs, the focus ring, the "done" mark).
 * The colours are the theme's own: Primer's looked-up colours as AtlantaFX ships them, with our theme-*.css on
 * top, exactly as the app layers them. Translucent backgrounds (tags, selections, banners) are laid over the
 * surface under them first. The text colours of app.css must all be among those checked here, so a new one
 * cannot slip by unchecked.
 */
class ThemeContrastTest {
    private static final double TEXT = 4.5;
    private static final double LARGE_TEXT_OR_PART = 3.0;
    /** The surfaces text is drawn on directly: the page, panels (portfolio, step list, guidance, cards). */
    private static final List<String> SURFACES = List.of("bg-default", "bg-subtle");
    /** Text colours used on those surfaces (app.css and Primer's labels, links, prompts and messages). */
    private static final List<String> TEXT_COLOURS = List.of("fg-default", "fg-muted", "fg-subtle", "accent-fg",
            "danger-fg");
    /** Icons and large status words: 3:1 suffices. */
    private static final List<String> PART_COLOURS = List.of("success-fg", "warning-fg", "border-default",
            "accent-emphasis", "success-emphasis", "chart-5");

    /** Text on a tinted background laid over a surface: {text, tint, surface}. */
    private static final List<List<String>> TEXT_ON_TINTS = List.of(
            List.of("fg-default", "neutral-muted", "bg-subtle"),      // a tag in the portfolio
            List.of("fg-default", "neutral-muted", "bg-default"),     // a status tag on a worksheet
            List.of("fg-default", "accent-subtle", "bg-subtle"),      // the selected relationship or step
            List.of("fg-default", "accent-subtle", "bg-default"),     // insight boxes, info banners, the undo bar
            List.of("fg-default", "accent-muted", "bg-default"),      // "in progress"
            List.of("fg-default", "success-muted", "bg-default"),     // "done"
            List.of("fg-default", "danger-muted", "bg-default"),      // "overdue", "missed", "dropped"
            List.of("fg-default", "warning-subtle", "bg-default"),    // warning banners
            List.of("fg-default", "danger-subtle", "bg-default"),     // danger banners
            List.of("fg-emphasis", "danger-emphasis", "bg-default"),  // the overdue count badge
            List.of("fg-emphasis", "accent-emphasis", "bg-default"),  // default buttons
            List.of("accent-fg", "accent-subtle", "bg-default"));     // today's line in the timeline, selected
    /** Primer Dark (under dark and high contrast) also draws with its scale: hovered and selected cells, focused
     * coloured buttons. */
    private static final List<List<String>> TEXT_ON_DARK_SCALE = List.of(
            List.of("fg-default", "base-6", "bg-default"),
            List.of("fg-default", "base-7", "bg-default"),
            List.of("fg-emphasis", "accent-6", "bg-default"),
            List.of("fg-emphasis", "success-6", "bg-default"),
            List.of("fg-emphasis", "danger-6", "bg-default"));
    /** Parts on a tinted background: the focus ring around a selected row. */
    private static final List<List<String>> PARTS_ON_TINTS = List.of(
            List.of("accent-emphasis", "accent-subtle", "bg-subtle"));

    @Test
    void everyPairMeetsWcagAaInEveryTheme() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Map<String, String> colours = colours(theme);
            for (String surface : SURFACES) {
                for (String text : TEXT_COLOURS) {
                    check(failures, theme, colours, text, surface, null, TEXT);
                }
                for (String part : PART_COLOURS) {
                    check(failures, theme, colours, part, surface, null, LARGE_TEXT_OR_PART);
                }
            }
            for (List<String> pair : TEXT_ON_TINTS) {
                check(failures, theme, colours, pair.get(0), pair.get(1), pair.get(2), TEXT);
            }
            if (theme != Theme.LIGHT) {
                for (List<String> pair : TEXT_ON_DARK_SCALE) {
                    check(failures, theme, colours, pair.get(0), pair.get(1), pair.get(2), TEXT);
                }
            }
            for (List<String> pair : PARTS_ON_TINTS) {
                check(failures, theme, colours, pair.get(0), pair.get(1), pair.get(2), LARGE_TEXT_OR_PART);
            }
        }
        assertEquals(List.of(), failures, "colour pairs below WCAG 2.2 AA");
    }

    @Test
    void everyTextColourOfOurStylesheetIsChecked() throws IOException {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("-fx-text-fill:\\s*-color-([\\w-]+)").matcher(read(Theme.class, "app.css"));
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> checked = new LinkedHashSet<>(TEXT_COLOURS);
        TEXT_ON_TINTS.forEach(pair -> checked.add(pair.get(0)));
        assertTrue(used.size() > 3, "app.css read: " + used);
        used.removeAll(checked);
        assertEquals(Set.of(), used, "text colours in app.css that this test does not check");
        assertTrue(!read(Theme.class, "app.css").matches("(?s).*-fx-text-fill:\\s*#.*"),
                "app.css draws text only in the theme's colours");
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 0.001);
        assertEquals(1.0, ratio(Color.web("#777777"), Color.web("#777777")), 0.001);
        // #767676 on white is the classic lightest grey that passes 4.5:1.
        assertEquals(4.54, ratio(Color.web("#767676"), Color.WHITE), 0.01);
    }

    private static void check(List<String> failures, Theme theme, Map<String, String> colours, String fg, String bg,
                              String under, double needed) {
        Color background = colour(colours, bg);
        if (under != null) {
            background = over(background, colour(colours, under));
        }
        Color foreground = over(colour(colours, fg), background);
        double ratio = ratio(foreground, background);
        if (ratio < needed) {
            failures.add(String.format(java.util.Locale.ROOT, "%s: %s on %s%s is %.2f:1, needs %.1f:1", theme, fg, bg,
                    under == null ? "" : " over " + under, ratio, needed));
        }
    }

    /** The theme's looked-up colours: Primer's .root, then ours on top. */
    static Map<String, String> colours(Theme theme) throws IOException {
        Map<String, String> colours = new HashMap<>();
        String primer = theme.userAgentStylesheet();
        rootColours(read(atlantafx.base.theme.Theme.class, primer), colours);
        String ours = theme.stylesheet();
        rootColours(read(Theme.class, ours.substring(ours.lastIndexOf('/') + 1)), colours);
        return colours;
    }

    private static void rootColours(String css, Map<String, String> into) {
        Matcher root = Pattern.compile("(?ms)^\\.root \\{(.*?)^\\}").matcher(css);
        assertTrue(root.find(), "a .root block");
        Matcher m = Pattern.compile("-color-([\\w-]+):\\s*([^;]+);").matcher(root.group(1));
        while (m.find()) {
            into.put(m.group(1), m.group(2).strip());
        }
    }

    private static Color colour(Map<String, String> colours, String name) {
        String value = colours.get(name);
        assertTrue(value != null, "no colour " + name);
        return value.startsWith("-color-") ? colour(colours, value.substring("-color-".length())) : Color.web(value);
    }

    /** A translucent colour as it shows laid over an opaque one. */
    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG's relative luminance of an sRGB colour. */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String read(Class<?> beside, String resource) throws IOException {
        try (InputStream in = beside.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
