package org.bridgework.exchange;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgework.fields.RepairFields;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.text.Texts;

/**
 * Reads an export file (docs/exchange-format.md) into model objects, checking all of it: the header first
 * (another program's JSON and a newer format are refused before anything else is looked at), then every
 * relationship, field by field. The first problem refuses the whole file, saying where it is; nothing is
 * written anywhere, so a refused file imports nothing.
 */
final class ExportReader {
    private final Path file;

    private ExportReader(Path file) {
        this.file = file;
    }

    /** What a valid file holds. */
    record Contents(String appVersion, List<WholeRelationship> relationships) {
    }

    /** Reads and checks the whole file, {@code size} bytes, from {@code in}; {@code file} names it in a refusal. */
    static Contents read(Path file, InputStream in, long size) throws ExchangeException {
        return new ExportReader(file).contents(JsonTree.read(file, in, size));
    }

    private Contents contents(Object root) throws ExchangeException {
        if (!(root instanceof Map<?, ?> header) || !ExchangeFormat.FORMAT.equals(header.get("format"))) {
            throw new ExchangeException(file, Texts.get("exchange.reason.foreign", ExchangeFormat.FORMAT));
        }
        if (header.get("formatVersion") instanceof BigInteger version
                && version.compareTo(BigInteger.valueOf(ExchangeFormat.VERSION)) > 0) {
            throw new ExchangeException(file, Texts.get("exchange.reason.newer", version.toString(),
                    String.valueOf(ExchangeFormat.VERSION)));
        }
        JsonFields f = JsonFields.of(file, root, Where.FILE);
        f.requiredText("format");
        int version = f.number("formatVersion");
        if (version < 1) {
            throw f.refusal("formatVersion", Texts.get("exchange.value.notVersion", String.valueOf(version)));
        }
        String appVersion = f.text("appVersion");
        if (!f.has("relationships")) {
            throw f.refusal("relationships", Texts.get("exchange.value.missing"));
        }
        List<WholeRelationship> relationships = new ArrayList<>();
        for (JsonFields entry : f.objects("relationships", "relationship")) {
            relationships.add(relationship(entry));
        }
        f.done();
        return new Contents(appVersion, relationships);
    }

    private WholeRelationship relationship(JsonFields entry) throws ExchangeException {
        String name = entry.requiredText("name");
        if (RelationshipNames.clean(name).isEmpty()) {
            throw entry.refusal("name", Texts.get("exchange.value.emptyName"));
        }
        JsonFields f = entry.named(name);
        Relationship relationship = new Relationship(0, name, f.text("organisation"), f.text("contactPerson"),
                f.text("owner"), f.word("kind", RelationshipKind.class), f.text("notes"), f.flag("archived"),
                f.time("createdAt"), f.time("updatedAt"));
        Optional<JsonFields> repairFields = f.optionalObject("repair");
        RepairCase repair = repairFields.isPresent() ? repair(repairFields.get()) : RepairCase.start(0);
        List<StepMilestone> milestones = new ArrayList<>();
        Set<RepairStep> reached = EnumSet.noneOf(RepairStep.class);
        for (JsonFields m : f.objects("milestones", "milestone")) {
            RepairStep step = m.word("step", RepairStep.class);
            if (!reached.add(step)) {
                throw m.refusal("step", Texts.get("exchange.value.twice", ExchangeFormat.word(step)));
            }
            milestones.add(new StepMilestone(step, m.date("reachedOn")));
            m.done();
        }
        f.done();
        return new WholeRelationship(relationship, repair, milestones);
    }

    private static RepairCase repair(JsonFields f) throws ExchangeException {
        RepairCase repair = SheetJsonReader.read(f, RepairFields.SHEET);
        f.done();
        return repair;
    }
}
