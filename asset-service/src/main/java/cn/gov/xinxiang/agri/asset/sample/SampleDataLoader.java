package cn.gov.xinxiang.agri.asset.sample;

import cn.gov.xinxiang.agri.asset.custody.CustodyPosition;
import cn.gov.xinxiang.agri.asset.custody.CustodyService;
import cn.gov.xinxiang.agri.asset.custody.HandoverRules;
import cn.gov.xinxiang.agri.asset.custody.Handover;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Loads sample/asset-sample.sql and builds the sample assets' custody chains, for local runs only.
 * Off unless agri.asset.sample-data.enabled=true (the dev profile). Idempotent.
 */
@ApplicationScoped
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
    static final UUID FIRST_SAMPLE_ASSET = UUID.fromString("5a000000-0000-4000-8000-000000000001");
    static final String ACTOR = "sample-loader";

    @ConfigProperty(name = "agri.asset.sample-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    CustodyService custody;

    void onStart(@Observes StartupEvent ev) {
        if (enabled) {
            load();
        }
    }

    /** @return false when the sample data was already there */
    public boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (((Number) em.createNativeQuery("select count(*) from asset where id = ?1").setParameter(1, FIRST_SAMPLE_ASSET)
                    .getSingleResult()).longValue() > 0) {
                return false;
            }
            for (String statement : script().split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty()) {
                    em.createNativeQuery(sql).executeUpdate();
                }
            }
            // The script bypasses AssetService, so it also bypasses the signed empty head every new asset gets.
            for (Object id : em.createNativeQuery("select cast(a.id as varchar) from asset a where cast(a.id as varchar) like '5a000000-0000-4000-8000-%' "
                    + "and not exists (select 1 from custody_anchor c where c.asset_id = a.id)").getResultList()) {
                custody.anchorNew(UUID.fromString(id.toString()));
            }
            Instant at = Instant.parse("2024-03-05T02:00:00Z");
            Map<Tier, String[]> units = Map.of(
                    Tier.CITY, new String[]{"新乡市农业农村局", "市级领管责任人（样例）"},
                    Tier.COUNTY, new String[]{"县农业农村局（样例）", "县级统管责任人（样例）"},
                    Tier.TOWNSHIP, new String[]{"镇人民政府（样例）", "乡镇辖管责任人（样例）"},
                    Tier.VILLAGE, new String[]{"村民委员会（样例）", "村级直管责任人（样例）"});
            for (String[] a : new String[][]{{"000000000001", "410725901201"}, {"000000000003", "410725901000"},
                    {"000000000004", "410725901201"}, {"000000000006", "410726901201"}}) {
                UUID id = UUID.fromString("5a000000-0000-4000-8000-" + a[0]);
                RegionCode location = RegionCode.of(a[1]);
                for (Tier t : HandoverRules.requiredTiers(location)) {
                    CustodyPosition p = new CustodyPosition();
                    p.assetId = id;
                    p.tier = t.name();
                    p.regionCode = location.at(t).value();
                    p.unitName = units.get(t)[0];
                    p.personName = units.get(t)[1];
                    p.since = at;
                    p.persist();
                    custody.append(id, CustodyService.ASSIGNED, t, p.regionCode, p.unitName, p.personName, null, ACTOR, "样例数据", at);
                }
            }
            // A handover waiting for its receiver (village tier of asset 1).
            Handover h = new Handover();
            h.id = UUID.fromString("5a000000-0000-4000-8000-000000000601");
            h.assetId = FIRST_SAMPLE_ASSET;
            h.tier = Tier.VILLAGE.name();
            h.regionCode = "410725901201";
            h.fromUnit = units.get(Tier.VILLAGE)[0];
            h.fromPerson = units.get(Tier.VILLAGE)[1];
            h.toUnit = "城关一村股份经济合作社（样例）";
            h.toPerson = "新任直管责任人（样例）";
            h.toSubject = "village-410725901201-receiver";
            h.note = "村两委换届（样例）";
            h.status = Handover.Status.PROPOSED;
            h.proposedBy = ACTOR;
            h.proposedAt = Instant.parse("2026-02-01T02:00:00Z");
            h.persist();
            custody.append(FIRST_SAMPLE_ASSET, CustodyService.HANDOVER_PROPOSED, Tier.VILLAGE, h.regionCode, h.toUnit, h.toPerson, h.id, ACTOR,
                    "from " + h.fromUnit + "/" + h.fromPerson + "; " + h.note, h.proposedAt);
            LOG.info("asset-service sample data loaded (local use only)");
            return true;
        });
    }

    private static String script() {
        try (InputStream in = SampleDataLoader.class.getResourceAsStream("/sample/asset-sample.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
