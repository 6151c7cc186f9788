package org.crosscheck.eval.baselines;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.crosscheck.eval.extraction.EvalPage;
import org.crosscheck.eval.extraction.ExtractionBaseline;

import java.util.ArrayList;
import java.util.List;

/**
 * boilerpipe's {@code ArticleExtractor} (Kohlschütter et al., shallow text features; the
 * {@code com.syncthemall:boilerpipe} 1.2.2 build on Maven Central), the mode trafilatura's benchmark
 * runs its Python port in. It gets each page as decoded text.
 */
public final class BoilerpipeBaseline implements ExtractionBaseline {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String describe() {
        return "boilerpipe 1.2.2 ArticleExtractor (com.syncthemall:boilerpipe)";
    }

    @Override
    public Run run(List<EvalPage> pages, List<String> decoded) {
        List<String> out = new ArrayList<>(pages.size());
        int errors = 0;
        long t0 = System.nanoTime();
        for (String html : decoded) {
            if (html == null) {
                out.add(null);
                errors++;
                continue;
            }
            try {
                out.add(ArticleExtractor.INSTANCE.getText(html));
            } catch (Exception | StackOverflowError e) {
                out.add(null);
                errors++;
            }
        }
        return new Run(out, (System.nanoTime() - t0) / 1e9, errors);
    }
}
