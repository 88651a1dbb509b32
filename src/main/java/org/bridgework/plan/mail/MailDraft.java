package org.bridgework.plan.mail;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail ready to be written as a draft.
 *
 * @param to          the recipients; may be empty (the user fills them in)
 * @param from        the sender; may be empty (the mail program fills it in)
 * @param subject     one line
 * @param body        plain text, lines separated by {@code \n}
 * @param attachments files to attach
 */
public record MailDraft(List<MailAddress> to, List<MailAddress> from, String subject, String body,
                        List<Attachment> attachments) {
    public MailDraft {
        to = List.copyOf(to);
        from = List.copyOf(from);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    /** A file attached to the draft. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public MailDraft withAddresses(List<MailAddress> newTo, List<MailAddress> newFrom) {
        return new MailDraft(newTo, newFrom, subject, body, attachments);
    }
}
