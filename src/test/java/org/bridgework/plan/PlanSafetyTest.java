package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Ownership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Typed text is printed as text, whatever it contains, and rendering never opens a connection: a local
 * listener stands in for the network and must not be called.
 */
class PlanSafetyTest {
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    return;
                }
            }
        }, "no-network-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
        acceptor.join(2000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + path;
    }

    @Test
    void markupCssAndUrlsInTypedTextArePrintedLiterally() throws Exception {
        String name = "<b>Bold</b> & Co </table>";
        String hostile = "<img src=\"" + url("img") + "\"/> </style><style>body { display: none }</style> "
                + "background: url(" + url("css") + "); <link rel=\"stylesheet\" href=\"" + url("link") + "\"/> "
                + "file:///etc/passwd & &amp; &lt;script&gt; ]]> <?xml-stylesheet href=\"" + url("pi") + "\"?>"
                + " \u0001\u0007 control characters";
        PlanRequest plain = PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        Relationship r = plain.relationship();
        Relationship named = new Relationship(0, name, r.organisation(), r.contactPerson(), r.owner(), r.kind(),
                hostile, false, r.createdAt(), r.updatedAt());
        PlanRequest request = new PlanRequest(named, plain.repair().withOwnership(
                new Ownership(hostile, "Nothing", "Ruth")), plain.today(), PlanVersion.INTERNAL, Paper.A4);

        String html = PlanHtml.build(request);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        PdfText text = PdfText.of(PlanPdf.render(request));

        assertTrue(text.contains(name), "the name, literally");
        assertTrue(text.contains("<img src=\"" + url("img") + "\"/>"), text.all());
        assertTrue(text.contains("</style><style>body { display: none }</style>"));
        assertTrue(text.contains("background: url(" + url("css") + ");"));
        assertTrue(text.contains("file:///etc/passwd & &amp; &lt;script&gt; ]]>"));
        assertTrue(text.sortedPages().get(1).contains(name), "in the running header of page 2 too");
        assertEquals(0, connections.get(), "nothing was fetched");
    }

    @Test
    void theRendererItselfRefusesEveryOutsideResource() throws Exception {
        // Markup of our own that asks for outside resources, as if escaping had failed: the locks still hold.
        String html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<link rel=\"stylesheet\" href=\"" + url("sheet.css") + "\"/>"
                + "<style>@import url(" + url("import.css") + "); body { background-image: url(" + url("bg.png")
                + "); } @font-face { font-family: X; src: url(" + url("font.ttf") + "); }</style></head><body>"
                + "<p>Before</p><img src=\"" + url("img.png") + "\"/><img src=\"file:///etc/hostname\"/>"
                + "<img src=\"jar:file:///nonexistent.jar!/x.png\"/><img src=\"relative.png\"/>"
                + "<object data=\"" + url("object.svg") + "\" type=\"image/svg+xml\"></object>"
                + "<p style=\"font-family: X\">After</p></body></html>";
        int refusedBefore = NoOutsideResources.REFUSED.get();
        PdfText text = PdfText.of(PlanPdf.render(html));
        assertTrue(text.contains("Before") && text.contains("After"), text.all());
        assertEquals(0, connections.get(), "nothing was fetched");
        assertTrue(NoOutsideResources.REFUSED.get() > refusedBefore, "the loads were asked for, and refused");
    }
}
