package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportHandler;
import cn.gov.xinxiang.agri.platform.imports.ImportPlan;
import cn.gov.xinxiang.agri.platform.imports.ImportProgress;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Import kind {@code legacy-assets}: assets formed and confirmed before this system (the city's
 * 29.97 亿元 registered before it), each entering the register confirmed, with its custody chain sealed,
 * and announced as the normal path announces (registered with {@code registeredVia=IMPORT}, confirmed,
 * custody-changed per named tier). City users import anywhere, county users within their county.
 * Natural key: location code + 原资产编号.
 */
@ApplicationScoped
public class LegacyAssetImport implements ImportHandler {

    public static final String KIND = "legacy-assets";

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    Clock clock;

    @Inject
    LegacyAssetWriter writer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "历史资产";
    }

    @Override
    public List<ImportColumn> columns() {
        return LegacyAssetColumns.ALL;
    }

    @Override
    public Optional<Violation> refusal(ImportCaller caller) {
        return caller.is(Role.CITY) || caller.is(Role.COUNTY) ? Optional.empty()
                : Optional.of(Violation.forbidden("legacy-import.who", caller.role().claim));
    }

    @Override
    public ImportPlan plan(UUID jobId, List<ImportRow> rows, ImportCaller caller, ImportProgress progress) {
        Map<String, LegacyAssetRowValidator.Household> households = households(rows);
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        LegacyAssetRowValidator validator = new LegacyAssetRowValidator(new LegacyAssetRowValidator.Lookups() {
            @Override
            public Optional<Text> regionProblem(RegionCode code) {
                return regions.problemText(code);
            }

            @Override
            public Optional<LegacyAssetRowValidator.Household> household(String no) {
                return Optional.ofNullable(households.get(no));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        }, caller);

        List<ImportError> errors = new ArrayList<>();
        Map<String, LegacyAssetRow> byKey = new LinkedHashMap<>();
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            LegacyAssetRowValidator.Result r = validator.check(rows.get(i));
            errors.addAll(r.errors());
            if (r.ok()) {
                LegacyAssetRow earlier = byKey.putIfAbsent(r.row().key(), r.row());
                if (earlier != null) {
                    if (earlier.digest().equals(r.row().digest())) {
                        unchanged++;   // the same asset twice in one file: stored once
                    } else {
                        errors.add(ImportError.of(r.row().rowNumber(), "原资产编号", LegacyAssetColumns.LEGACY_NO,
                                new Text("legacy-import.same-key", earlier.rowNumber(), r.row().regionCode())));
                    }
                }
            }
            progress.processed(i + 1);
        }
        Map<String, String[]> stored = stored(byKey.values());
        List<LegacyAssetRow> fresh = new ArrayList<>();
        for (LegacyAssetRow row : byKey.values()) {
            String[] existing = stored.get(row.key());
            if (existing == null) {
                fresh.add(row);
            } else if (row.digest().equals(existing[1])) {
                unchanged++;
            } else {
                errors.add(ImportError.of(row.rowNumber(), "原资产编号", LegacyAssetColumns.LEGACY_NO,
                        new Text("legacy-import.registered", existing[0], row.regionCode())));
            }
        }
        return ImportPlan.of(errors, unchanged, () -> writer.write(jobId, fresh, caller));
    }

    /** The roster households the file names, in one query. */
    private Map<String, LegacyAssetRowValidator.Household> households(List<ImportRow> rows) {
        String[] numbers = rows.stream().map(r -> r.get(LegacyAssetColumns.HOUSEHOLD_NO).strip()).filter(s -> !s.isEmpty()).distinct().toArray(String[]::new);
        Map<String, LegacyAssetRowValidator.Household> out = new HashMap<>();
        if (numbers.length == 0) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            Array a = c.createArrayOf("varchar", numbers);
            try (PreparedStatement ps = c.prepareStatement("select national_household_no, id, village_code from household where national_household_no = any(?)")) {
                ps.setArray(1, a);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new LegacyAssetRowValidator.Household(rs.getObject(2, UUID.class), rs.getString(3)));
                    }
                }
            }
        });
        return out;
    }

    /** Key to {asset id, import digest} of the assets already stored under the rows' natural keys, in one query. */
    private Map<String, String[]> stored(java.util.Collection<LegacyAssetRow> rows) {
        Map<String, String[]> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        String[] regionCodes = rows.stream().map(LegacyAssetRow::regionCode).toArray(String[]::new);
        String[] numbers = rows.stream().map(LegacyAssetRow::legacyAssetNo).toArray(String[]::new);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select a.region_code, a.legacy_asset_no, a.id, a.import_digest from asset a "
                    + "join unnest(?, ?) as k(region_code, legacy_asset_no) on a.region_code = k.region_code and a.legacy_asset_no = k.legacy_asset_no")) {
                ps.setArray(1, c.createArrayOf("varchar", regionCodes));
                ps.setArray(2, c.createArrayOf("varchar", numbers));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "|" + rs.getString(2), new String[]{rs.getString(3), rs.getString(4)});
                    }
                }
            }
        });
        return out;
    }
}
