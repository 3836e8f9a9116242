package cn.gov.xinxiang.agri.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Request bodies built from an operation's request schema: one plausible body (the schema's examples,
 * its first enum value, a value of its format) and, from it, malformed and boundary bodies. A body marked
 * {@link Body#invalid()} breaks the schema (or sanity: a 1 MB string, a number beyond any column), so the
 * service must refuse it with a 4xx and store nothing; the others are boundary cases that only must not fail (5xx).
 */
final class SchemaBodies {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String MEGABYTE = "长".repeat(1024 * 1024 / 3 + 1);
    static final int DEPTH = 5_000;

    record Body(String what, String json, boolean invalid) {
    }

    private final ServedApi api;

    SchemaBodies(ServedApi api) {
        this.api = api;
    }

    /** A plausible body for the schema, from its examples where it has them. */
    JsonNode sample(JsonNode schema) {
        return sample(api.resolve(schema), 0);
    }

    private JsonNode sample(JsonNode s, int depth) {
        s = api.resolve(s);
        if (s.has("examples") && s.get("examples").isArray() && !s.get("examples").isEmpty() && !isContainer(s)) {
            return s.get("examples").get(0);
        }
        if (s.has("example") && !isContainer(s)) {
            return s.get("example");
        }
        if (s.has("enum") && !s.get("enum").isEmpty()) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText("");
        if ((type.equals("object") || type.isEmpty()) && !s.has("properties") && s.path("additionalProperties").isObject()) {
            // a map: one entry
            ObjectNode o = NODES.objectNode();
            o.set("A", sample(s.get("additionalProperties"), depth + 1));
            return o;
        }
        if (type.equals("object") || s.has("properties")) {
            ObjectNode o = NODES.objectNode();
            if (depth < 6) {
                s.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
            }
            return o;
        }
        if (type.equals("array")) {
            ArrayNode a = NODES.arrayNode();
            if (depth < 6) {
                a.add(sample(s.path("items"), depth + 1));
            }
            return a;
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(new BigDecimal("1.00"));
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (s.path("format").asText("")) {
                case "date" -> NODES.textNode("2026-03-10");
                case "date-time" -> NODES.textNode("2026-03-10T08:00:00Z");
                case "uuid" -> NODES.textNode("00000000-0000-4000-8000-000000000000");
                default -> NODES.textNode("样例");
            };
        };
    }

    private static boolean isContainer(JsonNode s) {
        return s.path("type").asText("").equals("object") || s.path("type").asText("").equals("array") || s.has("properties");
    }

    /** The generic bad bodies and one mutation per property (recursively, with its path) of the sample body. */
    List<Body> bodies(ServedApi.Operation op) {
        List<Body> out = new ArrayList<>();
        // the served document says required unless the operation declares its body optional (a review's comment)
        boolean required = op.bodyRequired();
        out.add(new Body("empty body", "", required));
        out.add(new Body("not JSON", "这不是JSON {", true));
        out.add(new Body("truncated JSON", "{\"a\": [1, 2", true));
        out.add(new Body("JSON null", "null", required));
        out.add(new Body("a JSON string", "\"文本\"", true));
        out.add(new Body("a JSON number", "123", true));
        out.add(new Body("deep nesting (arrays)", "[".repeat(DEPTH) + "]".repeat(DEPTH), true));
        out.add(new Body("deep nesting (objects)", "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH), true));
        out.add(new Body("a 1 MB string", NODES.objectNode().put("x", MEGABYTE).toString(), false));
        if (op.requestSchema() == null) {
            return out;
        }
        JsonNode schema = api.resolve(op.requestSchema());
        JsonNode base = sample(schema);
        if (!schema.path("type").asText("object").equals("array") && !base.isArray()) {
            out.add(new Body("an array instead of an object", "[]", true));
        }
        mutate("", schema, base, UnaryOperator.identity(), out, 0);
        return out;
    }

    /**
     * Mutations of every property of {@code node} (described by {@code schema}); {@code place} rebuilds the
     * whole body from a replaced {@code node}.
     */
    private void mutate(String path, JsonNode schema, JsonNode node, UnaryOperator<JsonNode> place, List<Body> out, int depth) {
        schema = api.resolve(schema);
        if (depth > 4) {
            return;
        }
        if (node.isObject()) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode propSchema = api.resolve(schema.path("properties").path(name));
                String p = path.isEmpty() ? name : path + "." + name;
                boolean isRequired = required.contains(name);
                UnaryOperator<JsonNode> at = v -> {
                    ObjectNode copy = node.deepCopy();
                    copy.set(name, v);
                    return place.apply(copy);
                };
                if (isRequired) {
                    ObjectNode without = node.deepCopy();
                    without.remove(name);
                    out.add(new Body(p + " missing", place.apply(without).toString(), true));
                }
                out.add(new Body(p + " = null", at.apply(NODES.nullNode()).toString(), isRequired));
                values(p, propSchema, node.get(name), at, out);
                JsonNode child = node.get(name);
                if (child.isObject()) {
                    mutate(p, propSchema, child, at, out, depth + 1);
                } else if (child.isArray() && !child.isEmpty() && child.get(0).isObject()) {
                    JsonNode itemSchema = propSchema.path("items");
                    mutate(p + "[0]", itemSchema, child.get(0), v -> {
                        ArrayNode copy = child.deepCopy();
                        copy.set(0, v);
                        return at.apply(copy);
                    }, out, depth + 1);
                }
            }
        }
    }

    /** Wrong types, huge and negative numbers, long strings for one property. */
    private static void values(String p, JsonNode s, JsonNode current, UnaryOperator<JsonNode> at, List<Body> out) {
        String type = s.path("type").asText(current.isTextual() ? "string" : current.isNumber() ? "number" : current.isBoolean() ? "boolean" : "");
        boolean enumerated = s.has("enum");
        String format = s.path("format").asText("");
        switch (type) {
            case "string" -> {
                out.add(new Body(p + " a 1 MB string", at.apply(NODES.textNode(MEGABYTE)).toString(), true));
                out.add(new Body(p + " a number", at.apply(NODES.numberNode(12345)).toString(), true));
                out.add(new Body(p + " a boolean", at.apply(NODES.booleanNode(true)).toString(), true));
                out.add(new Body(p + " an object", at.apply(NODES.objectNode().put("a", 1)).toString(), true));
                out.add(new Body(p + " an array", at.apply(NODES.arrayNode().add("a")).toString(), true));
                if (enumerated) {
                    out.add(new Body(p + " not one of its values", at.apply(NODES.textNode("NO_SUCH_VALUE")).toString(), true));
                }
                if (format.equals("date") || format.equals("date-time") || format.equals("uuid")) {
                    out.add(new Body(p + " not a " + format, at.apply(NODES.textNode("2026-13-45")).toString(), true));
                }
                out.add(new Body(p + " blank", at.apply(NODES.textNode("  ")).toString(), false));
                out.add(new Body(p + " control characters and emoji", at.apply(NODES.textNode("\u0000\u0007😀\uFFFF")).toString(), false));
            }
            case "integer", "number" -> {
                out.add(new Body(p + " a string", at.apply(NODES.textNode("十二")).toString(), true));
                out.add(new Body(p + " a boolean", at.apply(NODES.booleanNode(true)).toString(), true));
                out.add(new Body(p + " an object", at.apply(NODES.objectNode()).toString(), true));
                out.add(new Body(p + " huge (1e400)", at.apply(NODES.numberNode(new BigDecimal("1e400"))).toString().replace("1E+400", "1e400"), true));
                out.add(new Body(p + " huge (30 digits)", at.apply(NODES.numberNode(new BigDecimal("999999999999999999999999999999"))).toString(), true));
                boolean nonNegative = s.has("minimum") && s.get("minimum").asDouble() >= 0
                        || s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber() && s.get("exclusiveMinimum").asDouble() >= 0;
                out.add(new Body(p + " negative", at.apply(NODES.numberNode(-1)).toString(), nonNegative));
                out.add(new Body(p + " hugely negative", at.apply(NODES.numberNode(new BigDecimal("-999999999999999999999999999999"))).toString(), true));
                if (type.equals("number")) {
                    out.add(new Body(p + " many decimals", at.apply(NODES.numberNode(new BigDecimal("0.1234567890123456789"))).toString(), false));
                }
                out.add(new Body(p + " zero", at.apply(NODES.numberNode(0)).toString(), false));
            }
            case "boolean" -> {
                out.add(new Body(p + " a string", at.apply(NODES.textNode("是")).toString(), true));
                out.add(new Body(p + " an object", at.apply(NODES.objectNode()).toString(), true));
            }
            case "array" -> {
                out.add(new Body(p + " a string", at.apply(NODES.textNode("x")).toString(), true));
                out.add(new Body(p + " deeply nested", at.apply(NODES.textNode("__DEEP__")).toString()
                        .replace("\"__DEEP__\"", "[".repeat(DEPTH) + "]".repeat(DEPTH)), true));
                out.add(new Body(p + " empty", at.apply(NODES.arrayNode()).toString(), false));
            }
            case "object" -> {
                out.add(new Body(p + " a string", at.apply(NODES.textNode("x")).toString(), true));
                out.add(new Body(p + " an array", at.apply(NODES.arrayNode().add(1)).toString(), true));
            }
            default -> {
            }
        }
    }
}
