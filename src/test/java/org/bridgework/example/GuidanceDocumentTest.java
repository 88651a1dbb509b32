package org.bridgework.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bridgework.model.repair.Evidence;
import org.bridgework.model.repair.RepairAdvice;
import org.junit.jupiter.api.Test;

/** docs/guidance.md lists every piece of advice with the source the code gives it, and every source. */
class GuidanceDocumentTest {
    private static final Path DOCUMENT = Path.of("docs", "guidance.md");
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("org.bridgework.text.guidance", Locale.ROOT);

    private static List<String> lines() throws IOException {
        return Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    }

    @Test
    void everyAdviceHasARowNamingTheSourceTheCodeGivesIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (RepairAdvice advice : RepairAdvice.values()) {
            String code = "| `" + advice.name() + "` |";
            List<String> rows = lines().stream().filter(line -> line.startsWith(code)).toList();
            if (rows.size() != 1 || !rows.get(0).contains("`" + advice.source().name() + "`")) {
                wrong.add(advice.name() + " should have one row naming " + advice.source().name());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySourceIsDescribedWithItsKind() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Evidence source : Evidence.values()) {
            String code = "`" + source.name() + "`";
            List<String> rows = lines().stream()
                    .filter(line -> line.contains(code) && line.startsWith("| ") && !line.startsWith("| `"))
                    .toList();
            String kind = switch (source.kind()) {
                case STUDY -> "| study |";
                case FRAMEWORK -> "| framework |";
                case OWN_JUDGEMENT -> "| ours |";
            };
            if (rows.size() != 1 || !rows.get(0).contains(kind)) {
                wrong.add(source.name() + " should have one row in the sources table, of kind " + kind);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFrameworkIsNeverPresentedAsATestedFindingInTheWindow() {
        for (Evidence source : Evidence.values()) {
            String shown = TEXTS.getString("source." + source.name());
            if (source.kind() == Evidence.Kind.FRAMEWORK) {
                assertTrue(shown.contains("framework"), source + " is shown as: " + shown);
            }
            if (source.kind() == Evidence.Kind.OWN_JUDGEMENT) {
                assertTrue(shown.contains("our own judgement"), source + " is shown as: " + shown);
            }
        }
    }
}
