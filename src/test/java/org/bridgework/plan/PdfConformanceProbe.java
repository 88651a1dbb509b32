package org.bridgework.plan;

import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary: prints the structure of a PDF. */
public class PdfConformanceProbe {
    public static void main(String[] args) throws Exception {
        for (PlanVersion v : PlanVersion.values()) {
            byte[] pdf = PlanPdf.render(PlanSamples.example(v, Paper.A4));
            Files.write(Path.of("/tmp/new-" + v + ".pdf"), pdf);
            PdfStructure s = PdfStructure.of(pdf);
            System.out.println(s.language() + " | " + s.title() + " | " + s.displayTitle());
            System.out.println(s.outline());
            PdfConformance.failures(pdf).forEach(System.out::println);
        }
    }
}
