package org.crosscheck.eval.extraction;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * crosscheck's own HTML extractor as {@code analyze} runs it ({@link Cleaner#standard()}), on the
 * decoded page; its text is the article's paragraphs, one a line (the page title is metadata and
 * is left out, as trafilatura's text output leaves it out).
 */
public final class CrosscheckExtractor implements PageExtractor {

    private final Cleaner cleaner = Cleaner.standard();
    private final List<ArticleMeta> metas = new ArrayList<>();

    /** The page metadata of each page of the last run (EMPTY where the page was rejected). */
    public List<ArticleMeta> metas() {
        return metas;
    }

    @Override
    public String name() {
        return "crosscheck";
    }

    @Override
    public String describe() {
        return "crosscheck main-text extractor (jsoup)";
    }

    /** The text of one decoded page, or null when the extractor rejected it. */
    public String extract(String html, String url, String id) {
        ArticleMeta meta = new ArticleMeta(url, null, null, null, null, List.of(), null,
                url == null ? Map.of() : Map.of("url", "eval"));
        RawArticle raw = new RawArticle(id, Origin.of(id), Format.HTML, html, meta, List.of());
        Outcome<CleanText> o = cleaner.extract(raw);
        metas.add(o instanceof Outcome.Ok<CleanText> k ? k.value().pageMeta() : ArticleMeta.EMPTY);
        if (o instanceof Outcome.Ok<CleanText> ok) {
            StringBuilder sb = new StringBuilder();
            for (TextBlock b : ok.value().paragraphs()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(b.text());
            }
            return sb.toString();
        }
        return "";
    }

    @Override
    public Run run(List<EvalPage> pages, List<String> decoded) {
        metas.clear();
        List<String> out = new ArrayList<>(pages.size());
        int errors = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            String html = decoded.get(i);
            if (html == null) {
                out.add(null);
                metas.add(ArticleMeta.EMPTY);
                errors++;
                continue;
            }
            int before = metas.size();
            try {
                out.add(extract(html, pages.get(i).url(), pages.get(i).id()));
            } catch (RuntimeException | StackOverflowError e) {
                out.add(null);
                errors++;
            }
            if (metas.size() == before) {
                metas.add(ArticleMeta.EMPTY);
            }
        }
        return new Run(out, (System.nanoTime() - t0) / 1e9, errors);
    }
}
