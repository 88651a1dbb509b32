package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader under the import: exactly one JSON value, read whole, or a plain refusal. */
class JsonTreeTest {
    private static final Path FILE = Path.of("in.json");

    @Test
    void readsEveryKindOfValueKeepingOrderAndExactNumbers() throws Exception {
        Object root = read("{\"b\": [1, 2.50, \"x\\u0000\uD83E\uDD1D\", true, false, null], \"a\": {}}");
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) root).keySet()));
        assertEquals(Arrays.asList(BigInteger.ONE, new BigDecimal("2.50"), "x\u0000\uD83E\uDD1D", true, false, null),
                ((Map<?, ?>) root).get("b"));
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ExchangeException e = assertThrows(ExchangeException.class, () -> read(deep));
        assertTrue(e.reason().startsWith("it is not a JSON file, or it is damaged"), e.reason());
    }

    @Test
    void aReadFailureHalfWayIsReportedAsUnreadable() {
        // The file system fails part-way (a disk or network error): the one case a test cannot make with a real
        // file when it runs as root, who reads any file.
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream("{\"format\": \"bridgework-".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Input/output error");
                    }
                });
        ExchangeException e = assertThrows(ExchangeException.class, () -> JsonTree.read(FILE, failing, 1000));
        assertEquals("the file could not be read (Input/output error)", e.reason());
    }

    private static Object read(String json) throws ExchangeException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonTree.read(FILE, new ByteArrayInputStream(bytes), bytes.length);
    }
}
