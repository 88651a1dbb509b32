package org.bridgework.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgework.text.Texts;

/**
 * Reads a whole JSON document into plain Java values, refusing anything that is not exactly one JSON value:
 * objects become {@link LinkedHashMap}s (a name given twice is refused), arrays {@link ArrayList}s, strings
 * {@link String}s, whole numbers {@link java.math.BigInteger}s, other numbers {@link java.math.BigDecimal}s,
 * true and false {@link Boolean}s and null {@code null}. Checking what the values mean is the caller's job.
 */
final class JsonTree {
    /** Far deeper than an export goes; deeper input is refused before it can exhaust the stack. */
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, ExchangeFormat.MAX_FILE_BYTES))
                    .maxDocumentLength(ExchangeFormat.MAX_FILE_BYTES)
                    .build())
            .build();

    private final Path file;
    private JsonParser parser;
    /** True once the document has begun as an object or a list, as an export does. */
    private boolean opened;

    private JsonTree(Path file) {
        this.file = file;
    }

    /**
     * The document's one value.
     *
     * @param file names the file in a refusal
     * @param size how many bytes {@code in} holds: a problem at its very end means the file was cut off
     */
    static Object read(Path file, InputStream in, long size) throws ExchangeException {
        JsonTree tree = new JsonTree(file);
        try (JsonParser parser = FACTORY.createParser(in)) {
            tree.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ExchangeException(file, Texts.get("exchange.reason.empty"));
            }
            tree.opened = first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY;
            Object root = tree.value(first);
            if (parser.nextToken() != null) {
                throw tree.notJson(parser.currentTokenLocation(), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Input that ends inside an object or list was cut off. (Jackson reports some ends of input as a
            // JsonEOFException and others, between entries, not; a text file that is no JSON also ends in error.)
            if (tree.opened && (e instanceof JsonEOFException || at != null && at.getByteOffset() >= size)) {
                throw new ExchangeException(file, Texts.get("exchange.reason.cutOff", line(at)), e);
            }
            throw tree.notJson(at, e);
        } catch (IOException e) {
            throw new ExchangeException(file, Texts.get("exchange.reason.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    private Object value(JsonToken token) throws IOException, ExchangeException {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw notJson(parser.currentTokenLocation(), null);
        };
    }

    private Map<String, Object> object() throws IOException, ExchangeException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            Object value = value(parser.nextToken());
            if (fields.containsKey(name)) {
                throw new ExchangeException(file, Texts.get("exchange.reason.twice", name, line(at)));
            }
            fields.put(name, value);
        }
        return fields;
    }

    private List<Object> array() throws IOException, ExchangeException {
        List<Object> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            values.add(value(token));
        }
        return values;
    }

    private ExchangeException notJson(JsonLocation at, Throwable cause) {
        String reason = Texts.get("exchange.reason.notJson", line(at), at == null ? 0 : at.getColumnNr());
        return cause == null ? new ExchangeException(file, reason) : new ExchangeException(file, reason, cause);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }
}
