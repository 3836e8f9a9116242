package cn.gov.xinxiang.agri.asset.register;

/** The four batches (四个一批) an operating asset is placed in, with the measures each calls for. */
public enum Batch {
    CONSOLIDATE("巩固一批", "支持产品研发、品牌打造、融合发展"),
    UPGRADE("升级一批", "补上设施短板，延长产业链条"),
    REVITALISE("盘活一批", "租金减免、就业奖补、金融信贷等纾困措施"),
    ADJUST("调整一批", "依法依规处置，妥善处理遗留问题，规划发展新产业");

    public final String label;
    public final String typicalMeasures;

    Batch(String label, String typicalMeasures) {
        this.label = label;
        this.typicalMeasures = typicalMeasures;
    }
}
