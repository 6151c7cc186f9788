package org.crosscheck.app.cli;

import org.crosscheck.app.web.WebServer;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code crosscheck serve [--data DIR] [--port 7070]}: the REST API and the web UI over the collection. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the collection: REST API under /api/, OpenAPI at /openapi.json, and the web UI.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--token", defaultValue = "${env:CROSSCHECK_TOKEN}",
            description = "Token that POST /api/articles requires (Authorization: Bearer TOKEN); default: $CROSSCHECK_TOKEN, or none.")
    String token;

    @Option(names = "--read-only", description = "Refuse POST /api/articles.")
    boolean readOnly;

    @Option(names = "--max-body", defaultValue = "5000000", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (token == null && !readOnly && !host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine().getErr().println("crosscheck serve: listening on " + host + " without a token would let anyone "
                    + "on the network add articles; pass --token (or CROSSCHECK_TOKEN) or --read-only");
            return 2;
        }
        Store s = store.open();
        WebServer server;
        try {
            server = Serving.start(s, readOnly ? null : Serving.lazyEngine(null), token, host, port, maxBody);
        } catch (RuntimeException e) {
            s.close();
            spec.commandLine().getErr().println("crosscheck serve: cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + (port != 0 ? " (is another server using the port? pass --port)" : ""));
            return 1;
        }
        var c = s.database().counts();
        out.println("crosscheck serve: " + c.articles() + " articles, " + c.stories() + " stories from "
                + IngestCommand.describe(s));
        if (c.articles() == 0) {
            out.println("The collection is empty: add articles with 'crosscheck ingest PATHS --data " + store.data + "'"
                    + (readOnly ? "." : " or POST /api/articles."));
        }
        out.println("Open " + Serving.url(host, server.port()) + "  (API: " + Serving.url(host, server.port()) + "api, OpenAPI: "
                + Serving.url(host, server.port()) + "openapi.json)");
        out.flush();
        Serving.serveUntilStopped(server, s, out);
        return 0;
    }
}
