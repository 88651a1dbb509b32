package org.bridgework.offsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a secret store's command-line tool: the secret goes in on standard input and comes out on standard
 * output, never on the command line (where other users' {@code ps} would show it).
 */
final class ToolProcess {
    /** A secret store that does not answer in this time is treated as unavailable, not waited for. */
    private static final long TIMEOUT_SECONDS = 20;

    /** What the tool said. */
    record Result(int exitCode, byte[] output, String errors) {
    }

    private ToolProcess() {
    }

    /** The executable {@code name} in one of the folders of {@code PATH}, if there is one. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }

    static Result run(List<String> command, char[] input) throws SecretStoreException {
        return run(command, Map.of(), input);
    }

    static Result run(List<String> command, Map<String, String> environment, char[] input) throws SecretStoreException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new SecretStoreException(command.get(0) + " could not be started: " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> output = readAll(process.getInputStream());
        CompletableFuture<byte[]> errors = readAll(process.getErrorStream());
        byte[] bytes = input == null ? new byte[0] : utf8(input);
        try (OutputStream in = process.getOutputStream()) {
            in.write(bytes);
        } catch (IOException e) {
            // The tool may have exited without reading; its exit code and message say why.
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SecretStoreException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " seconds");
            }
            return new Result(process.exitValue(), output.join(),
                    new String(errors.join(), StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new SecretStoreException("interrupted while waiting for " + command.get(0), e);
        }
    }

    static char[] chars(byte[] utf8) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] chars = Arrays.copyOf(decoded.array(), decoded.limit());
        Arrays.fill(decoded.array(), '\0');
        Arrays.fill(utf8, (byte) 0);
        return chars;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private static CompletableFuture<byte[]> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream; ByteArrayOutputStream all = new ByteArrayOutputStream()) {
                in.transferTo(all);
                return all.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }
}
