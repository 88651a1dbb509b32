package org.bridgework.ui.wizard;

import java.util.List;
import org.bridgework.text.Texts;

/** How the values of the model's enums read on screen: key {@code enum.<Type>.<NAME>}. */
final class EnumNames {
    private EnumNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? "" : Texts.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static <E extends Enum<E>> List<E> all(Class<E> type) {
        return List.of(type.getEnumConstants());
    }
}
