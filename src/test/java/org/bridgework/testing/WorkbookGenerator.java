package org.bridgework.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.store.Workbook;

/**
 * Makes workbooks full of believable relationships, for tests and benchmarks. The same seed gives the
 * same workbook. Run: {@code mvn -q exec:java -Dexec.args="FILE COUNT [SEED]"} (see the README).
 */
public final class WorkbookGenerator {
    private static final String[] PREFIXES = {"Northwind", "Harbour", "Meridian", "Bluestone", "Kestrel", "Larkspur",
        "Alder", "Copperfield", "Silverline", "Oakridge", "Brightwater", "Redwood", "Highgate", "Ashford", "Granite",
        "Fjord", "Sierra", "Lumen", "Cedar", "Orion", "Vantage", "Beacon", "Juniper", "Halcyon", "Tamarind", "Quill"};
    private static final String[] TRADES = {"Logistics", "Print", "Foods", "Analytics", "Freight", "Packaging",
        "Consulting", "Software", "Textiles", "Engineering", "Media", "Pharma", "Security", "Energy", "Design",
        "Components", "Facilities", "Catering", "Recruitment", "Telecom"};
    private static final String[] FORMS = {"Ltd", "GmbH", "plc", "Inc.", "S.A.", "B.V.", "LLC", "AB", "S.r.l.", "Pty Ltd"};
    private static final String[] FIRST = {"Maria", "Jürgen", "Aisha", "Tomás", "Priya", "Oluwaseun", "Chen", "Ingrid",
        "Rafael", "Zoë", "Mehmet", "Siobhan", "Kenji", "Amara", "Lars", "Fatima", "Dmitri", "Elena", "Kwame", "Hannah"};
    private static final String[] LAST = {"Weiß", "Okafor", "Raman", "Lindqvist", "O'Brien", "García", "Nakamura",
        "Kowalski", "Haddad", "Müller", "Dubois", "Nguyen", "Adeyemi", "Rossi", "Svensson", "Patel", "Novak", "Silva"};
    private static final String[] EVENTS = {"missed the delivery deadline for the spring launch",
        "sent an invoice twice and was slow to correct it", "changed the project lead without telling them",
        "delivered a report well below what was promised", "let a price increase surprise them at renewal",
        "shared a draft with a third party by mistake", "did not return calls for two weeks during the outage",
        "pulled out of the joint bid at the last minute"};

    private final Random random;

    public WorkbookGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} relationships with unique names; about one in ten archived. */
    public List<Relationship> relationships(int count) {
        List<Relationship> result = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        while (result.size() < count) {
            String company = pick(PREFIXES) + " " + pick(TRADES);
            String name = names.add(company.toLowerCase()) ? company : company + " " + (result.size() + 1);
            names.add(name.toLowerCase());
            String contact = pick(FIRST) + " " + pick(LAST);
            String owner = pick(FIRST) + " " + pick(LAST);
            String notes = "We " + pick(EVENTS) + ". " + contact.split(" ")[0]
                    + " wants a clear plan and a named person on our side.";
            RelationshipKind kind = RelationshipKind.values()[random.nextInt(RelationshipKind.values().length)];
            result.add(new Relationship(0, name, company + " " + pick(FORMS), contact, owner, kind, notes,
                    random.nextInt(10) == 0, now, now));
        }
        return result;
    }

    /** Writes {@code count} relationships into the workbook at {@code file} (created if missing). */
    public void fill(Path file, int count) throws Exception {
        try (Workbook workbook = Workbook.open(file, Clock.systemUTC())) {
            workbook.relationships().createAll(relationships(count));
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WorkbookGenerator FILE COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new WorkbookGenerator(seed).fill(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("Wrote " + args[1] + " relationships to " + args[0]);
    }
}
