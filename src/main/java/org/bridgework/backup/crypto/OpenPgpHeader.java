package org.bridgework.backup.crypto;

import java.nio.charset.StandardCharsets;

/** Recognises the first packet of an OpenPGP encrypted message from the file's first bytes. */
final class OpenPgpHeader {
    private static final int PUBLIC_KEY_SESSION_KEY = 1;
    private static final int SYMMETRIC_KEY_SESSION_KEY = 3;
    private static final int MARKER = 10;
    private static final String ARMOUR = "-----BEGIN PGP MESSAGE-----";

    private OpenPgpHeader() {
    }

    static boolean looksEncrypted(byte[] start) {
        if (new String(start, StandardCharsets.US_ASCII).startsWith(ARMOUR)) {
            return true;
        }
        if (start.length < 3 || (start[0] & 0x80) == 0) {
            return false;
        }
        int first = start[0] & 0xFF;
        boolean newFormat = (first & 0x40) != 0;
        int tag = newFormat ? first & 0x3F : (first >> 2) & 0x0F;
        int headerLength = newFormat ? newFormatHeaderLength(start[1] & 0xFF) : oldFormatHeaderLength(first & 0x03);
        if (headerLength < 0 || start.length <= headerLength) {
            return false;
        }
        int version = start[headerLength] & 0xFF;
        return switch (tag) {
            case SYMMETRIC_KEY_SESSION_KEY -> version >= 4 && version <= 6;
            case PUBLIC_KEY_SESSION_KEY -> version == 3 || version == 6;
            case MARKER -> version == 'P';
            default -> false;
        };
    }

    /** Tag byte plus the length octets (RFC 4880 section 4.2.1); -1 for an indeterminate length. */
    private static int oldFormatHeaderLength(int lengthType) {
        return switch (lengthType) {
            case 0 -> 2;
            case 1 -> 3;
            case 2 -> 5;
            default -> -1;
        };
    }

    /** Tag byte plus the length octets (RFC 4880 section 4.2.2); session key packets are never partial. */
    private static int newFormatHeaderLength(int firstLengthOctet) {
        if (firstLengthOctet < 192) {
            return 2;
        }
        if (firstLengthOctet < 224) {
            return 3;
        }
        return firstLengthOctet == 255 ? 6 : -1;
    }
}
