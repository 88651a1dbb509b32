package org.bridgework.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Understanding;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;

/**
 * Whatever is typed appears literally in the plan's PDF, as PDFBox reads the text back: in the relationship's
 * name (the title and the running header of every page), the counterpart, a key message, a commitment, and in
 * text printed as paragraphs (our part, the root cause, the apology, lessons, notes). What "literally" allows
 * and forbids is written out in {@link PrintedText}: a character that cannot be printed is drawn as U+FFFD, never
 * dropped and never as something that could pass for typed text. Text with right-to-left letters or direction
 * controls is laid out by the bidirectional algorithm, whose visual order text extraction does not undo
 * faithfully, so for it every character must be there but their order is not compared; {@link
 * #hebrewIsDrawnRightToLeft} checks that order on the page instead.
 */
class HostileTextPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final Instant WHEN = Instant.parse("2025-01-01T00:00:00Z");

    /**
     * Half of it with right-to-left text, half without, so that most fields are compared in order too. Without
     * soft hyphens (U+00AD) here: one is invisible, except where the layout breaks the line at it and draws a
     * hyphen, as it should; {@link #aSoftHyphenIsInvisibleInsideALine} covers them.
     */
    @Provide
    Arbitrary<String> paragraphText() {
        return Arbitraries.oneOf(HostileText.text(25), HostileText.leftToRightText(25)).map(HostileTextPlanTest::noSoftHyphen);
    }

    @Provide
    Arbitrary<String> inlineText() {
        return HostileText.leftToRightText(15).map(HostileTextPlanTest::noSoftHyphen);
    }

    private static String noSoftHyphen(String text) {
        return text.replace("\u00AD", "");
    }

    @Property(tries = 50)
    void typedTextIsPrintedLiterally(@ForAll("inlineText") String name, @ForAll("inlineText") String organisation,
                                     @ForAll("inlineText") String keyMessage, @ForAll("inlineText") String commitment,
                                     @ForAll("paragraphText") String whatWeDid, @ForAll("paragraphText") String rootCause,
                                     @ForAll("paragraphText") String apology, @ForAll("paragraphText") String lessons,
                                     @ForAll("paragraphText") String notes) throws Exception {
        Relationship relationship = new Relationship(1, inline(1, name), inline(2, organisation), "", "",
                RelationshipKind.CLIENT, block(9, notes), false, WHEN, WHEN);
        RepairCase repair = RepairCase.start(1)
                .withOwnership(new Ownership(block(5, whatWeDid), "", ""))
                .withUnderstanding(Understanding.empty().withRootCause(block(6, rootCause)))
                .withPreparation(Preparation.empty().withKeyMessages(List.of(inline(3, keyMessage))))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned(inline(4, commitment), "Ruth", TODAY))))
                .withReconciliation(new Reconciliation(Apology.draft(block(7, apology), java.util.Set.of()), null))
                .withRebuilding(new Rebuilding(List.of(), Optional.empty(), block(8, lessons)));
        PlanPdfText pdf = PlanPdfText.of(PlanPdf.render(new PlanRequest(relationship, repair, TODAY,
                PlanVersion.INTERNAL, Paper.A4)));

        assertPrinted(pdf.body(), 1, name, false, PlanFonts.bold());
        for (int page = 0; page < pdf.headers().size(); page++) {
            assertPrinted(pdf.headers().get(page), 1, name, false, PlanFonts.bold());
        }
        assertPrinted(pdf.body(), 2, organisation, false, PlanFonts.regular());
        assertPrinted(pdf.body(), 3, keyMessage, false, PlanFonts.regular());
        assertPrinted(pdf.body(), 4, commitment, false, PlanFonts.regular());
        assertPrinted(pdf.body(), 5, whatWeDid, true, PlanFonts.regular());
        assertPrinted(pdf.body(), 6, rootCause, true, PlanFonts.regular());
        assertPrinted(pdf.body(), 7, apology, true, PlanFonts.regular());
        assertPrinted(pdf.body(), 8, lessons, true, PlanFonts.regular());
        assertPrinted(pdf.body(), 9, notes, true, PlanFonts.regular());
        Statistics.label("pages").collect(pdf.headers().size());
        Statistics.label("a paragraph field with right-to-left text").collect(
                List.of(whatWeDid, rootCause, apology, lessons, notes).stream().anyMatch(PrintedText::directional));
        Statistics.label("U+FFFD drawn").collect(pdf.body().contains("\uFFFD"));
    }

    @Example
    void charactersThatCannotBePrintedAreDrawnAsTheReplacementCharacter() throws Exception {
        // NUL, a bell, a lone surrogate, DEL, a C1 control, a noncharacter, private use, an unassigned code point,
        // U+FFFC, and letters neither font has (Chinese, Thai), each between letters that print.
        String typed = "a\u0000b\u0007c\uD800d\u007Fe\u0090f\uFFFFg\uE000h\u0378i\uFFFCj\u4F60k\u0E2Al";
        String name = "Name";
        Relationship relationship = new Relationship(1, name, typed, "", "", RelationshipKind.CLIENT, "", false, WHEN, WHEN);
        PlanPdfText pdf = PlanPdfText.of(PlanPdf.render(new PlanRequest(relationship, RepairCase.start(1), TODAY,
                PlanVersion.INTERNAL, Paper.A4)));
        assertTrue(pdf.body().contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj\uFFFDk\uFFFDl"),
                pdf.body());
        assertFalse(pdf.body().contains("#"), "the renderer's own '#' never stands in for a character");
    }

    /**
     * A control character Java counts as white space (U+001C to U+001F) at a paragraph's edge is drawn as U+FFFD,
     * as anywhere else, not trimmed away with the spaces; a line break there (NEL, U+2028) only breaks the line.
     * "A\u001C\u0085" once failed {@link #typedTextIsPrintedLiterally}.
     */
    @Example
    void controlCharactersAtAParagraphsEdgeAreDrawnAsTheReplacementCharacter() throws Exception {
        Map<String, String> drawn = new LinkedHashMap<>();
        drawn.put("A\u001C\u0085", "A\uFFFD");
        for (char control = '\u001C'; control <= '\u001F'; control++) {
            drawn.put(control + "A", "\uFFFDA");
            drawn.put("A" + control, "A\uFFFD");
            drawn.put(String.valueOf(control), "\uFFFD");
        }
        drawn.put("\u0085A", "A");
        drawn.put("A\u0085", "A");
        drawn.put("\u2028A", "A");
        drawn.put("A\u2028", "A");
        drawn.put("\u001F\u0085\u001C", "\uFFFD\uFFFD");
        drawn.put("A\n\n\u001DB\u001E\n\nC", "A\uFFFDB\uFFFDC");
        List<String> typed = List.copyOf(drawn.keySet());
        StringBuilder whatWeDid = new StringBuilder();
        for (int i = 0; i < typed.size(); i++) {
            whatWeDid.append(block(10 + i, typed.get(i))).append("\n\n");
        }
        Relationship relationship = new Relationship(1, "Name", "", "", "", RelationshipKind.CLIENT, "", false, WHEN, WHEN);
        RepairCase repair = RepairCase.start(1).withOwnership(new Ownership(whatWeDid.toString(), "", ""));
        PlanPdfText pdf = PlanPdfText.of(PlanPdf.render(new PlanRequest(relationship, repair, TODAY,
                PlanVersion.INTERNAL, Paper.A4)));
        for (int i = 0; i < typed.size(); i++) {
            String field = "QQ" + (10 + i) + "QQ";
            assertEquals(List.of(drawn.get(typed.get(i))), PlanPdfText.between(PrintedText.comparable(pdf.body()),
                    field + "[", "]" + field), "typed " + PrintedText.codePoints(typed.get(i)));
            assertPrinted(pdf.body(), 10 + i, typed.get(i), true, PlanFonts.regular());
        }
    }

    @Example
    void hebrewIsDrawnRightToLeft() throws Exception {
        // "Shalom" ends in a final mem, U+05DD: drawn right to left, the final mem is the leftmost letter.
        String shalom = "\u05E9\u05DC\u05D5\u05DD";
        Relationship relationship = new Relationship(1, "Name", "", "", "", RelationshipKind.CLIENT, "", false, WHEN, WHEN);
        RepairCase repair = RepairCase.start(1).withOwnership(new Ownership("Greeting: " + shalom, "", ""));
        byte[] pdf = PlanPdf.render(new PlanRequest(relationship, repair, TODAY, PlanVersion.INTERNAL, Paper.A4));
        List<Float> x = GlyphPositions.of(pdf, List.of(0x05E9, 0x05DC, 0x05D5, 0x05DD));
        assertTrue(x.get(0) > x.get(1) && x.get(1) > x.get(2) && x.get(2) > x.get(3),
                "shin, lamed, vav, final mem from right to left: " + x);
    }

    @Example
    void aSoftHyphenIsInvisibleInsideALine() throws Exception {
        Relationship relationship = new Relationship(1, "Name", "Counter\u00ADpart Ltd", "", "", RelationshipKind.CLIENT,
                "", false, WHEN, WHEN);
        PlanPdfText pdf = PlanPdfText.of(PlanPdf.render(new PlanRequest(relationship, RepairCase.start(1), TODAY,
                PlanVersion.INTERNAL, Paper.A4)));
        assertTrue(pdf.body().contains("Counterpart Ltd"), pdf.body());
    }

    /** A word longer than its line is broken onto the next, never run off the page where print would cut it. */
    @Example
    void aLongWordStaysOnThePage() throws Exception {
        String word = "https://example.invalid/" + "a-very-long-path-segment".repeat(12);
        Relationship relationship = new Relationship(1, "Long" + "name".repeat(40), word, "", "",
                RelationshipKind.CLIENT, word, false, WHEN, WHEN);
        RepairCase repair = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(
                Commitment.planned(word, word, TODAY).withMeasureOfSuccess(word))));
        byte[] pdf = PlanPdf.render(new PlanRequest(relationship, repair, TODAY, PlanVersion.INTERNAL, Paper.A4));
        float rightMargin = 18 * 72f / 25.4f;
        float pageWidth = (float) (Paper.A4.widthMm() * 72 / 25.4);
        assertTrue(GlyphPositions.rightmost(pdf) <= pageWidth - rightMargin + 1,
                "rightmost glyph ends at " + GlyphPositions.rightmost(pdf) + " pt; the text area ends at "
                        + (pageWidth - rightMargin) + " pt");
    }

    /** Inline text between markers that name its field. */
    private static String inline(int field, String text) {
        return "QQ" + field + "QQ[" + text + "]QQ" + field + "QQ";
    }

    /** Text printed as paragraphs, the markers in paragraphs of their own. */
    private static String block(int field, String text) {
        return "QQ" + field + "QQ[\n\n" + text + "\n\n]QQ" + field + "QQ";
    }

    /**
     * The text between the field's markers, each time it appears, is what the plan should draw of {@code typed}.
     * Both are compared as {@link PrintedText#comparable}; the markers are found in that form too, since the
     * layout may break a line inside one.
     */
    private static void assertPrinted(String pdfText, int field, String typed, boolean paragraphs, PlanFonts fonts) {
        List<String> found = PlanPdfText.between(PrintedText.comparable(pdfText), "QQ" + field + "QQ[",
                "]QQ" + field + "QQ");
        assertFalse(found.isEmpty(), "field " + field + " is not in the PDF:\n" + pdfText);
        String expected = PrintedText.comparable(PrintedText.expected(typed, paragraphs, fonts));
        for (String actual : found) {
            String what = "field " + field + ", typed " + PrintedText.codePoints(typed) + ", expected "
                    + PrintedText.codePoints(expected) + ", printed " + PrintedText.codePoints(actual);
            if (PrintedText.directional(typed)) {
                assertEquals(PrintedText.sorted(expected), PrintedText.sorted(actual),
                        what + " (right-to-left, so compared without order: every character, each once)");
            } else {
                assertEquals(PrintedText.letters(expected), PrintedText.letters(actual), what);
                assertEquals(PrintedText.marks(expected), PrintedText.marks(actual), what + " (combining marks)");
            }
        }
    }
}
