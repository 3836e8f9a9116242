package cn.gov.xinxiang.agri.contracts.demovillage;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of demonstration villages (topic {@code agri.demonstration-village}, key = designation id), produced by project-service. */
public final class DemonstrationVillageEvents {
    private DemonstrationVillageEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_DEMONSTRATION_VILLAGE;

    /** A village was designated a demonstration village (e.g. 全省康养示范村), with the projects that qualify because of it. */
    /** The projects that qualify because of a designation were replaced (the whole new list). */
    public static final String DEMONSTRATION_VILLAGE_PROJECTS_CHANGED_V1 = EventTypes.PREFIX + "demonstration-village.projects-changed.v1";
    public static final String DEMONSTRATION_VILLAGE_DESIGNATED_V1 = EventTypes.PREFIX + "demonstration-village.designated.v1";
}
