package cn.gov.xinxiang.agri.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details. {@code type} is stable and machine-readable; {@code detail} is for people;
 * {@code errors} names each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:agri:problem:";

    public record FieldError(String field, String message) {
    }
}
