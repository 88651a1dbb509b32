package org.bridgework.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's verdict on a PDF for PDF/UA-1 and PDF/A-2a at once: each file is parsed once and checked against
 * both rule sets by one validator, made once for all tests (building it loads and compiles both profiles).
 */
public final class PdfConformance {
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
    private static PDFAValidator validator;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    private static synchronized PDFAValidator validator() {
        if (validator == null) {
            validator = Foundries.defaultInstance().createValidator(FLAVOURS);
        }
        return validator;
    }

    /** The failed rules, by flavour and rule, each with how often and the first place; empty when it conforms. */
    public static synchronized List<String> failures(byte[] pdf) throws Exception {
        List<String> failures = new ArrayList<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1)) {
            List<ValidationResult> results = validator().validateAll(parser);
            if (results.size() != FLAVOURS.size()) {
                throw new AssertionError("veraPDF checked " + results.size() + " flavours, not " + FLAVOURS.size());
            }
            for (ValidationResult result : results) {
                Map<String, List<TestAssertion>> failed = new TreeMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        failed.computeIfAbsent(assertion.getRuleId().getClause() + "-"
                                + assertion.getRuleId().getTestNumber(), k -> new ArrayList<>()).add(assertion);
                    }
                }
                failed.forEach((rule, list) -> failures.add(result.getPDFAFlavour() + " " + rule + " x" + list.size()
                        + ": " + list.get(0).getMessage() + " at " + list.get(0).getLocation().getContext()));
                if (!result.isCompliant() && failed.isEmpty()) {
                    failures.add(result.getPDFAFlavour() + ": not compliant (" + result.getJobEndStatus() + ")");
                }
            }
        }
        return failures;
    }
}
