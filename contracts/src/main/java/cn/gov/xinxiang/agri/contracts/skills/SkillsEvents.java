package cn.gov.xinxiang.agri.contracts.skills;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of skills training and certificates (topic {@code agri.skills}), produced by project-service. */
public final class SkillsEvents {
    private SkillsEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_SKILLS;

    /** A certificate of a person of a poverty-alleviated or monitored household was recorded (one by one or imported). */
    public static final String CERTIFICATE_RECORDED_V1 = EventTypes.PREFIX + "skills.certificate-recorded.v1";
}
