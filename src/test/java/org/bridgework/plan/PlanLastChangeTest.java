package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.team.ChangeStamp;
import org.junit.jupiter.api.Test;

/** Who last changed a team workbook's relationship is printed on the internal version only, near its top. */
class PlanLastChangeTest {
    private static final Instant AT = Instant.parse("2026-12-04T10:42:00Z");
    private static final Optional<ChangeStamp> RUTH = Optional.of(new ChangeStamp("ruth", AT));

    @Test
    void theInternalVersionSaysWhoLastChangedItOnItsFirstPage() throws Exception {
        PdfText pdf = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4).withLastChange(RUTH)));
        ZonedDateTime when = AT.atZone(ZoneId.systemDefault());
        String expected = "Last changed by ruth on "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.getDefault()).format(when) + " at "
                + DateTimeFormatter.ofPattern("HH:mm", Locale.getDefault()).format(when);
        assertTrue(pdf.pages().get(0).contains(expected), pdf.pages().get(0));
    }

    @Test
    void theShareableVersionNeverNamesAColleague() throws Exception {
        PdfText pdf = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.SHAREABLE, Paper.A4).withLastChange(RUTH)));
        assertFalse(pdf.all().contains("Last changed"), pdf.pages().get(0));
        assertFalse(pdf.all().contains("ruth"), "the colleague's login is not on the shareable version");
    }

    @Test
    void aWorkbookFilesPlanHasNoSuchLine() throws Exception {
        PdfText pdf = PdfText.of(PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
        assertFalse(pdf.all().contains("Last changed"));
    }
}
