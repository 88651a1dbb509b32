package org.bridgework.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.ApologyWarning;
import org.bridgework.model.repair.MatchedWords;
import org.bridgework.text.Texts;

/**
 * An apology check as one JSON object, for {@code bridgework apology-check --json}: the six parts under the
 * export format's names (found or not), the warnings with their plain reason, and the language guess.
 * The matched words are given too, under {@code "matched"}, so a script can show them.
 */
public final class ApologyCheckJson {
    private ApologyCheckJson() {
    }

    public static void write(ApologyCheck check, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("components");
            for (ApologyComponent component : ApologyComponent.values()) {
                json.writeBooleanField(ExchangeFormat.word(component), check.get(component).present());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("matched");
            for (ApologyComponent component : ApologyComponent.values()) {
                json.writeArrayFieldStart(ExchangeFormat.word(component));
                for (MatchedWords words : check.get(component).found()) {
                    json.writeString(words.words());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("warnings");
            for (ApologyWarning warning : check.warnings()) {
                json.writeStartObject();
                json.writeStringField("kind", warning.kind().code());
                json.writeStringField("text", Texts.get("apology.warning." + warning.kind().code()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("language", check.language().code());
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }
}
