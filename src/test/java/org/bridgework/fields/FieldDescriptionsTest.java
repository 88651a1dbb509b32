package org.bridgework.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.ValueRatings;
import org.junit.jupiter.api.Test;

/**
 * The descriptions cover the model: every component of every described record has its field (a component
 * added to a record but not described fails here, before it could be lost by the workbook or the export), and
 * no two fields of a record share an export name or a column.
 */
class FieldDescriptionsTest {
    /** Components deliberately not described, and why. */
    private static final Map<Class<?>, Set<String>> NOT_FIELDS = Map.of(
            // The workbook keys every row by it; the export nests the repair in its relationship.
            RepairCase.class, Set.of("relationshipId"),
            // A map from dimension to rating: described as one field per dimension instead.
            ValueRatings.class, Set.of("ratings"));

    @Test
    void everyComponentOfEveryDescribedRecordIsAField() {
        Map<Class<?>, Sheet<?>> sheets = describedRecords();
        assertTrue(sheets.size() >= 20, "all the repair's records are reached: " + sheets.keySet());
        sheets.forEach((type, sheet) -> {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            components.removeAll(NOT_FIELDS.getOrDefault(type, Set.of()));
            Set<String> keys = sheet.fields().stream().map(Field::key).collect(Collectors.toCollection(TreeSet::new));
            if (type == ValueRatings.class) {
                keys.removeAll(AssessFields.DIMENSIONS.stream().map(Field::key).toList());
            }
            assertEquals(components, keys, type.getSimpleName() + ": the components and the described fields");
        });
    }

    @Test
    void noTwoFieldsOfARecordShareAnExportName() {
        describedRecords().forEach((type, sheet) -> {
            List<String> names = sheet.fields().stream().map(Field::json).toList();
            assertEquals(new HashSet<>(names).size(), names.size(), type.getSimpleName() + ": " + names);
        });
    }

    @Test
    void noTwoFieldsOfARowShareAColumn() {
        describedRecords().forEach((type, sheet) -> {
            List<String> columns = sheet.columns();
            assertEquals(new HashSet<>(columns).size(), columns.size(), type.getSimpleName() + ": " + columns);
        });
    }

    @Test
    void columnsAreTheKeysInSnakeCaseUnlessNamed() {
        assertEquals("root_cause", UnderstandFields.ROOT_CAUSE.column());
        assertEquals("rootCause", UnderstandFields.ROOT_CAUSE.json());
        assertEquals("held_on", TalkFields.DATE.column());
        assertEquals("date", PrepareFields.WHEN.json());
        assertEquals("component", ApologiseFields.TICKED.entry());
        assertEquals("checkIn", RebuildFields.CHECK_INS.entry());
        assertEquals(null, PrepareFields.KEY_MESSAGES.column(), "a list has no column of the row");
    }

    @Test
    void aFieldNotReadFailsInsteadOfTurningBlank() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> OwnFields.SHEET.build(new Values().put(OwnFields.WHAT_WE_DID, "x")));
        assertTrue(e.getMessage().contains("whatWeWillChange"), e.getMessage());
        assertNotEquals(OwnFields.SHEET.blank(), new EveryField().of(OwnFields.SHEET));
    }

    /** Every record reachable from the repair, with its sheet; the class is that of a record built from it. */
    static Map<Class<?>, Sheet<?>> describedRecords() {
        Map<Class<?>, Sheet<?>> found = new LinkedHashMap<>();
        collect(RepairFields.SHEET, found);
        return found;
    }

    private static void collect(Sheet<?> sheet, Map<Class<?>, Sheet<?>> found) {
        found.put(new EveryField().of(sheet).getClass(), sheet);
        for (Field<?, ?> field : sheet.fields()) {
            if (field.sheet() != null) {
                collect(field.nested(), found);
            }
        }
    }
}
