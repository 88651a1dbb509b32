package org.bridgework.model.repair;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The labelled apology corpus in src/test/resources: one example a line, "PARTS | WARNINGS | TEXT". */
record ApologyCorpus(String name, List<ApologyCorpus.Example> examples) {
    static final String TUNING = "apology-corpus-tuning.txt";
    static final String HELD_OUT = "apology-corpus-heldout.txt";
    static final String FRESH = "apology-corpus-fresh.txt";
    static final String UNSEEN = "apology-corpus-unseen.txt";
    private static final Map<String, ApologyComponent> PARTS = Map.of("R", ApologyComponent.REGRET,
            "E", ApologyComponent.EXPLANATION, "A", ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY,
            "D", ApologyComponent.DECLARATION_OF_REPENTANCE, "O", ApologyComponent.OFFER_OF_REPAIR,
            "F", ApologyComponent.REQUEST_FOR_FORGIVENESS);

    /** One labelled draft. */
    record Example(int line, String text, Set<ApologyComponent> parts, Set<WarningKind> warnings) {
    }

    static ApologyCorpus load(String resource) throws IOException {
        try (InputStream in = ApologyCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing corpus " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" \\| ", 3);
                if (fields.length != 3) {
                    throw new IOException(resource + ":" + (i + 1) + ": expected PARTS | WARNINGS | TEXT");
                }
                examples.add(new Example(i + 1, fields[2], parts(fields[0]), warnings(fields[1])));
            }
            return new ApologyCorpus(resource, List.copyOf(examples));
        }
    }

    private static Set<ApologyComponent> parts(String field) {
        Set<ApologyComponent> parts = EnumSet.noneOf(ApologyComponent.class);
        if (!field.equals("-")) {
            for (String code : field.split(",")) {
                parts.add(java.util.Objects.requireNonNull(PARTS.get(code.strip()), code));
            }
        }
        return parts;
    }

    private static Set<WarningKind> warnings(String field) {
        Set<WarningKind> kinds = EnumSet.noneOf(WarningKind.class);
        if (!field.equals("-")) {
            for (String code : field.split(",")) {
                kinds.add(WarningKind.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return kinds;
    }
}
