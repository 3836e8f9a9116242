package cn.gov.xinxiang.agri.testing;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/** Registers the test broker's stop/restart under {@link #NAME} in the platform MBean server. */
public final class KafkaControl implements KafkaControlMBean {

    public static final String NAME = "cn.gov.xinxiang.agri.testing:type=KafkaControl";

    private final EmbeddedKafka kafka;

    private KafkaControl(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    static void register(EmbeddedKafka kafka) {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new KafkaControl(kafka), name);
        } catch (Exception e) {
            throw new IllegalStateException("could not register the test broker control", e);
        }
    }

    static void unregister() {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (Exception ignored) {
            // nothing to unregister
        }
    }

    /** Invokes "stop" or "restart" on whatever broker is registered. */
    static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), operation, new Object[0], new String[0]);
        } catch (javax.management.InstanceNotFoundException e) {
            throw new IllegalStateException("no test broker is running");
        } catch (Exception e) {
            throw new IllegalStateException("could not " + operation + " the test broker", e);
        }
    }

    @Override
    public void stop() {
        kafka.stop();
    }

    @Override
    public void restart() {
        kafka.restart();
    }
}
