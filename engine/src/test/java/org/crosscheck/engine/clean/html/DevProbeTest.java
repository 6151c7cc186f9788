package org.crosscheck.engine.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

class DevProbeTest {
    @Test
    void probe() throws Exception {
        String f = System.getProperty("probe");
        if (f == null) return;
        String s = new String(new GZIPInputStream(Files.newInputStream(Path.of("/work/shared/eval/extraction/trafilatura/html/" + f + ".gz"))).readAllBytes(), "UTF-8");
        Document d = Jsoup.parse(s, "", Parser.htmlParser().setTrackPosition(true));
        System.out.println("body " + d.body().text().length());
        TextStats st = TextStats.compute(d.body());
        System.out.println("stats " + st.of(d.body()).chars);
        PageMetadata.read(d);
        System.out.println("after meta " + d.body().text().length());
        var outer = d.body().selectFirst(".nfy-outer");
        for (var e : outer.children()) System.out.println("pre " + e.tagName() + " " + e.className() + " " + e.text().length() + " " + MarkupHints.standard().verdict(e) + " hidden=" + PagePruner.hidden(e));
        new PagePruner(MarkupHints.standard()).prune(d, java.util.Set.of());
        System.out.println("after prune " + d.body().text().length());
        for (var e : d.body().children()) System.out.println(e.tagName() + " " + e.className() + " " + e.text().length() + " kids " + e.children().size());
        for (var e : d.body().children().get(0).children()) System.out.println(" - " + e.tagName() + " " + e.className() + " " + e.text().length() + " kids " + e.children().size());
    }
}
