package org.bridgework.cli;

import org.bridgework.about.Version;
import org.bridgework.text.Texts;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Texts.get("cli.version", Version.current())};
    }
}
