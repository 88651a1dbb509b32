package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan's PDF read back with PDFBox: every section, every commitment, the two versions, pagination. */
class PlanPdfTest {
    private static PdfText internal;
    private static PdfText shareable;

    @BeforeAll
    static void render() throws Exception {
        internal = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
        shareable = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.SHAREABLE, Paper.A4)));
    }

    @Test
    void theInternalPlanHasEverySectionOfTheExample() {
        for (String key : List.of("plan.section.happened", "plan.section.ourPart", "plan.section.assessment",
                "plan.section.messages", "plan.section.apology", "plan.section.commitments",
                "plan.section.conversations", "plan.section.trust", "plan.section.nextCheckIn",
                "plan.section.closingInternal", "plan.rootCause", "plan.followThrough.title", "plan.trust.title")) {
            assertTrue(internal.contains(Texts.get(key)), key + " missing");
        }
        assertTrue(internal.contains("Alder & Finch Home Ltd"), "the counterpart");
        assertTrue(internal.contains("Ruth Callander"), "the owner");
        assertTrue(internal.contains("16 June 2025"), "the date");
        assertTrue(internal.contains("5 of 6 commitments due so far were kept on time (83%)"), internal.all());
        assertTrue(internal.contains("We got this wrong and we own it; it was not bad luck."), "a key message");
        assertTrue(internal.contains("I am sorry that your summer range opened with empty displays"), "the apology");
        assertTrue(internal.contains("16 July 2025"), "the next check-in, due in 30 days");
    }

    @Test
    void everyCommitmentOfTheExampleIsInTheTable() {
        RepairCase repair = ExampleCase.build(PlanSamples.TODAY).repairCase();
        for (Commitment c : repair.actionPlan().commitments()) {
            assertTrue(internal.contains(c.what()), "commitment missing: " + c.what());
            assertTrue(internal.contains(c.measureOfSuccess()), "measure missing: " + c.measureOfSuccess());
            assertTrue(shareable.contains(c.what()), "commitment missing from the shareable version: " + c.what());
        }
    }

    @Test
    void theShareableVersionLeavesOutWhatIsOursAlone() {
        assertTrue(shareable.contains(Texts.get("plan.version.SHAREABLE")));
        assertFalse(internal.contains(Texts.get("plan.version.SHAREABLE")));
        for (String key : List.of("plan.section.assessment", "plan.section.messages", "plan.theirResponse",
                "plan.whatWeForgive", "plan.lessons", "plan.notes", "plan.widerProblem", "plan.revealed",
                "plan.col.note")) {
            assertFalse(shareable.contains(Texts.get(key)), key + " is internal only");
        }
        assertFalse(shareable.contains("third-largest account"), "the assessment's reason");
        assertFalse(shareable.contains("every name in it is made up"), "the relationship's notes");
        assertFalse(shareable.contains("Owen is waiting to see results"), "a check-in note");
        assertFalse(shareable.contains("how it felt: Very difficult"), "how a conversation felt");
        assertTrue(internal.contains("how it felt: Very difficult"), "how a conversation felt, internally");
        for (String key : List.of("plan.section.happened", "plan.section.ourPart", "plan.section.apology",
                "plan.section.commitments", "plan.section.conversations", "plan.section.trust",
                "plan.section.nextCheckIn")) {
            assertTrue(shareable.contains(Texts.get(key)), key + " belongs in the shareable version too");
        }
    }

    @Test
    void everyPageCarriesTheNameAndPageXOfY() {
        int count = internal.pages().size();
        assertTrue(count >= 3, "the example runs over several pages: " + count);
        for (int i = 0; i < count; i++) {
            String page = internal.sortedPages().get(i);
            assertTrue(page.contains("Alder & Finch Home"), "name on page " + (i + 1));
            assertTrue(page.contains("Page " + (i + 1) + " of " + count), "page number on page " + (i + 1) + ": " + page);
        }
    }

    @Test
    void threeHundredCommitmentsPaginateWithTheHeaderRepeatedAndNoRowCut() throws Exception {
        PdfText text = PdfText.of(PlanPdf.render(PlanSamples.manyCommitments(300)));
        Pattern row = Pattern.compile("Commitment number (\\d+):");
        int[] pageOf = new int[301];
        int pagesWithRows = 0;
        for (int p = 0; p < text.pages().size(); p++) {
            String page = text.pages().get(p);
            Matcher m = row.matcher(page);
            boolean any = false;
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertEquals(0, pageOf[n], "commitment " + n + " appears twice");
                pageOf[n] = p + 1;
                any = true;
            }
            if (any) {
                pagesWithRows++;
                assertTrue(page.contains("# What Owner Due Measure of success Status"),
                        "the header row on page " + (p + 1) + ": " + page.substring(0, Math.min(400, page.length())));
            }
        }
        for (int n = 1; n <= 300; n++) {
            assertTrue(pageOf[n] > 0, "commitment " + n + " missing");
            if (n % 4 != 0) {
                // A line break inside the cell reads as a space: the row is whole if its words are on one page.
                String page = text.pages().get(pageOf[n] - 1).replaceAll("\\s+", " ");
                int at = page.indexOf("item " + n);
                int start = page.indexOf("number " + n + ":");
                String around = at >= 0 ? page.substring(Math.max(0, at - 120), Math.min(page.length(), at + 60))
                        : page.substring(start, Math.min(page.length(), start + 400));
                assertTrue(page.contains("report for item " + n + " "), "row " + n + " is whole on its page: " + around);
            }
        }
        assertTrue(pagesWithRows >= 8, "300 rows need many pages: " + pagesWithRows);
    }

    @Test
    void aLetterPlanIsLaidOutOnLetterPaper() throws Exception {
        PdfText letter = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.LETTER)));
        assertEquals(612, letter.pageWidth(), 1);
        assertEquals(792, letter.pageHeight(), 1);
        assertEquals(595, internal.pageWidth(), 1);
        assertEquals(842, internal.pageHeight(), 1);
    }

    @Test
    void emptySectionsAreLeftOut() throws Exception {
        PdfText empty = PdfText.of(PlanPdf.render(PlanSamples.empty("Quiet Harbour Ltd")));
        assertTrue(empty.contains("Quiet Harbour Ltd"));
        for (String key : List.of("plan.section.happened", "plan.section.ourPart", "plan.section.assessment",
                "plan.section.messages", "plan.section.apology", "plan.section.commitments",
                "plan.section.conversations", "plan.section.trust", "plan.section.nextCheckIn",
                "plan.section.closingInternal", "plan.glance.followThrough")) {
            assertFalse(empty.contains(Texts.get(key)), key + " should be left out when empty");
        }
        assertEquals(1, empty.pages().size());
    }
}
