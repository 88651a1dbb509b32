package org.bridgework.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.store.TeamAddress;

/**
 * A team workbook's address given to {@code --workbook} in place of a file. The option reads a path, which folds
 * the address's "//" into one slash ({@code postgresql:/user@host/db}); no file's name starts so, so the
 * address is read back from it whole.
 */
final class TeamArgument {
    private TeamArgument() {
    }

    /**
     * The address, if {@code workbook} is one.
     *
     * @throws CommandFailure with a plain reason if it is written like an address but is not a usable one
     */
    static Optional<TeamAddress> of(Path workbook) throws CommandFailure {
        String full = TeamAddress.unfold(workbook.toString());
        if (!TeamAddress.looksLike(full)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TeamAddress.parse(full));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(org.bridgework.text.Texts.get("cli.team.badAddress", full, e.getMessage()));
        }
    }

    /** {@link #of}, for a caller that only needs to know whether the workbook is on a server. */
    static boolean isTeam(Path workbook) {
        try {
            return of(workbook).isPresent();
        } catch (CommandFailure e) {
            return true;
        }
    }
}
