package cn.gov.xinxiang.agri.asset;

import cn.gov.xinxiang.agri.testing.ServiceSmokeTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeTest extends ServiceSmokeTest {
}
