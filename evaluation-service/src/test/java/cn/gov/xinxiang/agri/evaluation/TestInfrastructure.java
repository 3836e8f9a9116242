package cn.gov.xinxiang.agri.evaluation;

import cn.gov.xinxiang.agri.testing.SuiteInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;

/** One real PostgreSQL and one real Kafka broker for all of this module's Quarkus tests. */
@QuarkusTestResource(value = SuiteInfrastructureResource.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
