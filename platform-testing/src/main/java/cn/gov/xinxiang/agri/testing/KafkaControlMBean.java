package cn.gov.xinxiang.agri.testing;

/** JMX view of the test broker: JVM-wide, so tests reach it whatever class loader they run in. */
public interface KafkaControlMBean {
    void stop();

    void restart();
}
