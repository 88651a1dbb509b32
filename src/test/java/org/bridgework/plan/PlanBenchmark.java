package org.bridgework.plan;

import java.util.Arrays;

/**
 * Times the plan's PDF: the example and a plan with 300 commitments, the first render in this JVM ("cold")
 * and the median of repeated renders once warm. Not a test: run by bench/plan-benchmark, which starts a new
 * JVM for each cold figure. Prints one line per figure: {@code NAME cold|warm MILLISECONDS PAGES BYTES}.
 */
public final class PlanBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "example";
        boolean warm = args.length > 1 && args[1].equals("warm");
        PlanRequest request = which.equals("300") ? PlanSamples.manyCommitments(300)
                : PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        if (!warm) {
            long start = System.nanoTime();
            byte[] pdf = PlanPdf.render(request);
            report(which, "cold", (System.nanoTime() - start) / 1e6, pdf);
            return;
        }
        byte[] pdf = null;
        for (int i = 0; i < WARM_UP; i++) {
            pdf = PlanPdf.render(request);
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdf = PlanPdf.render(request);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        report(which, "warm", times[RUNS / 2], pdf);
    }

    private static void report(String which, String mode, double millis, byte[] pdf) throws Exception {
        System.out.printf("%s %s %.0f %d %d%n", which, mode, millis, PdfText.of(pdf).pages().size(), pdf.length);
    }
}
