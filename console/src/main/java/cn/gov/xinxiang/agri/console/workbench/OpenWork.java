package cn.gov.xinxiang.agri.console.workbench;

import java.util.List;

/**
 * Which project statuses are a tier's open work (工作台), in the order of the intake: the village
 * submits drafts (returned ones come back as drafts), the township reviews submissions, the county
 * decides, starts and ends notices and accepts completed projects. Plain Java, tested alone.
 */
public final class OpenWork {
    private OpenWork() {
    }

    /** One kind of open project work: the status it waits in, what the tier does, and whether it is this tier's move. */
    public record ProjectWork(String status, String label, boolean yourMove) {
    }

    /** The half-year whose income inventory is owed on a day: the last one that has ended (2025H2 on 2026-03-01). */
    public static String lastEndedHalfYear(java.time.LocalDate day) {
        return day.getMonthValue() <= 6 ? (day.getYear() - 1) + "H2" : day.getYear() + "H1";
    }

    public static List<ProjectWork> projectWork(String role) {
        if (role == null) {
            return List.of();
        }
        return switch (role) {
            case "village" -> List.of(
                    new ProjectWork("DRAFT", "草稿与退回项目（待补充、提交）", true),
                    new ProjectWork("SUBMITTED", "已申报，等待乡镇审核", false));
            case "township" -> List.of(
                    new ProjectWork("SUBMITTED", "村申报项目（待乡镇审核）", true),
                    new ProjectWork("TOWNSHIP_REVIEWED", "已审核，等待县级审定", false));
            case "county" -> List.of(
                    new ProjectWork("TOWNSHIP_REVIEWED", "乡镇已审核（待县级审定）", true),
                    new ProjectWork("COUNTY_APPROVED", "已审定（待启动公示）", true),
                    new ProjectWork("IN_NOTICE", "公示中（到期后入库）", true),
                    new ProjectWork("COMPLETED", "已竣工（待验收）", true));
            case "city", "auditor" -> List.of(
                    new ProjectWork("TOWNSHIP_REVIEWED", "各县待审定项目", false),
                    new ProjectWork("IN_NOTICE", "公示中项目", false),
                    new ProjectWork("IN_LIBRARY", "已入库项目", false));
            default -> List.of();
        };
    }
}
