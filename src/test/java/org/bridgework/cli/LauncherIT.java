package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher script of the app image (target/bridgework/bin/bridgework), as a user runs it. */
class LauncherIT {
    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    @Test
    void helpPrintsTheUsageAndExitsZeroWithoutAWindow() throws Exception {
        Result result = launch("--help");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: bridgework [--workbook FILE]"), result.out());
        assertTrue(result.out().contains(folder.resolve("data").resolve("bridgework").resolve("workbook.db").toString()),
                "the default workbook honours XDG_DATA_HOME: " + result.out());
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Result result = launch("--version");
        assertEquals(0, result.code());
        assertTrue(result.out().strip().matches("Bridgework \\d+\\.\\d+\\.\\d+.*"), result.out());
    }

    @Test
    void anUnknownOptionPrintsTheUsageAndExitsTwo() throws Exception {
        Result result = launch("--colour", "blue");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("unknown option “--colour”"), result.err());
        assertTrue(result.err().contains("Usage: bridgework"), result.err());
    }

    @Test
    void checkSaysWhatIsWrongWithABadFileAndExitsOne() throws Exception {
        Path file = Files.write(folder.resolve("half.db"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e'});
        String before = FileBytes.sha256(file);
        Result result = launch("check", "--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("the file is incomplete"), result.err());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void checkAcceptsAGoodWorkbook() throws Exception {
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        Result result = launch("check", "--workbook", file.toString());
        assertEquals(0, result.code(), result.err());
    }

    @Test
    void withoutADisplayABadWorkbookIsExplainedOnStandardError() throws Exception {
        Path file = Files.writeString(folder.resolve("wrong.db"), "<html>a saved web page</html>");
        String before = FileBytes.sha256(file);
        Result result = launch("--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot open the workbook " + file), result.err());
        assertTrue(result.err().contains("this is not a workbook file"), result.err());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void withoutADisplayAGoodWorkbookSaysNoWindowCanOpen() throws Exception {
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        Result result = launch("--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot open a window"), result.err());
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("bridgework.launcher", "target/bridgework/bin/bridgework"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
