package cn.gov.xinxiang.agri.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations a running service serves, read from its own OpenAPI document ({@code /q/openapi?format=json}),
 * so that the security matrix and the fuzz cover a new operation without being edited.
 */
final class ServedApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Param(String name, boolean required, JsonNode schema) {
    }

    record Operation(String service, String method, String template, List<Param> pathParams, List<Param> queryParams,
                     String contentType, JsonNode requestSchema, boolean bodyRequired) {

        boolean isGet() {
            return method.equals("GET");
        }

        boolean isWrite() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        boolean jsonBody() {
            return contentType != null && contentType.contains("json");
        }

        @Override
        public String toString() {
            return service + " " + method + " " + template;
        }
    }

    private final JsonNode doc;
    final String service;

    ServedApi(String service, String json) {
        this.service = service;
        try {
            this.doc = JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(service + " served no readable OpenAPI document", e);
        }
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Param> pathParams = new ArrayList<>();
                List<Param> queryParams = new ArrayList<>();
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.getValue().path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    Param param = new Param(p.path("name").asText(), p.path("required").asBoolean(false), resolve(p.path("schema")));
                    switch (p.path("in").asText()) {
                        case "path" -> pathParams.add(param);
                        case "query" -> queryParams.add(param);
                        default -> {
                        }
                    }
                }
                JsonNode body = op.getValue().path("requestBody");
                String contentType = null;
                JsonNode schema = null;
                if (body.has("content")) {
                    Iterator<String> types = body.path("content").fieldNames();
                    contentType = types.hasNext() ? types.next() : null;
                    schema = contentType == null ? null : body.path("content").path(contentType).path("schema");
                }
                out.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), pathParams, queryParams, contentType, schema,
                        body.path("required").asBoolean(false)));
            }
        }
        return out;
    }

    /** The schema a {@code $ref} names, with the referring node's own keywords (examples, maxLength) on top. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            JsonNode target = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            com.fasterxml.jackson.databind.node.ObjectNode merged = target.isObject()
                    ? ((com.fasterxml.jackson.databind.node.ObjectNode) target).deepCopy() : JSON.createObjectNode();
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            s = merged;
        }
        return s == null ? JSON.createObjectNode() : s;
    }
}
