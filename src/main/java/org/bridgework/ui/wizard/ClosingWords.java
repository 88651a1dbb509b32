package org.bridgework.ui.wizard;

import java.util.stream.Collectors;
import org.bridgework.model.repair.ClosingReadiness;
import org.bridgework.text.Texts;

/** Whether the record supports closing the repair, in words: in Rebuild and in the Finish dialog. */
final class ClosingWords {
    private ClosingWords() {
    }

    static String line(ClosingReadiness closing) {
        if (closing.suggested()) {
            return Texts.guidance("closing.suggested");
        }
        return Texts.guidance("closing.notYet", closing.gaps().stream()
                .map(gap -> Texts.guidance("closing.gap." + gap.name())).collect(Collectors.joining("; ")));
    }
}
