package org.bridgework.model.team;

import java.util.List;
import java.util.Objects;

/**
 * Who may see and change one relationship of a team workbook, as its server enforces it.
 *
 * @param owner     the login that owns it: reads, changes, shares, hands over and deletes it for good
 * @param editors   colleagues' logins that may read and change it
 * @param teamReads whether everyone else on the team may read it (but not change it)
 */
public record Sharing(String owner, List<String> editors, boolean teamReads) {
    public Sharing {
        Objects.requireNonNull(owner, "owner");
        editors = List.copyOf(editors);
    }

    /** Kept to its owner alone. */
    public static Sharing privateTo(String owner) {
        return new Sharing(owner, List.of(), false);
    }

    public Sharing withEditors(List<String> logins) {
        return new Sharing(owner, logins, teamReads);
    }

    public Sharing withTeamReads(boolean reads) {
        return new Sharing(owner, editors, reads);
    }

    /** Whether {@code login} may change the relationship (the owner or an editor). */
    public boolean mayEdit(String login) {
        return owner.equals(login) || editors.contains(login);
    }
}
