package org.crosscheck.engine.clean.html;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.ContentExtractor;
import org.crosscheck.engine.clean.FurnitureFilter;
import org.crosscheck.engine.clean.Removed;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;
import org.crosscheck.engine.ingest.RawArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The article's own text from an HTML page (jsoup). In order:
 * <ol>
 *   <li>metadata is read from the whole page ({@link PageMetadata}: meta tags, Open Graph, JSON-LD,
 *       {@code <time>}, byline), including a JSON-LD {@code articleBody} when the page has one;</li>
 *   <li>the page is pruned ({@link PagePruner}): scripts, media, hidden parts and regions named as
 *       navigation, comments, sharing, related stories and the like go;</li>
 *   <li>the article's element is located ({@link ContentLocator}): the element whose text the
 *       JSON-LD body matches, else a named article body, else the best container by text and link
 *       density (Readability's idea);</li>
 *   <li>its blocks (paragraphs, headings, list items, cells, quotes) are collected with their
 *       link density, teaser cards and link lists are dropped ({@link BlockClassifier}), and the
 *       shared {@link FurnitureFilter} removes bylines, dates and interface lines at the edges;</li>
 *   <li>when that leaves little, the blocks of the whole pruned page are classified on their own
 *       (jusText's idea: long, link-poor blocks and the short ones between them) and the longer
 *       result is taken.</li>
 * </ol>
 * Every paragraph keeps its source offsets into the decoded page.
 */
public final class MainTextExtractor implements ContentExtractor {

    private final FurnitureFilter furniture;
    private final MarkupHints hints;
    private final PagePruner pruner;
    private final ContentLocator locator;
    private final BlockClassifier classifier;

    public MainTextExtractor(FurnitureFilter furniture) {
        this(furniture, MarkupHints.standard());
    }

    public MainTextExtractor(FurnitureFilter furniture, MarkupHints hints) {
        this.furniture = furniture;
        this.hints = hints;
        this.pruner = new PagePruner(hints);
        this.locator = new ContentLocator(hints);
        this.classifier = new BlockClassifier(hints);
    }

    /** Sees the text at each step (for diagnosing the extractor on a development set). */
    interface Probe {
        void at(String step, String text);
    }

    private static final Probe NO_PROBE = (step, text) -> { };

    @Override
    public Outcome<CleanText> extract(RawArticle raw) {
        return extract(raw, NO_PROBE);
    }

    Outcome<CleanText> extract(RawArticle raw, Probe probe) {
        String source = raw.content();
        Document page = Jsoup.parse(source, raw.meta().url() == null ? "" : raw.meta().url(),
                Parser.htmlParser().setTrackPosition(true));
        PageMetadata.Found found = PageMetadata.read(page);
        ArticleMeta pageMeta = found.meta();
        Element body = page.body();
        BodyAnchor.Anchor anchor = found.articleBody() == null ? null : BodyAnchor.find(body, found.articleBody());
        Element anchored = anchor == null ? null : anchor.element();
        // the page repeats most of the publisher's body in this element: it is the article, all of it
        boolean fullAnchor = anchor != null && anchor.coverage() >= 0.6;
        Set<Element> protect = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (anchored != null) {
            protect.add(anchored);
        }
        if (probe != NO_PROBE) {
            probe.at("parsed", body.text());
        }
        PagePruner.Pruned pruned = pruner.prune(page, protect);
        if (probe != NO_PROBE) {
            for (int i = 0; i < pruned.removed().size(); i++) {
                probe.at("removed", pruned.reasons().get(i) + ": " + describe(pruned.removed().get(i)) + "\t"
                        + pruned.removed().get(i).text());
            }
            probe.at("pruned", body.text());
        }
        TextStats stats = TextStats.compute(body);
        ContentLocator.Choice choice = locator.locate(body, stats, anchored, fullAnchor);
        {
            Element wide = locator.enclosingArticle(locator.widen(choice.root(), body, stats), stats);
            if (wide != choice.root()) {
                choice = new ContentLocator.Choice(wide, choice.how() + ", widened");
            }
        }
        if (probe != NO_PROBE) {
            probe.at("located", choice.root().text());
        }
        List<Block> blocks = classifier.keep(choice.root(), stats, source, false);
        int kept = chars(blocks);
        if (TRACE) {
            System.err.println("root " + describe(choice.root()) + " by " + choice.how() + " chars=" + stats.of(choice.root()).chars
                    + " kept=" + kept + " anchored=" + (anchored != null) + " ldBody=" + (found.articleBody() != null));
        }
        if (kept < 500 && choice.root() != body && !(fullAnchor && choice.how().startsWith("json-ld"))) {
            List<Block> whole = classifier.keep(body, stats, source, true);
            if (chars(whole) > kept * 2) {
                blocks = whole;
            }
        }
        if (probe != NO_PROBE) {
            probe.at("classified", String.join("\n", blocks.stream().map(b -> b.text().text()).toList()));
        }
        List<FurnitureFilter.Candidate> units = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (TRACE) {
                System.err.println("  block " + b.kind() + " ld=" + String.format("%.2f", b.linkDensity()) + " " + b.text().text());
            }
            units.add(new FurnitureFilter.Candidate(b.text(), b.heading(), b.linkDensity() > 0.5,
                    b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.CELL || b.kind() == Block.Kind.PRE
                            || b.text().text().contains(" | ")));
        }
        String knownTitle = raw.meta().title() != null ? raw.meta().title() : pageMeta.title();
        CleanText clean = furniture.filter(units, knownTitle);
        TextBlock title = clean.title();
        if (title == null && knownTitle != null) {
            title = new TextBlock.Builder().decoded(knownTitle.strip(), 0, 0).build();
        }
        ArticleMeta merged = pageMeta.orElse(clean.pageMeta());
        if (clean.paragraphs().isEmpty()) {
            return Outcome.rejected(raw.origin(), Reason.NO_TEXT, "no article text found in the page");
        }
        if (probe != NO_PROBE) {
            java.util.Set<TextBlock> final_ = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            final_.addAll(clean.paragraphs());
            for (Block b : blocks) {
                if (final_.contains(b.text())) {
                    probe.at("block", b.kind() + " " + describe(b.container()) + " < " + (b.container().parent() == null ? ""
                            : describe(b.container().parent())) + "\t" + b.text().text());
                }
            }
        }
        List<Removed> removed = new ArrayList<>(clean.removed());
        return Outcome.ok(new CleanText(title, clean.paragraphs(), removed, merged));
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.chars();
        }
        return n;
    }

    private static final boolean TRACE = Boolean.getBoolean("crosscheck.html.trace");

    static String describe(Element e) {
        return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id()) + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
    }
}
