package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bridgework.text.Texts;
import picocli.CommandLine;

/** {@code bridgework apology-check}: files, standard input, --json and an unreadable file. */
class ApologyCheckCommandTest {
    private static final String GOOD = "We are sorry. We missed the deadline because we booked the wrong week, "
            + "and that is on us. We will refund the rush fee, and from now on every date is confirmed in writing.";
    private static final String NON_APOLOGY = "If we let you down in any way, I apologise. We will look into it.";

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine line = new CommandLine(new ApologyCheckCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        line.setResourceBundle(Texts.commandLineBundle());
        line.setOut(Commands.writer(new PrintStream(out, true, StandardCharsets.UTF_8)));
        line.setErr(Commands.writer(new PrintStream(err, true, StandardCharsets.UTF_8)));
        int exit = line.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsCheckedPartByPartWithTheMatchedWords() throws IOException {
        Path draft = Files.writeString(folder.resolve("draft.txt"), GOOD);
        Run run = run("", draft.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("found    Responsibility: ") && run.out().contains("\u201cthat is on us\u201d"), run.out());
        assertTrue(run.out().contains("\u201crefund the rush fee\u201d"), run.out());
        assertTrue(run.out().contains("missing  Request for forgiveness"), run.out());
        assertTrue(run.out().contains("No marks of a non-apology found."), run.out());
    }

    @Test
    void standardInputIsReadWhenTheFileIsLeftOutOrIsADash() {
        for (String[] args : List.of(new String[0], new String[] {"-"})) {
            Run run = run(NON_APOLOGY, args);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("missing  Responsibility (one of the two parts reported to count most)"), run.out());
            assertTrue(run.out().contains("missing  Offer to put it right (one of the two parts reported to count most)"), run.out());
            assertTrue(run.out().contains("warning  It makes the fault sound hypothetical"), run.out());
            assertTrue(run.out().contains("warning  It promises only to look into it"), run.out());
        }
    }

    @Test
    void jsonGivesEveryPartByItsExportNameTheWarningsAndTheLanguage() throws IOException {
        Run run = run(NON_APOLOGY, "--json");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> json = parse(run.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) json.get("components");
        assertEquals(List.of("regret", "explanation", "acknowledgement_of_responsibility", "declaration_of_repentance",
                "offer_of_repair", "request_for_forgiveness"), List.copyOf(components.keySet()));
        assertEquals(Boolean.TRUE, components.get("regret"));
        assertEquals(Boolean.FALSE, components.get("acknowledgement_of_responsibility"));
        assertEquals(Boolean.FALSE, components.get("offer_of_repair"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings");
        assertEquals(List.of("conditional", "only_look_into"), warnings.stream().map(w -> w.get("kind")).toList());
        assertTrue(warnings.stream().allMatch(w -> w.get("text") instanceof String t && !t.isBlank() && !t.startsWith("!")));
        assertEquals("en", json.get("language"));
    }

    @Test
    void aDraftInAnotherLanguageIsSaidToBeOutsideTheCheck() throws IOException {
        String german = "Es tut uns sehr leid, dass die Lieferung zu spät kam. Wir werden die Kosten erstatten.";
        assertEquals("other", parse(run(german, "--json").out()).get("language"));
        Run text = run(german);
        assertTrue(text.out().contains("outside what the check understands"), text.out());
        assertFalse(text.out().contains("missing"), text.out());
    }

    @Test
    void anUnreadableFileIsReportedOnStandardErrorWithExitOne() throws IOException {
        Run missing = run("", folder.resolve("no-such-draft.txt").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("cannot read") && missing.err().contains("no such file"), missing.err());
        assertEquals("", missing.out());

        Path binary = Files.write(folder.resolve("draft.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        Run notText = run("", binary.toString());
        assertEquals(1, notText.exit());
        assertTrue(notText.err().contains("not UTF-8 text"), notText.err());

        Run folderInstead = run("", folder.toString());
        assertEquals(1, folderInstead.exit());
        assertFalse(folderInstead.err().isBlank());
    }

    @Test
    void theCommandLineRunsItAndItsHelpComesFromTheBundle() throws IOException {
        Path draft = Files.writeString(folder.resolve("draft.txt"), GOOD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Commands.run(new String[] {"apology-check", "--json", draft.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                workbook -> 99);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("en", parse(out.toString(StandardCharsets.UTF_8)).get("language"));

        ByteArrayOutputStream help = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(help, true, StandardCharsets.UTF_8);
        assertEquals(0, Commands.run(new String[] {"apology-check", "--help"}, print, print, workbook -> 99));
        String text = help.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("apology-check") && text.contains("--json") && text.contains("six parts"), text);
    }

    private static Map<String, Object> parse(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.nextToken();
            Map<String, Object> value = object(parser);
            assertEquals(null, parser.nextToken(), "one JSON object only");
            return value;
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            map.put(name, value(parser));
        }
        return map;
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> parser.getText();
            default -> throw new IOException("unexpected " + parser.currentToken());
        };
    }
}
