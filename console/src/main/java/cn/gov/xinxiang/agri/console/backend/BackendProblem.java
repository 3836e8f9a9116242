package cn.gov.xinxiang.agri.console.backend;

import java.util.List;

/**
 * A service answered with an error (RFC 9457 problem) or could not be reached (status 502/504). The
 * console shows it to the user as it came, with the field paths of a 422.
 */
public class BackendProblem extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final String service;
    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public BackendProblem(String service, int status, String title, String detail, List<FieldError> errors) {
        super(service + " " + status + ": " + (detail == null ? title : detail));
        this.service = service;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What the user reads: a Chinese lead for the status, then the service's own words. */
    public String summary() {
        String lead = switch (status) {
            case 400 -> "输入有误";
            case 401 -> "登录已失效，请重新登录";
            case 403 -> "无权执行此操作";
            case 404 -> "未找到（或不在您的辖区内）";
            case 409 -> "状态冲突";
            case 412 -> "数据已被他人修改，请刷新后重试";
            case 422 -> "不符合业务规则";
            case 502, 503, 504 -> "服务暂不可用";
            default -> "操作失败";
        };
        return lead + "（" + service + "，" + status + "）" + (detail == null || detail.isBlank() ? "" : "：" + detail);
    }
}
