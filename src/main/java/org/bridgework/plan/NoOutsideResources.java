package org.bridgework.plan;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The renderer's locks against loading anything: every layer openhtmltopdf offers says no. The plan
 * needs nothing from outside (inline stylesheet, fonts handed over as streams), so there is nothing to
 * allow, and nothing a typed {@code <img src="http://...">}, {@code url(...)} or {@code file:} could open.
 */
final class NoOutsideResources {
    /** A base URI of our own, so relative references resolve to nothing real. */
    static final String BASE_URI = "about:bridgework-plan";
    /** Every protocol the JDK or openhtmltopdf could otherwise open. */
    private static final String[] PROTOCOLS = {"http", "https", "file", "jar", "ftp", "data", "jrt", "mailto",
            "classpath", "about"};
    /** How often a load was asked for and refused, for tests. */
    static final AtomicInteger REFUSED = new AtomicInteger();

    private NoOutsideResources() {
    }

    static void apply(PdfRendererBuilder builder) {
        builder.useUriResolver((base, uri) -> {
            REFUSED.incrementAndGet();
            return null;
        });
        builder.useExternalResourceAccessControl((uri, type) -> refuse(),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> refuse(),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refusing = uri -> new RefusedStream();
        builder.useHttpStreamImplementation(refusing);
        builder.useProtocolsStreamImplementation(refusing, PROTOCOLS);
    }

    private static boolean refuse() {
        REFUSED.incrementAndGet();
        return false;
    }

    /** A stream that has nothing in it. */
    private static final class RefusedStream implements FSStream {
        @Override
        public java.io.InputStream getStream() {
            REFUSED.incrementAndGet();
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            REFUSED.incrementAndGet();
            return null;
        }
    }
}
