package org.crosscheck.app.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The API's own request, response and route types: the handlers know no web framework. */
public final class Http {

    private Http() {
    }

    /** A request as the handlers see it. */
    public record Request(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
                          byte[] body, String contentType, String token) {

        public String pathParam(String name) {
            return pathParams.get(name);
        }

        /** The first value of a query parameter, trimmed, or null when absent or blank. */
        public String query(String name) {
            List<String> v = query.get(name);
            if (v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank()) {
                return null;
            }
            return v.get(0).strip();
        }

        public static Request get(String path, Map<String, String> pathParams, Map<String, List<String>> query) {
            return new Request("GET", path, pathParams, query, new byte[0], null, null);
        }
    }

    /** A JSON response. */
    public record Response(int status, JsonNode body) {
    }

    /** An error the client caused or must know about; becomes {@code {"error": {"status", "message"}}}. */
    public static final class ApiException extends RuntimeException {
        private final int status;

        public ApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A documented query or path parameter. */
    public record Param(String name, String in, String description, boolean required, String type) {
        public static Param path(String name, String description) {
            return new Param(name, "path", description, true, "string");
        }

        public static Param query(String name, String description) {
            return new Param(name, "query", description, false, "string");
        }

        public static Param queryInt(String name, String description) {
            return new Param(name, "query", description, false, "integer");
        }
    }

    /** A handler. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** One endpoint: method, path (with {@code {name}} parameters), what it does, its parameters and handler. */
    public record Route(String method, String path, String summary, List<Param> params, boolean write,
                        Handler handler) {
    }
}
