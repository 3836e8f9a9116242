package cn.gov.xinxiang.agri.project.library;

/** Farmer-linking mechanisms (联农带农方式), the coded list of the policy. */
public enum MechanismType {
    EMPLOYMENT("就业务工"),
    ORDER_PURCHASING("订单收购"),
    LAND_TRANSFER("土地流转"),
    EQUITY_DIVIDEND("入股分红"),
    ASSET_LEASE("资产租赁"),
    PRODUCTION_TRUSTEESHIP("生产托管"),
    TECHNICAL_SERVICE("技术服务"),
    COMMISSION_SALES("产品代销"),
    OTHER("其他");

    public final String label;

    MechanismType(String label) {
        this.label = label;
    }
}
