package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.testing.ImportJobs;
import cn.gov.xinxiang.agri.testing.XlsxFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Library projects of earlier years enter the library directly, once, with their mechanisms and admitted events. */
@QuarkusTest
class LibraryProjectImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    static Map<String, Object> project(String code) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("*项目编号", code);
        r.put("*项目名称", "2021年城关一村肉羊养殖项目" + code);
        r.put("*项目年度", 2021);
        r.put("*实施地区划代码", VILLAGE);
        r.put("*产业类别", "特色种养");
        r.put("*衔接资金（元）", 800000);
        r.put("自筹资金（元）", 200000);
        r.put("*入库日期", "2021-04-15");
        r.put("*经营主体名称", "原阳县鑫农肉羊养殖专业合作社");
        r.put("*经营主体类型", "农民合作社");
        r.put("*主体角色", "合作社");
        r.put("*联农带农方式1", "就业务工");
        r.put("*方式1带动脱贫户数", 30);
        r.put("*方式1户均增收（元）", 3000);
        r.put("*联农带农方式2", "入股分红");
        r.put("*方式2带动脱贫户数", 20);
        r.put("方式2带动监测户数", 5);
        r.put("*方式2户均增收（元）", 800.5);
        return r;
    }

    static byte[] workbook(List<Map<String, Object>> rows) {
        List<String> headers = new ArrayList<>();
        LibraryProjectColumns.ALL.forEach(c -> headers.add(c.templateHeader()));
        return XlsxFiles.workbook("x", headers, rows);
    }

    static JsonPath run(String role, String region, byte[] file) {
        Response r = given().header("Authorization", bearer(role, region)).contentType(XLSX).body(file).post("/api/v1/imports/library-projects");
        return ImportJobs.finished(r, bearer(role, region), Duration.ofSeconds(60));
    }

    long count(String sql, Object p) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, p).getSingleResult()).longValue());
    }

    @Test
    void earlierYearsProjectsEnterTheLibraryOnceWithMechanismsAndAdmittedEvents() throws Exception {
        String prefix = "HX" + (System.nanoTime() % 1_000_000_000L);
        byte[] file = workbook(List.of(project(prefix + "-1"), project(prefix + "-2")));
        JsonPath job = run("county", COUNTY, file);
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("createdRows")).isEqualTo(2);
        String id = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id::text from project where code = ?1")
                .setParameter(1, prefix + "-1").getSingleResult().toString());
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/projects/" + id).then().statusCode(200)
                .body("status", equalTo("IN_LIBRARY")).body("fiscalYear", equalTo(2021)).body("mechanisms.size()", equalTo(2));
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and type = 'cn.gov.xinxiang.agri.project.admitted.v1' "
                + "and payload->'data'->>'admittedAt' = '2021-04-14T16:00:00Z'", id)).isEqualTo(1);
        assertThat(count("select count(*) from project_transition where project_id = cast(?1 as uuid) and to_status = 'IN_LIBRARY'", id)).isEqualTo(1);

        JsonPath again = run("county", COUNTY, file);
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("unchangedRows")).isEqualTo(2);
        assertThat(count("select count(*) from project where code like ?1", prefix + "%")).isEqualTo(2);
    }

    @Test
    void badRowsFailTheFileWithEveryRowsErrorsAndNothingIsStored() throws Exception {
        String prefix = "HB" + (System.nanoTime() % 1_000_000_000L);
        Map<String, Object> oneMechanism = project(prefix + "-1");
        oneMechanism.put("*联农带农方式2", "就业务工");
        Map<String, Object> elsewhere = project(prefix + "-2");
        elsewhere.put("*实施地区划代码", "410726901201");
        Map<String, Object> good = project(prefix + "-3");
        JsonPath job = run("county", COUNTY, workbook(List.of(good, oneMechanism, elsewhere)));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getList("errors.row", Integer.class)).containsExactly(3, 4);
        assertThat(job.getString("errors[0].message")).contains("不得重复");
        assertThat(job.getString("errors[1].message")).contains("不在您的辖区");
        assertThat(count("select count(*) from project where code like ?1", prefix + "%")).isZero();
        given().header("Authorization", bearer("village", VILLAGE)).contentType(XLSX).body(workbook(List.of()))
                .post("/api/v1/imports/library-projects").then().statusCode(403);
    }
}
