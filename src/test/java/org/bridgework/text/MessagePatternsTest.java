package org.bridgework.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the messages bundle is a pattern MessageFormat accepts, and one that
 * chooses its words by a number (a choice) formats for none, one and several. A broken pattern only throws
 * when the screen that shows it is drawn, which left a step blank once. (The command line's bundle is read by
 * picocli, whose ${...} variables are not MessageFormat's; the guidance bundle has GuidanceTextTest.)
 */
class MessagePatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.bridgework.text.messages"})
    void everyPatternCompilesAndEveryChoiceFormats(String bundleName) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.ROOT);
        List<String> broken = new ArrayList<>();
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            try {
                MessageFormat format = new MessageFormat(pattern, Locale.UK);
                if (pattern.contains(",choice,")) {
                    for (long n : new long[] {0, 1, 5}) {
                        Object[] arguments = new Object[10];
                        Arrays.fill(arguments, n);
                        format.format(arguments);
                    }
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }
}
