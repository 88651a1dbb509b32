package org.bridgework.plan.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mailbox: an optional display name and an address. Only plain ASCII addresses are taken (what every mail
 * program understands); the display name may be any text.
 *
 * @param name    the display name; may be empty
 * @param address local-part@domain
 */
public record MailAddress(String name, String address) {
    /** A practical subset of RFC 5322's addr-spec: dot-atoms on both sides of the @. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern NAMED = Pattern.compile("\\s*(.*?)\\s*<\\s*([^<>]*?)\\s*>\\s*");

    public MailAddress {
        name = Objects.requireNonNullElse(name, "").strip();
        Objects.requireNonNull(address, "address");
        if (!ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("not an address: " + address);
        }
    }

    /**
     * The mailboxes typed in one field, separated by commas or semicolons: {@code nadia@example.com} or
     * {@code Nadia Brook <nadia@example.com>}.
     *
     * @return the mailboxes, or empty if any part is not an address (the caller says which text it was)
     */
    public static Optional<List<MailAddress>> parseList(String typed) {
        List<MailAddress> found = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return Optional.of(found);
        }
        for (String part : typed.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher named = NAMED.matcher(part);
            String name = named.matches() ? named.group(1).replaceAll("^\"|\"$", "") : "";
            String address = named.matches() ? named.group(2) : part.strip();
            if (!ADDRESS.matcher(address).matches()) {
                return Optional.empty();
            }
            found.add(new MailAddress(name, address));
        }
        return Optional.of(found);
    }

    /** The first address-like word in free text (a contact field that holds one), if any. */
    public static Optional<String> findIn(String text) {
        for (String word : Objects.requireNonNullElse(text, "").split("[\\s,;<>()]+")) {
            if (ADDRESS.matcher(word).matches()) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
