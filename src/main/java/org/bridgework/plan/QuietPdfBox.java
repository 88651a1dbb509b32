package org.bridgework.plan;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox's routine warnings off standard error. On first use PDFBox looks for the 14 standard PDF
 * fonts on the system and warns about each one it replaces, although the plan uses none of them (its fonts
 * are embedded). Real failures still come as exceptions.
 */
final class QuietPdfBox {
    /** Held strongly: java.util.logging forgets a logger's level once nothing refers to the logger. */
    private static final Logger[] LOGGERS = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    private QuietPdfBox() {
    }

    static void apply() {
        for (Logger logger : LOGGERS) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
