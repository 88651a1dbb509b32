package org.bridgework.plan.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a {@link MailDraft} as one message file (.eml): RFC 5322 headers (Date, From, To, Subject, Message-ID),
 * MIME 1.0 with a UTF-8 text part and the attachments in base64, and {@code X-Unsent: 1}, which tells mail
 * programs (Outlook, Thunderbird's add-ons, Apple Mail) to open it as a draft to edit and send. Every line ends
 * with CRLF and stays within 78 characters; the file is plain ASCII.
 */
public final class EmlWriter {
    private static final String CRLF = "\r\n";
    private static final int LINE = 76;
    /** The longest file name piece on one header line. */
    private static final int NAME = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ROOT);

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private EmlWriter() {
    }

    /**
     * @param now  the Date header
     * @param salt what makes the boundary and Message-ID unique (random in use, fixed in tests)
     */
    public static byte[] write(MailDraft draft, ZonedDateTime now, UUID salt) {
        EmlWriter writer = new EmlWriter();
        String boundary = "=_bridgework_" + salt.toString().replace("-", "");
        writer.header("Date", DATE.format(now));
        if (!draft.from().isEmpty()) {
            writer.addressHeader("From", draft.from());
        }
        if (!draft.to().isEmpty()) {
            writer.addressHeader("To", draft.to());
        }
        writer.textHeader("Subject", draft.subject());
        writer.header("Message-ID", "<" + salt + "@bridgework>");
        writer.header("MIME-Version", "1.0");
        writer.header("X-Unsent", "1");
        writer.header("Content-Type", "multipart/mixed;" + CRLF + " boundary=\"" + boundary + "\"");
        writer.out.append(CRLF).append("This is a message in MIME format.").append(CRLF);
        writer.part(boundary, List.of("Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: base64"), canonicalText(draft.body()).getBytes(StandardCharsets.UTF_8));
        for (MailDraft.Attachment a : draft.attachments()) {
            String plainName = "\"" + asciiName(a.fileName()) + "\"";
            String extended = EncodedWords.plain(a.fileName()) ? "" : extended(a.fileName());
            writer.part(boundary, List.of("Content-Type: " + a.mediaType() + ";" + CRLF + " name=" + plainName,
                    "Content-Disposition: attachment;" + CRLF + " filename=" + plainName + extended,
                    "Content-Transfer-Encoding: base64"), a.content());
        }
        writer.out.append("--").append(boundary).append("--").append(CRLF);
        return writer.out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void part(String boundary, List<String> headers, byte[] content) {
        out.append("--").append(boundary).append(CRLF);
        headers.forEach(h -> out.append(h).append(CRLF));
        out.append(CRLF);
        String encoded = Base64.getEncoder().encodeToString(content);
        for (int i = 0; i < encoded.length(); i += LINE) {
            out.append(encoded, i, Math.min(encoded.length(), i + LINE)).append(CRLF);
        }
    }

    private void header(String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    /** Unstructured text (Subject): one line, as it is if plain ASCII, else as encoded words. */
    private void textHeader(String name, String text) {
        String line = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
        List<String> words = EncodedWords.plain(line) ? List.of(line.split(" ", -1)) : EncodedWords.encode(line);
        folded(name, words);
    }

    private void addressHeader(String name, List<MailAddress> mailboxes) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < mailboxes.size(); i++) {
            MailAddress m = mailboxes.get(i);
            String separator = i < mailboxes.size() - 1 ? "," : "";
            if (!m.name().isEmpty()) {
                String display = m.name().replaceAll("[\\r\\n]+", " ");
                if (EncodedWords.plain(display)) {
                    words.add("\"" + display.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                } else {
                    words.addAll(EncodedWords.encode(display));
                }
            }
            words.add("<" + m.address() + ">" + separator);
        }
        folded(name, words);
    }

    /**
     * Words joined by single spaces, a line broken before a word that would pass the line's length. A plain
     * word longer than a line stays whole (RFC 5322 allows lines up to 998 characters).
     */
    private void folded(String name, List<String> words) {
        StringBuilder line = new StringBuilder(name).append(':');
        for (String word : words) {
            if (line.length() + 1 + word.length() > LINE && line.length() > name.length() + 1) {
                out.append(line).append(CRLF);
                line.setLength(0);
            }
            line.append(' ').append(word);
        }
        out.append(line).append(CRLF);
    }

    /** Text with CRLF line ends, as a text part must have. */
    static String canonicalText(String body) {
        return body.replaceAll("\\r\\n|[\\r\\n\\u0085\\u2028\\u2029]", CRLF);
    }

    /**
     * A file name for the plain parameter, for programs that know no other: what is not printable ASCII (or a
     * quote) becomes "_", and a long name keeps its start and its extension.
     */
    private static String asciiName(String fileName) {
        StringBuilder name = new StringBuilder();
        fileName.codePoints().forEach(c -> name.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                ? (char) c : '_'));
        int dot = name.lastIndexOf(".");
        String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
        return name.length() <= NAME ? name.toString()
                : name.substring(0, NAME - extension.length()) + extension;
    }

    /**
     * RFC 2231: the whole name in UTF-8, percent-encoded, cut into numbered pieces ({@code filename*0*=},
     * {@code filename*1*=} …) each on a line of its own, never inside a %XX.
     */
    private static String extended(String fileName) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder("UTF-8''");
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            String encoded = c < 0x7F && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)
                    ? String.valueOf((char) c) : String.format("%%%02X", c);
            if (piece.length() + encoded.length() > NAME) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(encoded);
        }
        pieces.add(piece.toString());
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            parameters.append(';').append(CRLF).append(" filename*").append(i).append("*=").append(pieces.get(i));
        }
        return parameters.toString();
    }
}
