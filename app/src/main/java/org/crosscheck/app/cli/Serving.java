package org.crosscheck.app.cli;

import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.app.web.WebServer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.store.Analyser;
import org.crosscheck.store.EngineAnalyser;
import org.crosscheck.store.Store;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Starting the server over a store and keeping it up until Ctrl-C (shared by {@code serve} and {@code demo}). */
final class Serving {

    private Serving() {
    }

    /** Loads the engine on the first POST, once. */
    static Supplier<Analyser> lazyEngine(Analyser already) {
        return new Supplier<>() {
            private Analyser a = already;

            @Override
            public synchronized Analyser get() {
                if (a == null) {
                    a = new EngineAnalyser(Engine.load(EngineConfig.DEFAULT));
                }
                return a;
            }
        };
    }

    static WebServer start(Store store, Supplier<Analyser> analyser, String token, String host, int port, long maxBody) {
        store.repairIndex(new Store.Listener() {
        });
        return WebServer.start(new CollectionApi(store, analyser, token), host, port, maxBody);
    }

    static String url(String host, int port) {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port + "/";
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then closes the server and the store. */
    static void serveUntilStopped(WebServer server, Store store, PrintWriter out) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crosscheck-stop"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stop.await();
        try {
            server.close();
            store.close();
        } finally {
            closed.countDown();
        }
    }
}
