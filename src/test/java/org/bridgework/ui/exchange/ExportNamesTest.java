package org.bridgework.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The names an encrypted export gets: what gpg would call it, whatever the user typed. */
class ExportNamesTest {
    private static final Path FOLDER = Path.of("/exports");

    @Test
    void theSuggestedNameOfAnEncryptedExportEndsInJsonGpg() {
        assertEquals("acme-ltd.bridgework.json.gpg", ExportNames.encrypted(ExportNames.forRelationship("Acme Ltd")));
    }

    @Test
    void aTypedNameGetsGpgAfterJsonAndKeepsAnEncryptedExtension() {
        assertEquals(FOLDER.resolve("acme.json.gpg"), ExportNames.withGpgExtension(FOLDER.resolve("acme")));
        assertEquals(FOLDER.resolve("acme.JSON.gpg"), ExportNames.withGpgExtension(FOLDER.resolve("acme.JSON")));
        assertEquals(FOLDER.resolve("acme.GPG"), ExportNames.withGpgExtension(FOLDER.resolve("acme.GPG")));
        assertEquals(FOLDER.resolve("acme.pgp"), ExportNames.withGpgExtension(FOLDER.resolve("acme.pgp")));
        assertEquals(FOLDER.resolve("acme.txt.json.gpg"), ExportNames.withGpgExtension(FOLDER.resolve("acme.txt")));
    }
}
