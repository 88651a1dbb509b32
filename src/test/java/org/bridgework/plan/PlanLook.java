package org.bridgework.plan;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the example's plans to a folder, to look at: PlanLook FOLDER. */
public final class PlanLook {
    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/plan-look"));
        Files.write(folder.resolve("plan-internal.pdf"), PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
        Files.write(folder.resolve("plan-shareable.pdf"), PlanPdf.render(PlanSamples.example(PlanVersion.SHAREABLE, Paper.A4)));
        Files.write(folder.resolve("plan-letter.pdf"), PlanPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.LETTER)));
        Files.write(folder.resolve("plan-300.pdf"), PlanPdf.render(PlanSamples.manyCommitments(300)));
        Files.write(folder.resolve("brief-a4.pdf"), BriefPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
        Files.write(folder.resolve("brief-huge-letter.pdf"), BriefPdf.render(BriefPdfTest.huge(Paper.LETTER)));
        Files.writeString(folder.resolve("plan-internal.html"), PlanHtml.build(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
    }
}
