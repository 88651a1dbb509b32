package org.bridgework.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.bridgework.logging.AppLog;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help → Open log folder: the folder is made if no record was written yet; if it cannot be shown, the user is told where it is. */
class DiagnosticsTest {
    @TempDir
    Path data;
    private final List<String> errors = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @AfterEach
    void stop() {
        AppLog.stop();
    }

    @Test
    void theLogFolderIsMadeAndHandedToTheFileManager() {
        AppLog.start(data, "Bridgework");
        diagnostics(opened::add).openLogFolder();
        assertEquals(List.of(data.resolve("logs")), opened);
        assertTrue(Files.isDirectory(data.resolve("logs")), "made, though nothing was logged yet");
        assertEquals(List.of(), errors);
    }

    @Test
    void whenTheFolderCannotBeShownTheUserIsToldWhereItIs() {
        AppLog.start(data, "Bridgework");
        diagnostics(folder -> {
            throw new IOException("Cannot run program \"xdg-open\"");
        }).openLogFolder();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("You will find it here:\n" + data.resolve("logs")), errors.get(0));
    }

    @Test
    void withoutALogTheUserIsToldSo() {
        diagnostics(opened::add).openLogFolder();
        assertEquals(List.of("Bridgework is not keeping a log in this run."), errors);
        assertEquals(List.of(), opened);
    }

    @Test
    void theSystemsOwnCommandShowsAFolder() {
        Path folder = Path.of("/data/logs");
        assertEquals(List.of("xdg-open", "/data/logs"), FolderOpener.command("Linux", folder));
        assertEquals(List.of("open", "/data/logs"), FolderOpener.command("Mac OS X", folder));
        assertEquals(List.of("explorer.exe", folder.toString()), FolderOpener.command("Windows 11", folder));
    }

    private Diagnostics diagnostics(FolderOpener opener) {
        DialogService dialogs = (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("showError")) {
                        errors.add((String) args[1]);
                    }
                    return null;
                });
        return new Diagnostics(new ImmediateTaskRunner(), dialogs, new SimpleObjectProperty<>(), new SimpleBooleanProperty(),
                opener);
    }
}
