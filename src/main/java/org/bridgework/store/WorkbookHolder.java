package org.bridgework.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Who holds a workbook open for editing, as written into its lock file: the process, the computer and since
 * when. Any part may be unknown (a lock file being rewritten at the moment it was read, or one written by hand).
 *
 * @param pid   the process id, or -1 if unknown
 * @param host  the computer's name, or "" if unknown
 * @param since when it was opened, or null if unknown
 */
public record WorkbookHolder(long pid, String host, Instant since) {
    private static final WorkbookHolder UNKNOWN = new WorkbookHolder(-1, "", null);

    public WorkbookHolder {
        host = host == null ? "" : host.strip();
    }

    /** This process, from {@code since}. */
    static WorkbookHolder thisProcess(Instant since) {
        return new WorkbookHolder(ProcessHandle.current().pid(), HostName.get(), since);
    }

    static WorkbookHolder unknown() {
        return UNKNOWN;
    }

    public OptionalLong processId() {
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    public Optional<String> hostName() {
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(since);
    }

    /** True if the holder is on this computer (or it is not known where: the usual case is this computer). */
    public boolean onThisComputer() {
        return host.isEmpty() || host.equalsIgnoreCase(HostName.get());
    }

    /** True if the holder is this very process. */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid() && onThisComputer();
    }

    /** The lock file's text: a comment for whoever finds the file, then one "key=value" line each. */
    String toFileText() {
        return "# Bridgework has this workbook open for editing. The lock is held by the process below, not by\n"
                + "# this file: once that process has ended, the file is harmless and may be deleted.\n"
                + "pid=" + pid + "\nhost=" + host + "\nsince=" + (since == null ? "" : since.toString()) + "\n";
    }

    /** Reads a lock file's text; whatever cannot be read is left unknown. */
    static WorkbookHolder parse(String text) {
        Properties values = new Properties();
        try {
            values.load(new java.io.StringReader(text));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
        long pid;
        try {
            pid = Long.parseLong(values.getProperty("pid", "-1").strip());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Instant since;
        try {
            String value = values.getProperty("since", "").strip();
            since = value.isEmpty() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            since = null;
        }
        return new WorkbookHolder(pid, values.getProperty("host", ""), since);
    }

    /** The computer's name, found once, without asking the network (which can take seconds when it is slow). */
    private static final class HostName {
        private static final String NAME = find();

        static String get() {
            return NAME;
        }

        private static String find() {
            String windows = System.getenv("COMPUTERNAME");
            if (windows != null && !windows.isBlank()) {
                return windows.strip();
            }
            for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
                try {
                    String name = java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
                    if (!name.isEmpty()) {
                        return name;
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // Not on this system; try the next way.
                }
            }
            String unix = System.getenv("HOSTNAME");
            return unix == null ? "" : unix.strip();
        }
    }
}
