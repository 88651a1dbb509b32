package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

/** The meeting brief: one page for the example and for a repair whose every text is far too long; typed text stays text. */
class BriefPdfTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theExampleFitsOnePageAndSaysWhatTheNextConversationNeeds(Paper paper) throws Exception {
        PlanRequest request = PlanSamples.example(PlanVersion.INTERNAL, paper);
        PdfText text = PdfText.of(BriefPdf.render(request));
        assertEquals(1, text.pages().size(), "one page");
        assertEquals(paper.widthMm() / 25.4 * 72, text.pageWidth(), 1);
        for (String expected : List.of("MEETING BRIEF", request.relationship().name(), "NEXT CONVERSATION",
                "LAST TIME, THEY TOLD US", "WHAT THEY WANT NOW", "OUR KEY MESSAGES", "OWN UP TO THESE FIRST",
                "SINCE WE LAST SPOKE", "Their trust in us, as we read it", "PITFALLS AT THIS STAGE",
                request.repair().preparation().keyMessages().get(0))) {
            assertTrue(text.contains(expected), expected + " in: " + text.all());
        }
        assertFalse(text.contains("Some texts are shortened"), "nothing cut in the example: " + text.all());
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aRepairWithHugeTextsStillFitsOnePageCutWithANote(Paper paper) throws Exception {
        PlanRequest request = huge(paper);
        byte[] pdf = BriefPdf.render(request);
        PdfText text = PdfText.of(pdf);
        assertEquals(1, text.pages().size(), "one page: " + text.all());
        assertTrue(text.contains("\u2026"), "cut texts end with an ellipsis");
        assertTrue(text.contains("Some texts are shortened"), "and the page says so");
        assertTrue(text.contains("more in the plan"), "lists cut short say how many are left out");
    }

    @Test
    void hostileTextIsPrintedLiterallyAndTheDocumentStaysWellFormed() throws Exception {
        String name = "<b>Bold</b> & </table> \u05E9\u05DC\u05D5\u05DD \uD83D\uDE00";
        String message = "<script>alert(1)</script> ]]> &amp; \u0627\u0644\u0633\u0644\u0627\u0645 \uD83D\uDC4D\uD83C\uDFFD";
        PlanRequest plain = PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        Relationship r = plain.relationship();
        Relationship named = new Relationship(0, name, r.organisation(), r.contactPerson(), r.owner(), r.kind(),
                r.notes(), false, r.createdAt(), r.updatedAt());
        Preparation p = plain.repair().preparation();
        RepairCase repair = plain.repair().withPreparation(new Preparation(p.facts(), p.theirLikelyView(),
                p.theirInterests(), List.of(message), p.apologyWarranted(), p.meeting()));
        PlanRequest request = new PlanRequest(named, repair, plain.today(), PlanVersion.INTERNAL, Paper.A4);

        String html = BriefHtml.build(request);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertFalse(html.contains("<script>"), "escaped");
        PdfText text = PdfText.of(BriefPdf.render(request));
        assertEquals(1, text.pages().size());
        assertTrue(text.contains("<b>Bold</b> & </table>"), text.all());
        assertTrue(text.contains("<script>alert(1)</script> ]]> &amp;"), text.all());
    }

    /** The example with every text it shows far longer than the page could hold, and long lists of everything. */
    static PlanRequest huge(Paper paper) {
        PlanRequest plain = PlanSamples.example(PlanVersion.INTERNAL, paper);
        String words = String.join(" ", Collections.nCopies(400, "unreasonably long explanation"));
        String oneWord = "x".repeat(5000);
        Relationship r = plain.relationship();
        Relationship named = new Relationship(0, oneWord, words, words, words, r.kind(), words, false, r.createdAt(),
                r.updatedAt());
        RepairCase repair = plain.repair();
        Preparation p = repair.preparation();
        List<String> messages = Collections.nCopies(40, words);
        repair = repair.withPreparation(new Preparation(p.facts(), words, words, messages, p.apologyWarranted(),
                new MeetingPlan(words, Optional.of(plain.today().plusDays(3)), Optional.of(Channel.MEETING))));
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            commitments.add(new Commitment(i % 2 == 0 ? words : oneWord, words,
                    Optional.of(plain.today().plusDays(i - 60)), words, i % 5 == 0 ? CommitmentStatus.DONE
                    : i % 7 == 0 ? CommitmentStatus.MISSED : CommitmentStatus.PLANNED,
                    Optional.of(plain.today().plusDays(i - 61)), words, false, Optional.empty()));
        }
        List<Conversation> talks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            talks.add(new Conversation(plain.today().minusDays(90 - i), Channel.VIDEO_CALL, List.of(words), words,
                    words, words, words, Optional.of(Sentiment.values()[0])));
        }
        repair = repair.withActionPlan(new ActionPlan(commitments)).withDialogue(new Dialogue(talks));
        return new PlanRequest(named, repair, plain.today(), PlanVersion.INTERNAL, paper);
    }
}
