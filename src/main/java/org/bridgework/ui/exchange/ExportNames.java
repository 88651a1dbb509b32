package org.bridgework.ui.exchange;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.bridgework.exchange.ExchangeFormat;
import org.bridgework.text.Texts;

/** The file names File → Export… suggests, and the extension it makes sure of. */
final class ExportNames {
    private ExportNames() {
    }

    /** "acme-ltd.bridgework.json" for "Acme Ltd": letters and digits of any script, the rest as single dashes. */
    static String forRelationship(String name) {
        String slug = slug(name);
        return (slug.isEmpty() ? Texts.get("export.fileName.relationship") : slug) + ExchangeFormat.FILE_SUFFIX;
    }

    /** "workbook-2026-11-23.bridgework.json" for workbook.db on that day. */
    static String forWorkbook(Path workbook, LocalDate today) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = slug(dot > 0 ? name.substring(0, dot) : name);
        return Texts.get("export.fileName.workbook", base.isEmpty() ? "workbook" : base, today.toString())
                + ExchangeFormat.FILE_SUFFIX;
    }

    /** The file with ".json" added unless its name already ends so (in any case). */
    static Path withJsonExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? chosen : chosen.resolveSibling(name + ".json");
    }

    private static String slug(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
