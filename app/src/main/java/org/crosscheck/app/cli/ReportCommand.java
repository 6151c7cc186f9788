package org.crosscheck.app.cli;

import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.app.web.HtmlReport;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code crosscheck report --data DIR --html report.html}: one self-contained HTML file of the story pages. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML file (no network needed) with the stories, their pages and "
                + "the people and organisations in them, to share by mail.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path html;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            HtmlReport.Stats st = HtmlReport.write(new CollectionApi(s, null, null), html);
            spec.commandLine().getOut().printf("Wrote %s (%d stories, %d entities, %d articles, %d KB).%n", html,
                    st.stories(), st.entities(), st.articles(), st.bytes() / 1024);
        }
        return 0;
    }
}
