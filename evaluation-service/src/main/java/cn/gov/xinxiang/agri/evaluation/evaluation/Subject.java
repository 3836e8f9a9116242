package cn.gov.xinxiang.agri.evaluation.evaluation;

/**
 * The subject of an evaluation, resolved: its id (project UUID or division code), display name and the
 * region whose scope it belongs to.
 */
public record Subject(SubjectType type, String id, String name, String regionCode) {
}
