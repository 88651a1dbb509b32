package org.bridgework.offsite.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Native;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the Credential Manager without Windows: JNA lays the structure out as wincred.h's
 * CREDENTIALW (sizeof 80 on 64-bit, 52 on 32-bit Windows), and off Windows the store is not offered.
 */
class CredentialLayoutTest {

    @Test
    void theStructureHasTheSizeOfCredentialW() {
        assertEquals(Native.POINTER_SIZE == 8 ? 80 : 52, new Credential().size());
    }

    @Test
    void offWindowsThereIsNoCredentialManager() {
        assertTrue(System.getProperty("os.name").startsWith("Windows") || GenericCredentials.load().isEmpty());
    }
}
