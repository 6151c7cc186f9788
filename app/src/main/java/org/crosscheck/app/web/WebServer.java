package org.crosscheck.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.app.api.Http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP server: the only file that knows the web framework (Javalin). It serves the API's
 * routes under {@code /api/}, the OpenAPI document at {@code /openapi.json} and the web UI's
 * static files, with a strict Content-Security-Policy on every response and a limit on request
 * bodies.
 */
public final class WebServer implements AutoCloseable {

    /** Every response: only this origin's scripts and styles, no inline code, no framing, no plugins. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on {@code host:port} (port 0: any free port).
     *
     * @param maxBodyBytes the largest request body accepted; larger ones get 413
     */
    public static WebServer start(CollectionApi api, String host, int port, long maxBodyBytes) {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = maxBodyBytes;
            cfg.http.defaultContentType = "application/json; charset=utf-8";
        });
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        app.before(ctx -> {
            if (loopback && !localHost(ctx.header("Host"))) {
                // a page elsewhere that renamed its own host to this address (DNS rebinding) gets nothing
                send(ctx, CollectionApi.error(421, "this server answers only requests addressed to localhost"));
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
        });
        for (Http.Route route : api.routes()) {
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), ctx -> {
                byte[] body = new byte[0];
                if (!route.method().equals("GET")) {
                    body = readBody(ctx, maxBodyBytes);
                    if (body == null) {
                        send(ctx, CollectionApi.error(413, "the request body is larger than " + maxBodyBytes + " bytes"));
                        return;
                    }
                }
                Http.Request req = new Http.Request(route.method(), ctx.path(), ctx.pathParamMap(), ctx.queryParamMap(),
                        body, ctx.contentType(), token(ctx));
                send(ctx, api.handle(route, req));
            });
        }
        app.get("/openapi.json", ctx -> send(ctx, new Http.Response(200, api.openApi())));
        app.get("/", ctx -> resource(ctx, "index.html"));
        app.get("/static/{name}", ctx -> resource(ctx, ctx.pathParam("name")));
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                send(ctx, CollectionApi.error(404, "no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> send(ctx, CollectionApi.error(405, "method not allowed: " + ctx.method() + " " + ctx.path())));
        app.exception(Exception.class, (e, ctx) -> send(ctx, CollectionApi.error(500,
                "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        app.start(host, port);
        return new WebServer(app);
    }

    static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String h = hostHeader.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            h = h.substring(0, h.indexOf(']') + 1);
        } else if (h.contains(":")) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    /** The body, or null when it is larger than the limit (read no further than that). */
    private static byte[] readBody(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            return null;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return b.length > max ? null : b;
        }
    }

    private static String token(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        return ctx.header("X-Crosscheck-Token");
    }

    /** Set on responses a handler wrote, so the framework's error pages do not replace them. */
    private static final String ANSWERED = "crosscheck.answered";

    private static void send(Context ctx, Http.Response r) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(r.status());
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(r.body().toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json");

    private static void resource(Context ctx, String name) {
        if (!name.matches("[a-z0-9][a-z0-9._-]*") || name.contains("..")) {
            send(ctx, CollectionApi.error(404, "no such file: " + name));
            return;
        }
        byte[] bytes = WebAssets.bytes(name);
        if (bytes == null) {
            send(ctx, CollectionApi.error(404, "no such file: " + name));
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(200);
        ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        ctx.result(bytes);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
