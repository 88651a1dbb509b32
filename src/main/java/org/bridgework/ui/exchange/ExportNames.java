package org.bridgework.ui.exchange;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.bridgework.exchange.ExchangeFormat;
import org.bridgework.text.Texts;

/** The file names File → Export… suggests, and the extensions it makes sure of. */
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

    /** The suggested name of an encrypted export: "acme-ltd.bridgework.json.gpg", as gpg itself names one. */
    static String encrypted(String suggested) {
        return suggested + ".gpg";
    }

    /**
     * An encrypted export's file: a name ending in ".gpg" or ".pgp" as it is, ".json" given ".gpg", any other
     * ".json.gpg" (so that {@code gpg --decrypt-files} names the opened file "….json").
     */
    static Path withGpgExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gpg") || lower.endsWith(".pgp")) {
            return chosen;
        }
        return chosen.resolveSibling(name + (lower.endsWith(".json") ? ".gpg" : ".json.gpg"));
    }

    private static String slug(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
