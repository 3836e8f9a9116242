package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of the project aggregate (topic {@code agri.project}). One event per state change. */
public final class ProjectEvents {
    private ProjectEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_PROJECT;

    public static final String DRAFTED_V1 = EventTypes.PREFIX + "project.drafted.v1";
    /** The village submitted the project (村申报), first time or after a return. */
    public static final String SUBMITTED_V1 = EventTypes.PREFIX + "project.submitted.v1";
    /** An intermediate approval: township reviewed, county approved, public notice started. */
    public static final String REVIEWED_V1 = EventTypes.PREFIX + "project.reviewed.v1";
    /** A reviewer returned the project to the tier below, with reasons. */
    public static final String RETURNED_V1 = EventTypes.PREFIX + "project.returned.v1";
    public static final String ADMITTED_V1 = EventTypes.PREFIX + "project.admitted.v1";
    /** The first linkage-fund allocation arrived: the project is in progress. */
    public static final String STARTED_V1 = EventTypes.PREFIX + "project.started.v1";
    public static final String COMPLETED_V1 = EventTypes.PREFIX + "project.completed.v1";
    public static final String ACCEPTED_V1 = EventTypes.PREFIX + "project.accepted.v1";
    /** Actual linked households and income of one project year, per mechanism (feeds evaluation). */
    public static final String RESULTS_REPORTED_V1 = EventTypes.PREFIX + "project.results-reported.v1";
    /** A registered operating entity was linked to the project in a role (实施主体, 带动主体, 收购方, ...). */
    public static final String ENTITY_LINKED_V1 = EventTypes.PREFIX + "project.entity-linked.v1";
}
