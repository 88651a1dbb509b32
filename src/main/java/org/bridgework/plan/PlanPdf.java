package org.bridgework.plan;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Turns the plan's XHTML into PDF with openhtmltopdf and PDFBox. The fonts are our own, embedded (subset)
 * so the document looks the same on every machine and printer. Nothing is ever loaded from outside: the
 * stylesheet is inline, every URI is refused before and after resolving, and the stream factories for every
 * protocol refuse too, so an {@code <img src>} or {@code url(...)} in typed text, had it survived escaping,
 * still could not reach the network or the disk.
 */
public final class PlanPdf {
    /** The font family the stylesheet asks for. */
    static final String FAMILY = "Lato";
    /**
     * Asked for before Lato, for four characters only: the zero-width non-joiner and joiner and the left-to-right
     * and right-to-left marks. Lato draws each as a small visible symbol (an arrow, a bar); on paper they must
     * stay invisible, as Unicode means them to be. DejaVu Sans has them as empty glyphs of no width.
     */
    static final String MARKS_FAMILY = "Bridgework Marks";
    /** The characters {@link #MARKS_FAMILY} holds. */
    private static final Set<Integer> INVISIBLE_MARKS = Set.of(0x200C, 0x200D, 0x200E, 0x200F);
    /** Characters Lato lacks (Cyrillic extensions, arrows, many symbols) come from this one. */
    static final String FALLBACK_FAMILY = "DejaVu Sans";
    /** The family openhtmltopdf falls back to when none of those asked for is registered. */
    private static final String LAST_RESORT_FAMILY = "Serif";

    static {
        // openhtmltopdf reports every font load and layout pass through java.util.logging; a command-line
        // run must print only what we say. Problems that matter surface as exceptions.
        XRLog.setLoggingEnabled(false);
        QuietPdfBox.apply();
    }

    private PlanPdf() {
    }

    /** The plan as a PDF file's bytes. */
    public static byte[] render(PlanRequest request) {
        return render(PlanHtml.build(request));
    }

    /** Any XHTML of this package as PDF, with the same fonts and the same refusal of outside resources. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Bridgework");
            builder.usePDDocument(document);
            builder.withHtmlContent(xhtml, NoOutsideResources.BASE_URI);
            NoOutsideResources.apply(builder);
            AccessiblePdf.apply(builder);
            builder.useUnicodeBidiSplitter(BidiRuns.FACTORY);
            builder.useUnicodeBidiReorderer(new RightToLeftText());
            // A character neither font has is drawn as U+FFFD, like one that cannot be printed at all (Xhtml):
            // visibly not the character typed. The renderer's own default, '#', would pass for typed text.
            builder.useReplacementText(Xhtml.UNPRINTABLE);
            marks(builder, document);
            font(builder, document, "Lato-Regular.ttf", FAMILY, 400, FontStyle.NORMAL);
            font(builder, document, "Lato-Bold.ttf", FAMILY, 700, FontStyle.NORMAL);
            font(builder, document, "Lato-Italic.ttf", FAMILY, 400, FontStyle.ITALIC);
            font(builder, document, "Lato-BoldItalic.ttf", FAMILY, 700, FontStyle.ITALIC);
            font(builder, document, "DejaVuSans.ttf", FALLBACK_FAMILY, 400, FontStyle.NORMAL);
            font(builder, document, "DejaVuSans-Bold.ttf", FALLBACK_FAMILY, 700, FontStyle.NORMAL);
            // Text in a family none of these has (markup not from PlanHtml) is still drawn: PDF/A leaves the
            // renderer no standard font of its own to fall back to. DejaVu Sans, loaded only if such text occurs,
            // and not Lato, whose ligatures this way of loading would draw as single glyphs (see font()).
            builder.useFont(() -> fontStream("DejaVuSans.ttf"), "Bridgework last resort", 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.setListener(new TaggedFigures());
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the plan's PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Embeds one of our fonts, subset to the characters used, with glyph substitution off. PDFBox would
     * otherwise draw Lato's ligatures ("ti", "ft") as single glyphs that text extraction, search, copy and
     * screen readers cannot read back ("Opera ons" for "Operations").
     */
    private static void font(PdfRendererBuilder builder, PDDocument document, String file, String family, int weight,
                             FontStyle style) throws IOException {
        try (InputStream in = fontStream(file)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document, ttf, true));
            builder.useFont(font, family, weight, style, true);
            if (family.equals(FAMILY)) {
                // The renderer's last resort for a family it does not have. Its own is a standard PDF font,
                // which PDF/A forbids (not embedded), so without this such text would not be drawn at all.
                builder.useFont(font, LAST_RESORT_FAMILY, weight, style, true);
            }
        }
    }

    /**
     * Registers {@link #MARKS_FAMILY}: DejaVu Sans cut down to {@link #INVISIBLE_MARKS}, so that the renderer,
     * which takes each character from the first family that has it, finds only those four there.
     */
    private static void marks(PdfRendererBuilder builder, PDDocument document) throws IOException {
        PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document,
                new TTFParser().parse(new RandomAccessReadBuffer(MarksFont.BYTES)), true));
        for (int weight : new int[] {400, 700}) {
            for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                builder.useFont(font, MARKS_FAMILY, weight, style, true);
            }
        }
    }

    /** The cut-down font, made once from DejaVu Sans with PDFBox's subsetter. */
    private static final class MarksFont {
        static final byte[] BYTES = make();

        private static byte[] make() {
            try (InputStream in = fontStream("DejaVuSans.ttf")) {
                TrueTypeFont dejaVu = new TTFParser().parse(new RandomAccessReadBuffer(in));
                TTFSubsetter subsetter = new TTFSubsetter(dejaVu);
                subsetter.addAll(INVISIBLE_MARKS);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("could not cut DejaVu Sans down to the invisible marks", e);
            }
        }
    }

    private static InputStream fontStream(String file) {
        InputStream in = PlanPdf.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("missing font " + file + " beside " + PlanPdf.class.getName());
        }
        return in;
    }
}
