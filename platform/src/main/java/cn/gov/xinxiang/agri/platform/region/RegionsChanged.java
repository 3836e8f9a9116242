package cn.gov.xinxiang.agri.platform.region;

/**
 * Fired (CDI event) inside a transaction that changed the {@code region} table; the directory
 * reloads after that transaction commits. Other replicas notice through the directory's version.
 */
public record RegionsChanged(String why) {
}
