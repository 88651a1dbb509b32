package org.bridgework.testing;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.bridgework.ui.common.DialogService;

/** Dialogs for a test that expects none: any question or message fails it, naming what was asked. */
public final class NoDialogs {
    private NoDialogs() {
    }

    public static DialogService expected() {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    throw new AssertionError("unexpected dialog: " + method.getName() + " "
                            + (args == null ? "" : Arrays.toString(args)));
                });
    }
}
