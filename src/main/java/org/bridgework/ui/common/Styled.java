package org.bridgework.ui.common;

import javafx.scene.Node;

/** For views built in code: a node with its style classes, in one expression. */
public final class Styled {
    private Styled() {
    }

    public static <N extends Node> N styled(N node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
