package org.bridgework.cli;

import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanVersion;
import org.bridgework.text.Texts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code plan} and {@code print} share: whose plan, which version, on what paper. */
final class PlanChoices {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--relationship", paramLabel = "NAME", required = true, descriptionKey = "relationship.plan")
    String relationship;

    @Option(names = "--shareable", descriptionKey = "shareable")
    boolean shareable;

    Paper paper;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "paper")
    void paper(String value) {
        paper = Paper.parse(value);
        if (paper == null) {
            throw new ParameterException(command.commandLine(), Texts.get("cli.error.paper", value));
        }
    }

    PlanVersion version() {
        return shareable ? PlanVersion.SHAREABLE : PlanVersion.INTERNAL;
    }
}
