package org.bridgework.testing;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A small real file system of its own, mounted for one test, so a workbook can meet a full disk or a disk
 * that turns read-only: a tmpfs of a given size, or an ext4 image on a loop device mounted
 * {@code errors=remount-ro} (the kernel's own way of turning a failing disk read-only under open files).
 * Mounting needs root. Where it is not possible the test is skipped, unless the environment variable
 * {@code BRIDGEWORK_REQUIRE_MOUNT=1} is set (CI sets it), and then it fails: a disk test never passes untried.
 */
public final class ScratchDisk implements AutoCloseable {
    private static final String REQUIRE = "BRIDGEWORK_REQUIRE_MOUNT";

    private final Path mountPoint;
    private final Path image;
    private Path filler;
    private boolean mounted;

    private ScratchDisk(Path mountPoint, Path image) {
        this.mountPoint = mountPoint;
        this.image = image;
    }

    /** A tmpfs of {@code size} (as mount takes it: "2m", "512k"); skips or fails the test if it cannot be mounted. */
    public static ScratchDisk tmpfs(String size) throws IOException {
        ScratchDisk disk = new ScratchDisk(Files.createTempDirectory("bridgework-disk-"), null);
        disk.mountOrGiveUp(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs",
                disk.mountPoint.toString()));
        return disk;
    }

    /**
     * An ext4 file system of {@code megabytes} on a loop device, mounted {@code errors=remount-ro}, so that
     * {@link #failIntoReadOnly()} makes the kernel turn it read-only with files open on it.
     */
    public static ScratchDisk ext4(int megabytes) throws IOException {
        Path image = Files.createTempFile("bridgework-disk-", ".img");
        ScratchDisk disk = new ScratchDisk(Files.createTempDirectory("bridgework-disk-"), image);
        try (var file = new java.io.RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(megabytes * 1024L * 1024L);
        }
        if (disk.run(List.of("mkfs.ext4", "-q", "-F", image.toString())) != 0) {
            disk.close();
            disk.giveUp("mkfs.ext4 failed");
        }
        disk.mountOrGiveUp(List.of("mount", "-o", "loop,errors=remount-ro", image.toString(), disk.mountPoint.toString()));
        return disk;
    }

    /** Where the file system is mounted. */
    public Path folder() {
        return mountPoint;
    }

    /** Fills the file system to the last byte with a filler file. */
    public void fill() throws IOException {
        fillLeaving(0);
    }

    /** Fills the file system with a filler file until only about {@code freeBytes} are left. */
    public void fillLeaving(long freeBytes) throws IOException {
        filler = mountPoint.resolve("filler");
        long toWrite = Files.getFileStore(mountPoint).getUsableSpace() - freeBytes;
        byte[] block = new byte[4096];
        try (OutputStream out = new FileOutputStream(filler.toFile(), true)) {
            for (long written = 0; freeBytes == 0 || written + block.length <= toWrite; written += block.length) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            if (freeBytes != 0) {
                throw full;
            }
            // "No space left on device": that is the point.
        }
    }

    /** Deletes the filler file, freeing its space. */
    public void free() throws IOException {
        if (filler != null) {
            Files.deleteIfExists(filler);
        }
    }

    /** Bytes that can still be written. */
    public long usableSpace() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /**
     * Makes the kernel report an error on this ext4 file system; mounted {@code errors=remount-ro}, it turns
     * read-only at once, files open or not, as it does when a disk fails. It stays so until unmounted.
     */
    public void failIntoReadOnly() throws IOException {
        if (image == null) {
            throw new IllegalStateException("only an ext4 scratch disk can be failed");
        }
        String device = Path.of(output(List.of("findmnt", "-no", "SOURCE", mountPoint.toString())).trim())
                .getFileName().toString();
        Files.writeString(Path.of("/sys/fs/ext4", device, "trigger_fs_error"), "1", StandardCharsets.US_ASCII);
        // Linux 6.x marks it read-only inside ext4 ("emergency_ro"): the mount options still say rw, writes fail.
        Assertions.assertThrows(java.nio.file.FileSystemException.class,
                () -> Files.createFile(mountPoint.resolve("written-after-the-error")), "the disk turned read-only");
    }

    /** Unmounts and mounts the ext4 image again (read-write): what a user would do after checking the disk. */
    public void remount() throws IOException {
        unmount();
        mountOrGiveUp(List.of("mount", "-o", "loop,errors=remount-ro", image.toString(), mountPoint.toString()));
    }

    /** Unmounts (lazily if something still holds it open) and deletes the mount point and image. */
    @Override
    public void close() throws IOException {
        try {
            unmount();
        } finally {
            Files.deleteIfExists(mountPoint);
            if (image != null) {
                Files.deleteIfExists(image);
            }
        }
    }

    private void unmount() throws IOException {
        if (mounted && run(List.of("umount", mountPoint.toString())) != 0) {
            run(List.of("umount", "-l", mountPoint.toString()));
        }
        mounted = false;
    }

    private void mountOrGiveUp(List<String> command) throws IOException {
        List<String> out = new ArrayList<>();
        if (run(command, out) != 0) {
            Files.deleteIfExists(mountPoint);
            if (image != null) {
                Files.deleteIfExists(image);
            }
            giveUp(String.join(" ", command) + " failed: " + String.join("\n", out));
        }
        mounted = true;
    }

    private void giveUp(String why) {
        if ("1".equals(System.getenv(REQUIRE))) {
            Assertions.fail(REQUIRE + "=1, but a scratch file system could not be made: " + why);
        }
        Assumptions.assumeTrue(false, "skipped, no scratch file system (needs root): " + why);
    }

    private int run(List<String> command) throws IOException {
        return run(command, new ArrayList<>());
    }

    private static int run(List<String> command, List<String> output) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            output.add(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            return process.waitFor();
        } catch (IOException e) {
            output.add(e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }

    private static String output(List<String> command) throws IOException {
        List<String> out = new ArrayList<>();
        if (run(command, out) != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out.get(0);
    }
}
