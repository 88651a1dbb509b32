package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgework.plan.PdfStructure.Element;
import org.junit.jupiter.api.Test;

/**
 * The plan is an accessible, archivable PDF (issue 19): veraPDF finds no failure against PDF/UA-1 or PDF/A-2a,
 * and the structure a screen reader walks has what veraPDF cannot judge: the title shown, the language, the
 * headings in order, header cells scoped to their rows or columns, and the trust chart as a Figure whose
 * alternative text says every score. Each PDF is made and validated once.
 */
class PlanConformanceTest {

    @Test
    void theExamplesInternalPlanConformsAndReadsInOrder() throws Exception {
        byte[] pdf = PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4));
        assertConforms(pdf);
        PdfStructure structure = PdfStructure.of(pdf);
        assertEquals("en", structure.language());
        assertTrue(structure.title().contains("Alder & Finch Home"), structure.title());
        assertTrue(structure.displayTitle(), "a reader shows the title, not the file name");

        List<String> headings = structure.elements().stream().map(Element::type)
                .filter(t -> t.matches("H[1-6]")).toList();
        assertEquals("H1", headings.get(0), "the relationship's name comes first: " + headings);
        assertEquals(1, headings.stream().filter("H1"::equals).count(), "one document heading");
        assertTrue(headings.stream().filter("H2"::equals).count() >= 6, "every section has its heading: " + headings);
        for (int i = 1; i < headings.size(); i++) {
            int level = headings.get(i).charAt(1) - '0';
            int before = headings.get(i - 1).charAt(1) - '0';
            assertTrue(level <= before + 1, "no level skipped at heading " + i + ": " + headings);
        }

        List<Element> headers = structure.elements().stream().filter(e -> e.type().equals("TH")).toList();
        assertEquals(6, headers.stream().filter(e -> e.scope().equals("Row")).count(),
                "the cover's facts head their rows:\n" + structure.outline());
        assertTrue(headers.stream().filter(e -> e.scope().equals("Column")).count() >= 10,
                "the commitments' and check-ins' headers head columns:\n" + structure.outline());
        assertTrue(headers.stream().allMatch(e -> !e.scope().isEmpty()), "every header has its scope");

        List<Element> figures = structure.elements().stream().filter(e -> e.type().equals("Figure")).toList();
        assertEquals(1, figures.size(), "the trust chart:\n" + structure.outline());
        String alt = figures.get(0).alt();
        // The example's four check-ins, both directions in the internal plan.
        for (String said : List.of("4 check-ins", "Their trust in us, as we read it: 1.7 on 22 Mar 2025",
                "3.7 on 11 Jun 2025", "Our trust in them: 3.7 on 22 Mar 2025", "4.3 on 11 Jun 2025")) {
            assertTrue(alt.contains(said), "\"" + said + "\" in " + alt);
        }
    }

    @Test
    void theExamplesShareablePlanConformsAndItsChartSaysOnlyTheirTrust() throws Exception {
        byte[] pdf = PlanPdf.render(PlanSamples.example(PlanVersion.SHAREABLE, Paper.LETTER));
        assertConforms(pdf);
        List<Element> figures = PdfStructure.of(pdf).elements().stream()
                .filter(e -> e.type().equals("Figure")).toList();
        assertEquals(1, figures.size());
        assertTrue(figures.get(0).alt().contains("Their trust in us"), figures.get(0).alt());
        assertTrue(!figures.get(0).alt().contains("Our trust in them"), "our side stays out: " + figures.get(0).alt());
    }

    @Test
    void threeHundredCommitmentsConform() throws Exception {
        assertConforms(PlanPdf.render(PlanSamples.manyCommitments(300)));
    }

    @Test
    void aPlanWithOnlyANameConforms() throws Exception {
        byte[] pdf = PlanPdf.render(PlanSamples.empty("Only a name"));
        assertConforms(pdf);
        assertTrue(PdfStructure.of(pdf).elements().stream().noneMatch(e -> e.type().equals("Figure")),
                "no check-ins, no chart");
    }

    /**
     * A name that prints nothing (a left-to-right mark, found by HostileTextConformanceTest with seed
     * -3433676971512321783) left the plan without an H1, so its first heading was an H2.
     */
    @Test
    void aNameThatPrintsNothingStillGivesTheHeadingsAnH1() throws Exception {
        for (String name : List.of("\u200E", "\u00A0\u200B")) {
            byte[] pdf = PlanPdf.render(PlanSamples.empty(name));
            assertConforms(pdf);
            List<String> headings = PdfStructure.of(pdf).elements().stream().map(Element::type)
                    .filter(t -> t.matches("H[1-6]")).toList();
            assertEquals("H1", headings.get(0), headings.toString());
            // The running header and the document's title show the stand-in too, never the marks themselves.
            String text = PdfText.of(pdf).all();
            assertTrue(text.chars().noneMatch(c -> c == 0x200E || c == 0x200B), "a mark was drawn: " + text);
            assertTrue(PdfStructure.of(pdf).title().contains(org.bridgework.text.Texts.get("plan.noName")),
                    PdfStructure.of(pdf).title());
        }
    }

    /** The check itself can fail: a PDF made without the accessibility settings does. */
    @Test
    void theCheckFailsAPlainPdf() throws Exception {
        byte[] plain;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            plain = out.toByteArray();
        }
        List<String> failures = PdfConformance.failures(plain);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("ua1")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("2a")), failures.toString());
    }

    static void assertConforms(byte[] pdf) throws Exception {
        List<String> failures = PdfConformance.failures(pdf);
        assertTrue(failures.isEmpty(), "veraPDF:\n" + String.join("\n", failures));
    }
}
