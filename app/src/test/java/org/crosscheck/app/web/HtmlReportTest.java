package org.crosscheck.app.web;

import org.crosscheck.app.TestCollection;
import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shareable report: one file, nothing fetched, only its own inline code allowed, article text inert. */
class HtmlReportTest {

    @Test
    void oneSelfContainedFileWithTheStoryPages(@TempDir Path data, @TempDir Path out) throws Exception {
        Path file = out.resolve("nested/report.html");
        HtmlReport.Stats st;
        try (Store s = TestCollection.open(data)) {
            st = HtmlReport.write(new CollectionApi(s, null, null), file);
        }
        assertThat(st.stories()).isEqualTo(2);
        assertThat(st.articles()).isEqualTo(5);
        String html = Files.readString(file);
        // nothing outside the file
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link ")
                .doesNotContain("src=\"/");
        // the planted markup is data inside a JSON block, never markup
        assertThat(html).doesNotContain("<script>window.__pwned").doesNotContain("<img src=x");
        assertThat(html).contains("\\u003cscript\\u003ewindow.__pwned=1");
        assertThat(html).contains("\"/api/stories/S1\"").contains("\"/api/stories?limit=200\"");
        // the policy names exactly the inline script and style by hash
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        assertThat(csp.group(1)).contains("default-src 'none'")
                .contains(HtmlReport.sha256(WebAssets.text("app.js")))
                .contains(HtmlReport.sha256(WebAssets.text("app.css")))
                .doesNotContain("unsafe-inline");
        assertThat(html.split("<script>", -1)).as("one executable script").hasSize(2);
    }

    @Test
    void keysMatchWhatTheUiAsksFor() {
        assertThat(HtmlReport.key("/api/stories", Map.of("limit", "200"))).isEqualTo("/api/stories?limit=200");
        assertThat(HtmlReport.key("/api/x", Map.of("b", "2", "a", "1"))).isEqualTo("/api/x?a=1&b=2");
        assertThat(HtmlReport.key("/api", Map.of())).isEqualTo("/api");
    }
}
