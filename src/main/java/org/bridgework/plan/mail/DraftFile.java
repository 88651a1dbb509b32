package org.bridgework.plan.mail;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.bridgework.plan.PlanPdf;
import org.bridgework.plan.PlanRequest;
import org.bridgework.plan.PlanVersion;
import org.bridgework.text.Texts;

/** A whole draft file: the words of its kind, the addresses, the shareable plan attached. Slow (the PDF). */
public final class DraftFile {
    private DraftFile() {
    }

    /**
     * @param request the relationship and repair (its version is ignored: the shareable plan is attached)
     * @return the .eml file's bytes
     */
    public static byte[] build(MailKind kind, PlanRequest request, List<MailAddress> to, List<MailAddress> from,
                               ZonedDateTime now, UUID salt) {
        MailDraft words = DraftWords.of(kind, request.relationship(), request.repair(), request.today());
        byte[] plan = PlanPdf.render(request.withVersion(PlanVersion.SHAREABLE));
        MailDraft draft = new MailDraft(to, from, words.subject(), words.body(), List.of(new MailDraft.Attachment(
                safeName(Texts.get("plan.fileName.shareable", request.relationship().name())), "application/pdf",
                plan)));
        return EmlWriter.write(draft, now, salt);
    }

    /** The file name to save the draft under: "Apology – NAME.eml". */
    public static String fileName(MailKind kind, String relationshipName) {
        return safeName(Texts.get("mail.fileName." + kind.name(), relationshipName));
    }

    private static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
    }
}
