package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of the project aggregate (topic {@code agri.project}). */
public final class ProjectEvents {
    private ProjectEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_PROJECT;

    public static final String DRAFTED_V1 = EventTypes.PREFIX + "project.drafted.v1";
    public static final String ADMITTED_V1 = EventTypes.PREFIX + "project.admitted.v1";
    public static final String ACCEPTED_V1 = EventTypes.PREFIX + "project.accepted.v1";
}
