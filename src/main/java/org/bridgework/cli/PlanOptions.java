package org.bridgework.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanVersion;

/**
 * The options of the {@code plan} and {@code print} commands.
 *
 * @param relationship the relationship's name, matched as the app matches names (case and spacing aside)
 * @param out          where {@code plan} writes the PDF
 * @param version      internal unless {@code --shareable}
 * @param paper        A4 or Letter; empty: from the locale
 * @param printer      the printer {@code print} uses; empty: the default printer
 */
public record PlanOptions(Optional<String> relationship, Optional<Path> out, PlanVersion version, Optional<Paper> paper,
                          Optional<String> printer) {
    /** No plan options given. */
    public static final PlanOptions NONE = new PlanOptions(Optional.empty(), Optional.empty(), PlanVersion.INTERNAL,
            Optional.empty(), Optional.empty());

    public PlanOptions {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(printer, "printer");
    }
}
