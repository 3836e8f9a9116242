package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.sample.SampleDataLoader;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger reads running totals (ledger_total, kept by triggers on asset); they must equal the same ledger computed
 * over the register itself, for the city, a county, a township and a village, after inserts (as the legacy import's
 * JDBC batches write them), the sample data's Hibernate writes (registration, confirmation, custody, disposal), value,
 * class, region and owner changes, disposals and deletes.
 */
@QuarkusTest
class LedgerTotalsTest {

    // Counties no other ledger test reads; the rows are this class's own and removed at the end.
    static final List<String> REGIONS = List.of(CITY, "410727000000", "410728000000", "410727101000", "410727101203", "410728102201", COUNTY);

    @Inject
    LedgerService ledger;
    @Inject
    SampleDataLoader loader;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SessionFactory sessionFactory;

    void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    void assertTotalsEqualTheRegister(String when) {
        for (String code : REGIONS) {
            RegionCode r = RegionCode.of(code);
            LedgerDtos.LedgerView fromTotals = QuarkusTransaction.requiringNew().call(() -> ledger.ledger(r));
            LedgerDtos.LedgerView fromRegister = QuarkusTransaction.requiringNew().call(() -> ledger.ledgerFromRegister(r));
            // records: every count, every value with its scale, every key, label and order
            assertThat(fromTotals).as(when + ", " + code).isEqualTo(fromRegister);
        }
    }

    @Test
    void runningTotalsEqualTheRegisterThroughEveryKindOfChange() throws Exception {
        loader.load();
        assertTotalsEqualTheRegister("sample data");

        // 600 assets over two counties, ten villages each, all three classes, a third confirmed, some disposed at once
        for (String county : List.of("410727", "410728")) {
            sql("insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, status, owner_type, ownership_nature,"
                    + " created_by, created_at, updated_at) select gen_random_uuid(), '台账合计样例' || g,"
                    + " (array['OPERATING', 'PUBLIC_WELFARE', 'HOUSEHOLD'])[1 + g % 3], (g * 1234.56)::numeric(18,2),"
                    + " '" + county + "10' || (1 + g % 2) || (201 + g % 5), 'LEGACY', date '2020-01-01',"
                    + " case when g % 17 = 0 then 'DISPOSED' when g % 3 = 0 then 'CONFIRMED' else 'UNCONFIRMED' end,"
                    + " case when g % 3 = 0 then (array['COUNTY_DEPARTMENT', 'TOWNSHIP', 'VILLAGE_COLLECTIVE', 'HOUSEHOLD'])[1 + g % 4] end,"
                    + " case when g % 3 = 0 then (array['STATE_OWNED', 'COLLECTIVE', 'HOUSEHOLD'])[1 + g % 3] end,"
                    + " 'ledger-totals-test', now(), now() from generate_series(1, 300) g");
        }
        assertTotalsEqualTheRegister("inserts");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.ledger(RegionCode.of("410727000000"))).assetCount())
                .isEqualTo(300 - 300 / 17);

        sql("update asset set value = value + 1000.01 where created_by = 'ledger-totals-test' and name like '%1'",
                "update asset set asset_class = 'OPERATING' where created_by = 'ledger-totals-test' and name like '%2'",
                "update asset set region_code = '410728102201' where created_by = 'ledger-totals-test' and name like '%3' and region_code like '410727%'",
                "update asset set status = 'CONFIRMED', owner_type = 'VILLAGE_COLLECTIVE', ownership_nature = 'COLLECTIVE'"
                        + " where created_by = 'ledger-totals-test' and status = 'UNCONFIRMED' and name like '%4'",
                // changes that move no total (the update trigger's condition skips them)
                "update asset set current_batch = 'REVITALISE', version = version + 1 where created_by = 'ledger-totals-test' and name like '%5'");
        assertTotalsEqualTheRegister("value, class, region and owner changes");

        sql("update asset set status = 'DISPOSED', disposed_at = now() where created_by = 'ledger-totals-test' and name like '%6'",
                // a disposal that also changes the value: the old value leaves
                "update asset set status = 'DISPOSED', value = 1 where created_by = 'ledger-totals-test' and name like '%7' and status <> 'DISPOSED'",
                "delete from asset where created_by = 'ledger-totals-test' and name like '%8'");
        assertTotalsEqualTheRegister("disposals and deletes");

        sql("delete from asset where created_by = 'ledger-totals-test'");
        assertTotalsEqualTheRegister("after removing this test's rows");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.ledger(RegionCode.of("410727000000"))).assetCount()).isZero();
    }

    @Test
    void aLedgerIsOneQueryWithNoEntityLoads() {
        loader.load();
        Statistics stats = sessionFactory.getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();
        stats.clear();
        for (String region : List.of(CITY, COUNTY, "410725901000")) {
            as("city", CITY).queryParam("regionCode", region).get("/api/v1/ledger").then().statusCode(200);
        }
        long ledgerQueries = 0;
        for (String q : stats.getQueries()) {
            if (q.contains("ledger_total") || q.contains(" from asset ")) {
                ledgerQueries += stats.getQueryStatistics(q).getExecutionCount();
            }
        }
        assertThat(ledgerQueries).as("one grouping-sets query per ledger").isEqualTo(3);
        assertThat(stats.getEntityStatistics(Asset.class.getName()).getLoadCount()).isZero();
        assertThat(stats.getEntityStatistics(Asset.class.getName()).getFetchCount()).isZero();
    }
}
