package cn.gov.xinxiang.agri.asset.fxb;

import cn.gov.xinxiang.agri.funding.fxc.FxcThing;
import org.apache.kafka.common.TopicPartition;

/** Fixture for ArchitectureRulesTest: a rule class that knows a framework (Kafka) and another service. */
public class FxbRules {
    public static boolean decide(TopicPartition p, FxcThing other) {
        return p.partition() > 0 && other != null;
    }
}
