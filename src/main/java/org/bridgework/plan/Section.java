package org.bridgework.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of the plan: a heading and its blocks. A section with no block is not written at all, so an
 * empty worksheet leaves no empty heading behind. The heading is kept on the page of its first block, and so
 * is every field's label with its first paragraph: no heading is ever left alone at the foot of a page.
 */
final class Section {
    private final String title;
    private final List<String> blocks = new ArrayList<>();

    Section(String title) {
        this.title = title;
    }

    /** A block of markup built with {@link Xhtml}; blank markup is ignored. */
    Section block(String markup) {
        if (markup != null && !markup.isBlank()) {
            blocks.add(markup);
        }
        return this;
    }

    /** A labelled piece of typed text, its paragraphs kept; nothing when the text is blank. */
    Section field(String label, String typed) {
        if (Xhtml.blank(typed)) {
            return this;
        }
        return block(labelled(label, new Xhtml().paragraphs(typed, null).toString()));
    }

    /** A label over markup, the label kept with the start of what follows. */
    static String labelled(String label, String markup) {
        int firstEnd = markup.indexOf("</p>");
        String first = firstEnd < 0 ? markup : markup.substring(0, firstEnd + 4);
        String rest = firstEnd < 0 ? "" : markup.substring(firstEnd + 4);
        return new Xhtml().open("div", "field").open("div", "keep").element("h3", null, label).raw(first)
                .close("div").raw(rest).close("div").toString();
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    void write(Xhtml html) {
        if (blocks.isEmpty()) {
            return;
        }
        html.open("div", "section");
        html.open("div", "keep").element("h2", null, title).raw(blocks.get(0)).close("div");
        blocks.stream().skip(1).forEach(html::raw);
        html.close("div");
    }
}
