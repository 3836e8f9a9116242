package cn.gov.xinxiang.agri.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the Kafka record value is this whole envelope.
 * Subject is the aggregate id, which is also the Kafka key.
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("specversion", SPEC_VERSION);
        node.put("id", id);
        node.put("source", source);
        node.put("type", type);
        node.put("subject", subject);
        node.put("time", time.toString());
        node.put("datacontenttype", "application/json");
        node.set("data", data);
        return node;
    }

    /**
     * Parses a structured-mode envelope.
     *
     * @throws MalformedEventException when the text is not JSON or lacks a required attribute
     */
    public static CloudEvent parse(ObjectMapper mapper, String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (Exception e) {
            throw new MalformedEventException("value is not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("value is not a JSON object");
        }
        if (!SPEC_VERSION.equals(text(node, "specversion"))) {
            throw new MalformedEventException("specversion must be 1.0");
        }
        Instant time;
        try {
            time = Instant.parse(text(node, "time"));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("time is not an RFC 3339 timestamp");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("data must be a JSON object");
        }
        return new CloudEvent(text(node, "id"), text(node, "source"), text(node, "type"), text(node, "subject"), time, data);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new MalformedEventException("missing attribute '" + field + "'");
        }
        return v.asText();
    }

    /** The event cannot be understood at all; it belongs on the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
