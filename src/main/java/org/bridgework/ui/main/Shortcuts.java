package org.bridgework.ui.main;

import java.util.List;
import org.bridgework.text.Texts;

/** Every keyboard shortcut of the app, in one list: the Help sheet shows it, the README copies it. */
final class Shortcuts {
    /** One shortcut: the keys as written on screen, and what they do. */
    record Shortcut(String keys, String action) {
    }

    private Shortcuts() {
    }

    static List<Shortcut> all() {
        return List.of(
                new Shortcut("Ctrl+N", Texts.get("shortcut.newRelationship")),
                new Shortcut("F2", Texts.get("shortcut.rename")),
                new Shortcut("Ctrl+Shift+A", Texts.get("shortcut.archive")),
                new Shortcut("Delete", Texts.get("shortcut.delete")),
                new Shortcut("Ctrl+Z", Texts.get("shortcut.undoDelete")),
                new Shortcut("Ctrl+Shift+T", Texts.get("shortcut.trash")),
                new Shortcut("Ctrl+F", Texts.get("shortcut.find")),
                new Shortcut("Esc", Texts.get("shortcut.clearSearch")),
                new Shortcut("\u2193 / Enter", Texts.get("shortcut.listAndForm")),
                new Shortcut("Ctrl+0", Texts.get("shortcut.weekView")),
                new Shortcut("Enter / D / M / S", Texts.get("shortcut.weekKeys")),
                new Shortcut("Ctrl+1", Texts.get("shortcut.detailsView")),
                new Shortcut("Ctrl+2", Texts.get("shortcut.repairView")),
                new Shortcut("Ctrl+3", Texts.get("shortcut.timelineView")),
                new Shortcut("D / M / Enter", Texts.get("shortcut.timelineKeys")),
                new Shortcut("Enter / Delete", Texts.get("shortcut.apologyFound")),
                new Shortcut("Ctrl+4", Texts.get("shortcut.planView")),
                new Shortcut("Ctrl+P", Texts.get("shortcut.print")),
                new Shortcut("Ctrl+E", Texts.get("shortcut.savePdf")),
                new Shortcut("Ctrl+Shift+E", Texts.get("shortcut.export")),
                new Shortcut("Ctrl+Shift+K", Texts.get("shortcut.exportCalendar")),
                new Shortcut("Ctrl+M", Texts.get("shortcut.brief")),
                new Shortcut("Ctrl+I", Texts.get("shortcut.import")),
                new Shortcut("Ctrl+PageDown", Texts.get("shortcut.nextStep")),
                new Shortcut("Ctrl+PageUp", Texts.get("shortcut.previousStep")),
                new Shortcut("F4 / Alt+\u2193", Texts.get("shortcut.openChoice")),
                new Shortcut("Ctrl+Shift+H", Texts.get("shortcut.showArchived")),
                new Shortcut("Ctrl+Shift+D", Texts.get("shortcut.dark")),
                // Issue 19: zoom (Ctrl+0 stays This week, so Actual size takes Shift too)
                new Shortcut("Ctrl+= / Ctrl++", Texts.get("shortcut.zoomIn")),
                new Shortcut("Ctrl+-", Texts.get("shortcut.zoomOut")),
                new Shortcut("Ctrl+Shift+0", Texts.get("shortcut.actualSize")),
                new Shortcut("Ctrl+Shift+N", Texts.get("shortcut.newWorkbook")),
                new Shortcut("Ctrl+O", Texts.get("shortcut.openWorkbook")),
                new Shortcut("Ctrl+Shift+B", Texts.get("shortcut.backUpNow")),
                new Shortcut("Ctrl+,", Texts.get("shortcut.preferences")),
                new Shortcut("Ctrl+S", Texts.get("shortcut.saveNow")),
                new Shortcut("Ctrl+Shift+S", Texts.get("shortcut.saveCopy")),
                new Shortcut("F5", Texts.get("shortcut.reopen")),
                // Issue 17 (history): team workbooks only
                new Shortcut("Ctrl+Shift+Y", Texts.get("shortcut.history")),
                new Shortcut("Ctrl+Shift+L", Texts.get("shortcut.share")),
                new Shortcut("Ctrl+Q", Texts.get("shortcut.quit")),
                new Shortcut("F1", Texts.get("shortcut.help")),
                new Shortcut("Alt+H, \u2193", Texts.get("shortcut.helpMenu")),
                new Shortcut("Alt", Texts.get("shortcut.menus")),
                new Shortcut("Tab / Shift+Tab", Texts.get("shortcut.tab")),
                new Shortcut("Enter / Esc", Texts.get("shortcut.dialogs")));
    }
}
