package org.summarizer.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recovers the sections Readability leaves behind when an article is split into sibling blocks of the same kind
 * (one block per section, separated by figures or ads): Readability keeps the best-scoring block only. The block it
 * chose is located in an unmodified copy of the page; its siblings (or an ancestor's siblings) that carry the same
 * {@code class}, hold prose, are not furniture and are not link lists are rendered before or after it.
 */
final class SectionMerger {

    /** Paragraphs at least this long identify the chosen block in the copy of the page. */
    private static final int ANCHOR_PARAGRAPH = 80;

    /** How far above the chosen block sibling sections are looked for. */
    private static final int MAX_LEVELS = 8;

    /** Sibling sections with more of their text in links are link lists, not article. */
    private static final double MAX_LINK_DENSITY = 0.25;

    private SectionMerger() {}

    /**
     * The lines of {@code content} with those of the sibling sections it was cut from.
     *
     * @param pristine the page as it was given to Readability (Readability modifies the document it reads)
     * @param content  the container Readability chose
     * @param lines    {@code content}'s rendered lines
     */
    static List<String> merge(Document pristine, Element content, List<String> lines, Predicate<Element> skip) {
        Set<String> anchors = new HashSet<>();
        for (Element p : content.getElementsByTag("p")) {
            String text = TextRenderer.collapse(p.text());
            if (text.length() >= ANCHOR_PARAGRAPH) {
                anchors.add(text);
            }
        }
        if (anchors.isEmpty()) {
            return lines;
        }
        Element block = null;
        Set<Element> matched = new HashSet<>();
        for (Element p : pristine.body().getElementsByTag("p")) {
            if (anchors.contains(TextRenderer.collapse(p.text()))) {
                block = block == null ? p : commonAncestor(block, p);
                matched.add(p);
            }
        }
        if (block == null) {
            return lines;
        }
        // Readability took several children of one element (sections of one class): add the ones it left out.
        Set<Element> taken = new HashSet<>();
        for (Element child : block.children()) {
            for (Element p : child.getElementsByTag("p")) {
                if (matched.contains(p)) {
                    taken.add(child);
                    break;
                }
            }
        }
        Set<String> takenClasses = new HashSet<>();
        taken.forEach(child -> takenClasses.add(child.className()));
        if (taken.size() > 1
                && takenClasses.size() == 1
                && !takenClasses.iterator().next().isBlank()) {
            List<String> merged = around(block, taken, takenClasses.iterator().next(), lines, skip);
            if (merged != null) {
                return merged;
            }
        }
        // Readability took one block: add its sibling sections, or those of an ancestor.
        Element level = block;
        for (int depth = 0; level != null && depth < MAX_LEVELS; depth++, level = level.parent()) {
            if (level.parent() != null && !level.className().isBlank()) {
                List<String> merged = around(level.parent(), Set.of(level), level.className(), lines, skip);
                if (merged != null) {
                    return merged;
                }
            }
        }
        return lines;
    }

    /**
     * {@code lines} with the rendered sections among {@code parent}'s children that are of {@code className} and not
     * {@code taken}, those before the first taken child first; null when there are none.
     */
    private static List<String> around(
            Element parent, Set<Element> taken, String className, List<String> lines, Predicate<Element> skip) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean seen = false;
        for (Element sibling : parent.children()) {
            if (taken.contains(sibling)) {
                seen = true;
            } else if (isSection(sibling, className)) {
                (seen ? after : before).addAll(TextRenderer.lines(sibling, skip));
            }
        }
        if (before.isEmpty() && after.isEmpty()) {
            return null;
        }
        List<String> merged = new ArrayList<>(before);
        merged.addAll(lines);
        merged.addAll(after);
        return merged;
    }

    private static boolean isSection(Element sibling, String className) {
        return sibling.className().equals(className)
                && !Furniture.isFurniture(sibling)
                && Furniture.holdsProse(sibling)
                && Links.density(sibling) <= MAX_LINK_DENSITY;
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> ancestors = new HashSet<>();
        for (Element e = a; e != null; e = e.parent()) {
            ancestors.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestors.contains(e)) {
                return e;
            }
        }
        return a.ownerDocument() == null ? a : a.ownerDocument().body();
    }
}
