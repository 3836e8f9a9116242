package cn.gov.xinxiang.agri.console.session;

/** Chinese names of the roles the tokens carry. */
public final class Roles {
    private Roles() {
    }

    public static String label(String role) {
        if (role == null) {
            return "未知";
        }
        return switch (role) {
            case "city" -> "市级领管";
            case "county" -> "县级统管";
            case "township" -> "乡镇辖管";
            case "village" -> "村级直管";
            case "auditor" -> "审计（只读）";
            case "service" -> "服务账号";
            case "judge" -> "评委";
            default -> role;
        };
    }
}
