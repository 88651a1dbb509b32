package org.bridgework.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookGeneratorTest {
    @TempDir
    Path folder;

    @Test
    void fillsARealWorkbookWithUniqueNamedRelationships() throws Exception {
        Path file = folder.resolve("generated.db");
        new WorkbookGenerator(7).fill(file, 2000);
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            List<Relationship> all = workbook.relationships().findAll();
            assertEquals(2000, all.size());
            assertEquals(2000, all.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).distinct().count());
            long archived = all.stream().filter(Relationship::archived).count();
            assertTrue(archived > 100 && archived < 400, "about one in ten archived: " + archived);
            assertTrue(all.stream().allMatch(r -> !r.organisation().isBlank() && !r.notes().isBlank()));
        }
    }

    @Test
    void theSameSeedGivesTheSameRelationships() {
        assertEquals(new WorkbookGenerator(3).relationships(50), new WorkbookGenerator(3).relationships(50));
    }
}
