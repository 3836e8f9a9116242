package cn.gov.xinxiang.agri.console.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Chart data for a page: JSON safe inside a script element (no "<" that could close it). */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private Json() {
    }

    public static String forScript(Object data) {
        try {
            return MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
