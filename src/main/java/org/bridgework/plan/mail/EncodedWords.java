package org.bridgework.plan.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Header text as RFC 2047 encoded words ({@code =?UTF-8?B?...?=}), each at most 75 characters and holding only
 * whole characters, so any text, in any script, travels in a header made of ASCII.
 */
final class EncodedWords {
    /**
     * 36 octets are 48 characters of base64, 60 with "=?UTF-8?B?" and "?=": well under the 75 an encoded word may
     * have, so even the first, after "Subject: ", keeps its line within 78.
     */
    private static final int OCTETS_PER_WORD = 36;

    private EncodedWords() {
    }

    /** True when the text can stand in a header as it is: printable ASCII only. */
    static boolean plain(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** The text as encoded words, to be separated by folding white space. */
    static List<String> encode(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String character = new String(Character.toChars(cp));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > OCTETS_PER_WORD) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                octets = 0;
            }
            chunk.append(character);
            octets += size;
            i += Character.charCount(cp);
        }
        if (chunk.length() > 0 || words.isEmpty()) {
            words.add(word(chunk.toString()));
        }
        return words;
    }

    private static String word(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
