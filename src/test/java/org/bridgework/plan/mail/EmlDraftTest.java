package org.bridgework.plan.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import java.util.Optional;
import java.util.Set;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanSamples;
import org.bridgework.plan.PlanVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The .eml drafts, read back by Apache James mime4j (strict), a parser that shares nothing with the writer. */
class EmlDraftTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 6, 16, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    private static final UUID SALT = UUID.fromString("6f1c2a7e-0000-4000-8000-1234567890ab");
    private static final String HOSTILE = "Grüße \u05E9\u05DC\u05D5\u05DD \uD83D\uDE00 <b>x</b> \"quoted\" =?UTF-8?B?eA==?=";

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void eachDraftIsAConformantUnsentMessageWithTheShareablePlanAttached(MailKind kind) throws Exception {
        PlanRequest request = PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        List<MailAddress> to = MailAddress.parseList("Nadia Brook <nadia@alder-finch.example>").orElseThrow();
        byte[] eml = DraftFile.build(kind, request, to, List.of(), NOW, SALT);
        linesAreShortAsciiAndEndWithCrlf(eml);

        Message message = parse(eml);
        assertEquals("1", message.getHeader().getField("X-Unsent").getBody(), "opens as a draft");
        assertEquals("1.0", message.getHeader().getField("MIME-Version").getBody());
        assertEquals(Date.from(NOW.toInstant()), message.getDate());
        Mailbox nadia = (Mailbox) message.getTo().get(0);
        assertEquals("Nadia Brook", nadia.getName());
        assertEquals("nadia@alder-finch.example", nadia.getAddress());
        assertFalse(message.getSubject().isBlank());

        Multipart parts = (Multipart) message.getBody();
        assertEquals("mixed", parts.getSubType());
        assertEquals(2, parts.getCount());
        Entity text = parts.getBodyParts().get(0);
        assertEquals("text/plain", text.getMimeType());
        assertEquals("UTF-8", text.getCharset().toUpperCase(java.util.Locale.ROOT));
        String body = read(text);
        if (kind == MailKind.APOLOGY) {
            assertTrue(body.startsWith("Nadia, Owen,\r\n"), "the apology as drafted, its own greeting: " + body);
            assertTrue(body.endsWith("Attached: our repair plan, with each step, who owns it and when it is due."));
        } else {
            assertTrue(body.startsWith("Dear Nadia Brook,\r\n"), body);
            assertTrue(body.contains("Kind regards,\r\nRuth Callander"), body);
        }
        assertFalse(body.contains("A fictional example"), "never the internal notes");

        Entity pdf = parts.getBodyParts().get(1);
        assertEquals("application/pdf", pdf.getMimeType());
        assertEquals("attachment", pdf.getDispositionType());
        assertEquals("Repair plan \u2013 Alder & Finch Home (shareable).pdf", pdf.getFilename());
        byte[] attached = bytes(pdf);
        assertTrue(new String(attached, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(attached)) {
            String plan = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(plan.contains("Shareable version"), "the shareable plan, not the internal one");
        }
    }

    @Test
    void theApologyCarriesTheDraftAndItsOffersAndTheProgressUpdateItsDates() throws Exception {
        PlanRequest request = PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        String apology = read(((Multipart) parse(DraftFile.build(MailKind.APOLOGY, request, List.of(), List.of(), NOW,
                SALT)).getBody()).getBodyParts().get(0));
        String draft = request.repair().reconciliation().apology().draft().strip();
        assertTrue(apology.contains(draft.replace("\n", "\r\n")), apology);
        RepairCase undrafted = request.repair().withReconciliation(new Reconciliation(new Apology("", Set.of(),
                request.repair().reconciliation().apology().offers(), Optional.empty(), Optional.empty(), ""),
                request.repair().reconciliation().forgiveness()));
        String placeholder = read(((Multipart) parse(DraftFile.build(MailKind.APOLOGY, new PlanRequest(
                request.relationship(), undrafted, request.today(), PlanVersion.INTERNAL, Paper.A4), List.of(),
                List.of(), NOW, SALT)).getBody()).getBodyParts().get(0));
        assertTrue(placeholder.contains("The apology is not written yet"), placeholder);
        assertTrue(placeholder.contains("What we will do to put it right:\r\n- Credit the launch-week"), placeholder);

        String progress = read(((Multipart) parse(DraftFile.build(MailKind.PROGRESS, request, List.of(), List.of(),
                NOW, SALT)).getBody()).getBodyParts().get(0));
        assertTrue(progress.contains("since we last spoke on"), progress);
        assertTrue(progress.contains("Next:"), progress);
        assertTrue(progress.matches("(?s).*- .*: by \\d{1,2} \\w+ 2025, .*"), "what is next, with dates: " + progress);
    }

    @Test
    void nonAsciiHeadersAreEncodedAndReadBackUnchanged() throws Exception {
        MailDraft draft = new MailDraft(List.of(new MailAddress(HOSTILE, "a.b+c@example.org"),
                new MailAddress("Plain \"Quote\" Name", "x@example.org")),
                List.of(new MailAddress("Ruth Callánder", "ruth@example.com")),
                HOSTILE.repeat(4) + "\r\nBcc: injected@example.com", "Body " + HOSTILE + "\nline two",
                List.of(new MailDraft.Attachment("Plän \u2013 " + HOSTILE + ".pdf", "application/pdf", new byte[] {1, 2, 3})));
        byte[] eml = EmlWriter.write(draft, NOW, SALT);
        linesAreShortAsciiAndEndWithCrlf(eml);
        Message message = parse(eml);
        assertEquals((HOSTILE.repeat(4) + " Bcc: injected@example.com"), message.getSubject(),
                "one line: a line break typed in the subject cannot start a header");
        assertEquals(null, message.getHeader().getField("Bcc"));
        assertEquals(HOSTILE, ((Mailbox) message.getTo().get(0)).getName());
        assertEquals("a.b+c@example.org", ((Mailbox) message.getTo().get(0)).getAddress());
        assertEquals("Plain \"Quote\" Name", ((Mailbox) message.getTo().get(1)).getName());
        assertEquals("Ruth Callánder", message.getFrom().get(0).getName());
        Multipart parts = (Multipart) message.getBody();
        assertEquals("Body " + HOSTILE + "\r\nline two", read(parts.getBodyParts().get(0)));
        assertEquals("Plän \u2013 " + HOSTILE + ".pdf", parts.getBodyParts().get(1).getFilename());
        assertArrayEquals(new byte[] {1, 2, 3}, bytes(parts.getBodyParts().get(1)));
    }

    @Test
    void addressesAreReadFromWhatTheUserTypes() {
        assertEquals(List.of(new MailAddress("Nadia Brook", "nadia@example.com"), new MailAddress("", "o@example.com")),
                MailAddress.parseList(" \"Nadia Brook\" <nadia@example.com>; o@example.com ,").orElseThrow());
        assertTrue(MailAddress.parseList("").orElseThrow().isEmpty());
        assertTrue(MailAddress.parseList("nadia at example").isEmpty());
        assertTrue(MailAddress.parseList("a@b.c\r\nBcc: x@y.z").isEmpty());
        assertEquals("nadia@example.com", MailAddress.findIn("Nadia Brook (nadia@example.com), Head of Ops").orElseThrow());
    }

    private static void linesAreShortAsciiAndEndWithCrlf(byte[] eml) {
        int start = 0;
        for (int i = 0; i < eml.length; i++) {
            assertTrue(eml[i] > 0 && eml[i] < 0x7F, "ASCII only, at " + i);
            if (eml[i] == '\n') {
                assertEquals('\r', eml[i - 1], "CRLF at " + i);
                assertTrue(i - 1 - start <= 78, "a line of " + (i - 1 - start) + " characters");
                start = i + 1;
            } else if (eml[i] == '\r') {
                assertEquals('\n', eml[i + 1], "a bare CR at " + i);
            }
        }
        assertEquals(eml.length, start, "ends with a line break");
    }

    static Message parse(byte[] eml) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.STRICT);
        return builder.parseMessage(new ByteArrayInputStream(eml));
    }

    private static String read(Entity entity) throws IOException {
        return new String(bytes(entity), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Entity entity) throws IOException {
        try (InputStream in = ((SingleBody) entity.getBody()).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
