package org.bridgework.offsite.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The passphrase as a Credential Manager blob: UTF-16LE, byte for byte, and back, for any characters. */
class CredentialBlobTest {

    @Test
    void eachCharIsTwoBytesLowByteFirst() {
        assertArrayEquals(new byte[] {'a', 0, (byte) 0xE9, 0, (byte) 0xAC, 0x20},
                CredentialBlob.encode(new char[] {'a', 'é', '€'}));
    }

    @Test
    void theBlobIsWhatTheJdkWritesAsUtf16LittleEndian() {
        String passphrase = "Zürich Ånge 東京 \uD83C\uDF09 bridge";
        assertArrayEquals(passphrase.getBytes(StandardCharsets.UTF_16LE), CredentialBlob.encode(passphrase.toCharArray()));
    }

    @Test
    void decodingGivesBackEveryCharEvenALoneSurrogate() {
        char[] secret = {'k', '\uD83C', ' ', '\u0000', '\uFFFF', 'z'};
        assertArrayEquals(secret, CredentialBlob.decode(CredentialBlob.encode(secret)));
    }

    @Test
    void aBlobOfAnOddLengthIsNotAPassphrase() {
        assertThrows(IllegalArgumentException.class, () -> CredentialBlob.decode(new byte[] {'a', 0, 'b'}));
    }

    @Test
    void aPassphraseLongerThanACredentialHoldsIsRefused() {
        CredentialBlob.encode(new char[CredentialBlob.MAX_BYTES / 2]);
        assertThrows(IllegalArgumentException.class, () -> CredentialBlob.encode(new char[CredentialBlob.MAX_BYTES / 2 + 1]));
    }

    @Test
    void wipingZeroesTheBlob() {
        byte[] blob = CredentialBlob.encode("secret".toCharArray());
        CredentialBlob.wipe(blob);
        assertArrayEquals(new byte[12], blob);
    }
}
