package org.bridgework.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "A Bridgework process is editing this workbook": an exclusive OS lock on {@code <workbook>.lock} beside it.
 * The operating system lets go of the lock when the process ends, however it ends, so a crash never leaves a
 * workbook locked; a lock file without a lock is harmless. The file holds who took the lock, for the message
 * another instance shows.
 *
 * <p>Why a file of its own: SQLite locks the workbook with POSIX locks, which a process loses on that file as
 * soon as it closes <em>any</em> descriptor of it; so Java never locks, or opens, the database file while it is
 * in use. For the same reason this process keeps one channel per lock file: within the process the lock is
 * counted, not taken twice (which would throw {@link java.nio.channels.OverlappingFileLockException}).
 */
final class WorkbookLock {
    /** The locked byte lies past the text, so the text stays readable where locks are mandatory (Windows). */
    private static final long LOCKED_BYTE = 1L << 20;
    /** How long to keep trying: a quick look by {@code bridgework check} holds the lock for a moment. */
    private static final long TRY_FOR_MS = 300;
    private static final long RETRY_EVERY_MS = 20;
    private static final int ATTEMPTS = 5;
    private static final java.util.Set<StandardOpenOption> OPEN_OR_CREATE =
            java.util.EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    /**
     * Where files have an identity (device and inode), a lock file is removed when the workbook closes; elsewhere
     * (Windows) it stays, as a file cannot safely be removed while another process may have it open.
     */
    private static final boolean IDENTITIES =
            java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    /** The locks this process holds, by lock file, with how many open workbooks use each. */
    private static final Map<Path, WorkbookLock> HELD = new HashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    /** Held while the channel is open; closing the channel lets go of it. */
    private final FileLock lock;
    private final WorkbookHolder holder;
    private final boolean deleteOnRelease;
    private int users = 1;

    private WorkbookLock(Path lockFile, FileChannel channel, FileLock lock, WorkbookHolder holder,
                         boolean deleteOnRelease) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
        this.deleteOnRelease = deleteOnRelease;
    }

    /** The lock file of {@code workbook}: beside the real file (symbolic links followed), named after it. */
    static Path lockFileOf(Path workbook) {
        Path real = WorkbookPaths.canonical(workbook);
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code workbook} for this process, or counts one more user if this process has it.
     *
     * @throws WorkbookException {@link WorkbookProblem#OPEN_ELSEWHERE} naming the holder if another process has
     *                           it; {@code CANNOT_CREATE} or {@code READ_ONLY} if the lock file cannot be made
     */
    static WorkbookLock acquire(Path workbook, Clock clock) throws WorkbookException {
        Path lockFile = lockFileOf(workbook);
        synchronized (HELD) {
            WorkbookLock mine = HELD.get(lockFile);
            if (mine != null) {
                mine.users++;
                return mine;
            }
            WorkbookLock taken = take(workbook, lockFile, clock);
            HELD.put(lockFile, taken);
            return taken;
        }
    }

    /**
     * Who holds the lock of {@code workbook}, if anyone does; never creates, changes or keeps the lock file.
     * Another process's holder is seen only while its lock is held, so a left-over file does not count.
     */
    static Optional<WorkbookHolder> holderOf(Path workbook) {
        Path lockFile = lockFileOf(workbook);
        synchronized (HELD) {
            WorkbookLock mine = HELD.get(lockFile);
            if (mine != null) {
                return Optional.of(mine.holder);
            }
            try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.READ)) {
                // A shared lock: two looks at once do not stop each other, only the editor's lock does.
                FileLock look = probe.tryLock(LOCKED_BYTE, 1, true);
                if (look != null) {
                    look.release();
                    return Optional.empty();
                }
                return Optional.of(readHolder(lockFile));
            } catch (IOException e) {
                // No lock file (or none readable): nobody is editing it.
                return Optional.empty();
            }
        }
    }

    /** One user fewer; the last one lets go of the lock and removes the lock file. */
    void release() {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(lockFile);
            try {
                // Removed while still locked: whoever waits for this lock then finds the file gone, and tries again.
                if (deleteOnRelease) {
                    Files.deleteIfExists(lockFile);
                }
            } catch (IOException e) {
                // A lock file without a lock is harmless.
            } finally {
                closeQuietly(channel);
            }
        }
    }

    WorkbookHolder holder() {
        return holder;
    }

    private static WorkbookLock take(Path workbook, Path lockFile, Clock clock) throws WorkbookException {
        boolean existed = Files.exists(workbook);
        try {
            Files.createDirectories(lockFile.getParent(), FilePermissions.privateFolder());
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Object before = fileKey(lockFile);
                FileChannel channel = FileChannel.open(lockFile, OPEN_OR_CREATE, FilePermissions.privateFile());
                Object opened = fileKey(lockFile);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    closeQuietly(channel);
                    WorkbookHolder holder = readHolder(lockFile);
                    throw new WorkbookException(workbook, holder, describe(lockFile, holder));
                }
                // The last holder deletes its file before letting go, so the lock just taken may be on a file no
                // longer there: the name must have led to the same file before opening, after, and once locked.
                boolean sameFile = !IDENTITIES || (opened != null && opened.equals(fileKey(lockFile))
                        && (before == null || before.equals(opened)));
                if (!sameFile) {
                    closeQuietly(channel);
                    continue;
                }
                WorkbookHolder holder = WorkbookHolder.thisProcess(clock.instant());
                write(channel, holder);
                return new WorkbookLock(lockFile, channel, lock, holder, IDENTITIES);
            }
            throw new IOException("the lock file " + lockFile + " kept changing");
        } catch (IOException e) {
            WorkbookProblem problem = existed ? WorkbookProblem.READ_ONLY : WorkbookProblem.CANNOT_CREATE;
            throw new WorkbookException(workbook, problem, "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        long until = System.nanoTime() + TRY_FOR_MS * 1_000_000;
        while (true) {
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock != null || System.nanoTime() >= until) {
                return lock;
            }
            try {
                Thread.sleep(RETRY_EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static void write(FileChannel channel, WorkbookHolder holder) throws IOException {
        channel.truncate(0);
        ByteBuffer text = ByteBuffer.wrap(holder.toFileText().getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (text.hasRemaining()) {
            at += channel.write(text, at);
        }
        // Not forced to disk: the text is only for messages, and the lock lives in the system, not the file.
    }

    /** Read only by a process without the lock: within the holding one, closing a reader would drop its lock. */
    private static WorkbookHolder readHolder(Path lockFile) {
        try {
            byte[] bytes = Files.readAllBytes(lockFile);
            return WorkbookHolder.parse(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return WorkbookHolder.unknown();
        }
    }

    private static String describe(Path lockFile, WorkbookHolder holder) {
        return "locked through " + lockFile + " by process " + holder.processId().stream().mapToObj(Long::toString)
                .findFirst().orElse("?") + " on " + holder.hostName().orElse("?") + " since "
                + holder.openedAt().map(Object::toString).orElse("?");
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing lets go of the lock either way.
        }
    }

    @Override
    public String toString() {
        return "WorkbookLock[" + lockFile + ", " + Objects.toString(holder) + "]";
    }
}
