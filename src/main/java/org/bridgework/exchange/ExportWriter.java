package org.bridgework.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import org.bridgework.fields.RepairFields;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.timeline.StepMilestone;

/**
 * Writes an export file (docs/exchange-format.md), one relationship at a time, so a large workbook never has
 * to be held in memory whole. The output depends on the data alone: fields in a fixed order, every field
 * always written (null where a value is not given), lists in their stored order, sets in the order of their
 * enumeration, two-space indentation, "\n" line ends and a final newline, UTF-8. Exporting the same data
 * twice gives the same bytes.
 */
final class ExportWriter implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;
    private final SheetJsonWriter fields;

    /** Starts the file: the header, then the list the relationships go into. */
    ExportWriter(OutputStream out, String appVersion) throws IOException {
        json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(prettyPrinter());
        fields = new SheetJsonWriter(json);
        json.writeStartObject();
        json.writeStringField("format", ExchangeFormat.FORMAT);
        json.writeNumberField("formatVersion", ExchangeFormat.VERSION);
        json.writeStringField("appVersion", appVersion);
        json.writeArrayFieldStart("relationships");
    }

    /** Adds one relationship with its repair and milestones. */
    void write(WholeRelationship whole) throws IOException {
        Relationship r = whole.relationship();
        json.writeStartObject();
        json.writeStringField("name", r.name());
        json.writeStringField("organisation", r.organisation());
        json.writeStringField("contactPerson", r.contactPerson());
        json.writeStringField("owner", r.owner());
        json.writeStringField("kind", ExchangeFormat.word(r.kind()));
        json.writeStringField("notes", r.notes());
        json.writeBooleanField("archived", r.archived());
        json.writeStringField("createdAt", r.createdAt().toString());
        json.writeStringField("updatedAt", r.updatedAt().toString());
        json.writeFieldName("repair");
        fields.object(RepairFields.SHEET, whole.repair());
        json.writeArrayFieldStart("milestones");
        for (StepMilestone milestone : whole.milestones()) {
            json.writeStartObject();
            fields.word("step", milestone.step());
            fields.date("reachedOn", milestone.reachedOn());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Ends the file; nothing is complete until this has run. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** Two spaces, "\n" on every system, "name": value, and empty lists as []. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
