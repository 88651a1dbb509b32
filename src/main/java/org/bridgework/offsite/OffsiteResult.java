package org.bridgework.offsite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What became of an off-disk copy. Problems are reported here, never thrown: a missing or full folder must not
 * stop the user's work.
 *
 * @param made    the copy written now; empty if today's was there already, or on a problem
 * @param problem why no copy was made; empty if one was made or was there already
 * @param detail  the technical reason, for the tooltip and the log; empty when all went well
 * @param copiedAt when the copy of today there was written (now, or earlier today); empty on a problem
 */
public record OffsiteResult(Optional<Path> made, Optional<OffsiteProblem> problem, String detail,
                            Optional<Instant> copiedAt) {
    static OffsiteResult made(Path copy, Instant now) {
        return new OffsiteResult(Optional.of(copy), Optional.empty(), "", Optional.of(now));
    }

    static OffsiteResult alreadyThere(Instant writtenAt) {
        return new OffsiteResult(Optional.empty(), Optional.empty(), "", Optional.of(writtenAt));
    }

    /** The folder is not there (a disk not plugged in). */
    public static OffsiteResult missing(Path folder) {
        return failed(OffsiteProblem.FOLDER_MISSING, folder + " is not there");
    }

    static OffsiteResult failed(OffsiteProblem problem, String detail) {
        return new OffsiteResult(Optional.empty(), Optional.of(problem), detail == null ? "" : detail, Optional.empty());
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}
