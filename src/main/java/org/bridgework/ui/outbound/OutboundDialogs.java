package org.bridgework.ui.outbound;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the calendar export and the e-mail drafts ask, behind an interface so tests can answer them. */
public interface OutboundDialogs {
    /**
     * Which calendar to write.
     *
     * @param selectedName the selected relationship's name, or null when none is selected
     */
    Optional<CalendarChoice> chooseCalendar(String selectedName);

    /** Where to save a file of the given extension (".ics", ".eml", ".pdf"), suggesting a name. */
    Optional<Path> chooseTarget(String title, Path folder, String suggestedName, String filterLabel, String extension);

    /**
     * Who the draft goes to, as typed ("Nadia Brook &lt;nadia@example.com&gt;", several separated by commas); may be
     * left empty. Asked again, with the problem, while what is typed is not an address.
     */
    Optional<String> askRecipients(String relationshipName, String suggested, String problem);
}
