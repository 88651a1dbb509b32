package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file an import must refuse: refused with a message that names the file and what is wrong (where it is,
 * for a bad value), and the target workbook holds exactly what it held before, compared as a whole export.
 */
class ImportRefusalTest {
    private static final String VALID_START = """
            {"format": "bridgework-export", "formatVersion": 1, "relationships": [
            """;

    /** The rich workbook and its export, made once: each test imports into a copy of its own. */
    @TempDir
    static Path samples;
    private static Path rich;
    private static byte[] good;

    @TempDir
    Path folder;
    private Path target;
    private String before;

    @BeforeAll
    static void samples() throws Exception {
        rich = ExchangeSamples.richWorkbook(samples);
        Path other = Files.createDirectories(samples.resolve("other"));
        good = ExchangeSamples.exportAll(ExchangeSamples.richWorkbook(other), other.resolve("good.json"));
    }

    @BeforeEach
    void workbook() throws Exception {
        target = Files.copy(rich, folder.resolve("rich.db"));
        before = ExchangeSamples.contents(target);
    }

    @Test
    void notJsonAtAll() throws Exception {
        refused("letter.json", "Dear Nadia,\nthank you for your call.", "it is not a JSON file, or it is damaged"
                + " (the problem is at line 1, column");
        refused("word.txt", "kestrel-7\n", "it is not a JSON file, or it is damaged");
    }

    @Test
    void bytesThatAreNotText() throws Exception {
        byte[] bytes = Arrays.copyOf(good, good.length);
        bytes[200] = (byte) 0xC3;
        bytes[201] = (byte) 0x28; // an invalid UTF-8 sequence
        refused("binary.json", bytes, "it is not a JSON file, or it is damaged");
    }

    @Test
    void aCutOffExport() throws Exception {
        int half = good.length / 2;
        while (good[half] != '\n') {
            half++;
        }
        refused("cut.json", Arrays.copyOf(good, half), "the file ends in the middle of the data (at line ");
    }

    @Test
    void moreAfterTheEnd() throws Exception {
        refused("twice.json", new String(good, StandardCharsets.UTF_8) + "{}", "it is not a JSON file, or it is damaged");
    }

    @Test
    void anotherProgramsJson() throws Exception {
        refused("settings.json", "{\"name\": \"Acme\", \"version\": 3}",
                "it is not a Bridgework export (it does not say \"format\": \"bridgework-export\")");
        refused("list.json", "[1, 2, 3]", "it is not a Bridgework export");
        refused("text.json", "\"bridgework-export\"", "it is not a Bridgework export");
    }

    @Test
    void aNewerFormatVersion() throws Exception {
        refused("newer.json", "{\"format\": \"bridgework-export\", \"formatVersion\": 4, \"relationships\": [],"
                        + " \"somethingNew\": {}}",
                "it was written by a newer version of Bridgework (export format 4; this version reads format 3 and"
                        + " older). Update Bridgework, then import it again");
    }

    @Test
    void anImpossibleDateIsNamedWithWhereItIs() throws Exception {
        refused("date.json", VALID_START + relationship("One", "") + "," + relationship("Two", "") + ","
                        + relationship("Three", """
                                , "repair": {"actionPlan": {"commitments": [
                                  {"what": "Call weekly", "due": "2026-12-01", "status": "planned"},
                                  {"what": "Refund", "due": "2026-13-40", "status": "planned"}]}}
                                """) + "]}",
                "relationship 3 (\u201cThree\u201d), commitment 2, field \u201cdue\u201d: \u201c2026-13-40\u201d is not a"
                        + " date (write dates like 2026-11-23)");
    }

    @Test
    void anUnknownWordListsTheWordsThereAre() throws Exception {
        String customer = new String(good, StandardCharsets.UTF_8).replaceFirst("\"kind\": \"client\"",
                "\"kind\": \"customer\"");
        refused("kind.json", customer, "relationship 1 (\u201cAlder & Finch Home\u201d), field \u201ckind\u201d:"
                + " \u201ccustomer\u201d is not one of: client, supplier, partner, internal, other");
    }

    @Test
    void badValuesDeepInTheRepair() throws Exception {
        refused("rating.json", VALID_START + relationship("R", """
                , "repair": {"assessment": {"theyBringUs": {"revenue": 3.5}}}""") + "]}",
                "relationship 1 (\u201cR\u201d), field \u201crepair.assessment.theyBringUs.revenue\u201d: it should be"
                        + " a whole number, not 3.5");
        refused("trust.json", VALID_START + relationship("R", """
                , "repair": {"rebuilding": {"checkIns": [{"date": "2026-01-01", "ourTrust": {"ability": 1,
                  "benevolence": 2, "integrity": 3}, "theirTrust": {"ability": 1, "benevolence": "2"}}]}}""") + "]}",
                "relationship 1 (\u201cR\u201d), trust check-in 1, field \u201ctheirTrust.benevolence\u201d: it should be"
                        + " a whole number, not \u201c2\u201d");
        refused("participant.json", VALID_START + relationship("R", """
                , "repair": {"dialogue": {"conversations": [{"date": "2026-01-01", "channel": "phone",
                  "participants": ["Nadia", null]}]}}""") + "]}",
                "relationship 1 (\u201cR\u201d), conversation 1, participant 2: it should be text in double quotes,"
                        + " not null");
        refused("component.json", VALID_START + relationship("R", """
                , "repair": {"reconciliation": {"apology": {"components": ["regret", "regret"]}}}""") + "]}",
                "relationship 1 (\u201cR\u201d), apology component 2: \u201cregret\u201d is listed twice");
        refused("time.json", VALID_START + "{\"name\": \"R\", \"kind\": \"client\", \"createdAt\": \"yesterday\","
                        + " \"updatedAt\": \"2026-01-01T00:00:00Z\"}]}",
                "relationship 1 (\u201cR\u201d), field \u201ccreatedAt\u201d: \u201cyesterday\u201d is not a time");
        refused("amount.json", VALID_START + relationship("R", """
                , "repair": {"assessment": {"weBringThem": {"annualRevenue": "12k"}}}""") + "]}",
                "\u201c12k\u201d is not an amount");
    }

    @Test
    void missingUnknownAndRepeatedFields() throws Exception {
        refused("missing.json", VALID_START + "{\"name\": \"R\", \"kind\": \"client\","
                        + " \"updatedAt\": \"2026-01-01T00:00:00Z\"}]}",
                "relationship 1 (\u201cR\u201d), field \u201ccreatedAt\u201d: this field is required, and it is missing");
        refused("unknown.json", VALID_START + relationship("R", ", \"notse\": \"typo\"") + "]}",
                "relationship 1 (\u201cR\u201d), field \u201cnotse\u201d: Bridgework does not know this field");
        refused("repeated.json", VALID_START + relationship("R", ", \"kind\": \"partner\"") + "]}",
                "the field \u201ckind\u201d appears twice in one place (line ");
        refused("noName.json", VALID_START + "{\"name\": \"  \", \"kind\": \"client\", \"createdAt\":"
                        + " \"2026-01-01T00:00:00Z\", \"updatedAt\": \"2026-01-01T00:00:00Z\"}]}",
                "relationship 1, field \u201cname\u201d: the name is empty");
        refused("noList.json", "{\"format\": \"bridgework-export\", \"formatVersion\": 1}",
                "field \u201crelationships\u201d: this field is required");
        refused("nullText.json", VALID_START + relationship("R", ", \"notes\": null") + "]}",
                "field \u201cnotes\u201d: it should be text in double quotes, not null");
    }

    @Test
    void aBadRelationshipAfterGoodOnesImportsNoneOfThem() throws Exception {
        String text = new String(good, StandardCharsets.UTF_8);
        int last = text.lastIndexOf("\"createdAt\": \"");
        String broken = text.substring(0, last) + "\"createdAt\": \"2026-02-30T00:00:00Z"
                + text.substring(text.indexOf('"', last + "\"createdAt\": \"".length()));
        refused("late.json", broken, "relationship 7 (\u201c" + ExchangeSamples.SMALLER + "\u201d), field"
                + " \u201ccreatedAt\u201d: \u201c2026-02-30T00:00:00Z\u201d is not a time");
    }

    @Test
    void emptyFilesFoldersAndMissingFiles() throws Exception {
        refused("empty.json", "", "the file is empty");
        refused("blank.json", "  \n\t\n", "the file is empty");
        Path dir = Files.createDirectories(folder.resolve("a folder.json"));
        assertRefused(dir, "it is a folder, not a file");
        assertRefused(folder.resolve("nowhere.json"), "there is no such file");
    }

    @Test
    void aFileTooLargeToImportIsRefusedUnread() throws Exception {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ExchangeFormat.MAX_FILE_BYTES + 1); // sparse: takes no room on the disk
        }
        assertRefused(huge, "the file is 257 MB, more than the 256 MB Bridgework can import at a time");
    }

    @Test
    void anUnreadableFile() throws Exception {
        Path locked = folder.resolve("locked.json");
        Files.write(locked, good);
        assumeFalse(!locked.toFile().setReadable(false, false) || Files.isReadable(locked),
                "the file system (or the root user) reads it anyway");
        assertRefused(locked, "the file could not be read");
    }

    @Test
    void aFailureWhileWritingRollsEverythingBack() throws Exception {
        // A real SQLite failure part-way: the fourth relationship cannot be added (like a full disk would).
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement statement = sql.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_fourth BEFORE INSERT ON relationship"
                    + " WHEN (SELECT count(*) FROM relationship) >= 8 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }
        String withTrigger = ExchangeSamples.contents(target);
        assertEquals(before, withTrigger);
        Path file = folder.resolve("good.json");
        Files.write(file, good);
        assertRefused(file, "the workbook could not be written");
    }

    private static String relationship(String name, String more) {
        return "{\"name\": \"" + name + "\", \"kind\": \"client\", \"createdAt\": \"2026-01-01T00:00:00Z\","
                + " \"updatedAt\": \"2026-01-02T00:00:00Z\"" + more + "}";
    }

    private void refused(String name, String content, String expected) throws Exception {
        refused(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private void refused(String name, byte[] content, String expected) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content);
        assertRefused(file, expected);
    }

    private void assertRefused(Path file, String expected) throws Exception {
        ExchangeException e = assertThrows(ExchangeException.class, () -> ExchangeSamples.importInto(target, file));
        assertTrue(e.getMessage().startsWith("Bridgework did not import " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Your workbook is unchanged."), e.getMessage());
        assertEquals(before, ExchangeSamples.contents(target), "the workbook holds what it held before");
    }
}
