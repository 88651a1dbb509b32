package org.bridgework.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PdfConformance;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;

/**
 * Whatever is typed, the plan stays a conforming PDF/UA-1 and PDF/A-2a document (issue 19): right-to-left and
 * bidi controls, emoji, markup, control characters and characters no font has, in the title, the running
 * header and every worksheet field, checked by veraPDF. Few tries: each renders and validates a whole plan.
 */
class HostileTextConformanceTest {
    private static final Instant WHEN = Instant.parse("2025-01-01T00:00:00Z");

    @Provide
    Arbitrary<List<String>> repairTexts() {
        return HostileText.text(12).list().ofSize(HostileRepairs.TEXT_FIELDS);
    }

    @Provide
    Arbitrary<String> name() {
        return HostileText.text(6);
    }

    @Property(tries = 6)
    void aPlanOfHostileTextConforms(@ForAll("name") String name, @ForAll("name") String organisation,
                                    @ForAll("repairTexts") List<String> texts) throws Exception {
        Relationship relationship = new Relationship(1, name, organisation, name, organisation,
                RelationshipKind.CLIENT, texts.get(0), false, WHEN, WHEN);
        // The internal version: it prints every field the shareable one does, and more.
        byte[] pdf = PlanPdf.render(new PlanRequest(relationship, HostileRepairs.fill(1, texts),
                LocalDate.of(2026, 3, 20), PlanVersion.INTERNAL, Paper.A4));
        List<String> failures = PdfConformance.failures(pdf);
        assertTrue(failures.isEmpty(), "veraPDF:\n" + String.join("\n", failures));
    }
}
