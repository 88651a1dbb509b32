package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's stylesheets parse without an error. JavaFX only logs a warning for a broken rule and drops what
 * follows it, so a lost brace once left every later rule (This week's, the reminder's) unstyled unnoticed.
 */
class StylesheetsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "theme-light.css", "theme-dark.css", "theme-high-contrast.css"})
    void parsesWithoutErrors(String name) throws Exception {
        URL sheet = StylesheetsParseTest.class.getResource("/org/bridgework/ui/common/" + name);
        assertNotNull(sheet, name);
        CssParser.errorsProperty().clear();
        new CssParser().parse(sheet);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors, name);
    }
}
