package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.asset.confirmation.OwnershipRules;
import cn.gov.xinxiang.agri.asset.custody.CustodySealer;
import cn.gov.xinxiang.agri.asset.custody.HandoverRules;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.RowCheck;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.imports.LegacyAssetColumns.*;

/**
 * Checks one row of a legacy-asset file with the register's own rules: the location rule of the
 * contracts module ({@link AcceptanceRules#location}, as for takeovers and legacy registration), the
 * region directory (unknown and retired codes), the caller's region subtree, ownership
 * ({@link OwnershipRules}, as for confirmation) and the custody chain's tiers ({@link HandoverRules#requiredTiers}).
 * Plain code: the directory and the household roster come in through {@link Lookups}; unit-tested.
 */
public final class LegacyAssetRowValidator {

    /** What a row is checked against. */
    public interface Lookups {
        /** The field error a new record naming this region deserves (unknown, retired), or empty. */
        Optional<Text> regionProblem(RegionCode code);

        /** The household of the roster copy with this national household number. */
        Optional<Household> household(String nationalHouseholdNo);

        LocalDate today();
    }

    public record Household(UUID id, String villageCode) {
    }

    /** A checked row, or its errors. */
    public record Result(LegacyAssetRow row, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final Map<String, AssetClass> CLASSES = RowCheck.labels(AssetClass.class, c -> c.label);
    static final Map<String, OwnerType> OWNER_TYPES = RowCheck.labels(OwnerType.class, c -> c.label);
    static final Map<String, OwnershipNature> NATURES = RowCheck.labels(OwnershipNature.class, c -> c.label);

    private final Lookups lookups;
    private final ImportCaller caller;

    public LegacyAssetRowValidator(Lookups lookups, ImportCaller caller) {
        this.lookups = lookups;
        this.caller = caller;
    }

    public Result check(ImportRow input) {
        RowCheck c = new RowCheck(input, ALL);
        String legacyNo = c.text(LEGACY_NO, 60);
        String name = c.text(NAME, AcceptanceRules.MAX_ASSET_NAME);
        AssetClass cls = c.choice(ASSET_CLASS, CLASSES);
        BigDecimal value = c.decimal(VALUE, 16, 2, BigDecimal.ZERO);
        String regionCode = c.digits(REGION, 12);
        LocalDate inService = c.date(IN_SERVICE);
        OwnerType ownerType = c.choice(OWNER_TYPE, OWNER_TYPES);
        String ownerName = c.text(OWNER_NAME, 200);
        String ownerRegionCode = c.digits(OWNER_REGION, 12);
        OwnershipNature nature = c.choice(NATURE, NATURES);
        String householdNo = c.text(HOUSEHOLD_NO, 40);
        LocalDate confirmedOn = c.date(CONFIRMED_ON);
        String docNo = c.text(DOC_NO, 100);
        String projectName = c.text(PROJECT_NAME, AcceptanceRules.MAX_PROJECT_NAME);
        String projectCode = c.text(PROJECT_CODE, AcceptanceRules.MAX_PROJECT_CODE);
        LocalDate today = lookups.today();
        Integer projectYear = c.integer(PROJECT_YEAR, 1980, today.getYear());

        if (confirmedOn != null && confirmedOn.isAfter(today)) {
            c.error(CONFIRMED_ON, new Text("problem.not-future"));
        }
        if (inService != null && inService.isAfter(today)) {
            c.error(IN_SERVICE, new Text("problem.not-future"));
        }

        // where the asset stands: a known, active village or township within the caller's region
        RegionCode location = null;
        if (regionCode != null) {
            RegionCode r = RegionCode.of(regionCode);
            Optional<Text> problem = lookups.regionProblem(r);
            if (problem.isPresent()) {
                c.error(REGION, problem.get());
            } else if (!caller.scope().covers(r)) {
                c.error(REGION, new Text("legacy-import.outside-region", caller.region().value()));
            } else if (cls != null) {
                List<AcceptanceRules.Refusal> refusals = AcceptanceRules.location(cls.name(), regionCode, householdNo != null);
                for (AcceptanceRules.Refusal refusal : refusals) {
                    c.error(refusal.field().equals("locationRegionCode") ? REGION : HOUSEHOLD_NO, new Text(refusal.key(), refusal.arguments()));
                }
                if (refusals.isEmpty()) {
                    location = r;
                }
            } else if (r.tier() == Tier.VILLAGE || r.tier() == Tier.TOWNSHIP) {
                location = r;
            } else {
                c.error(REGION, new Text("acceptance.location-tier." + r.tier().name(), r.value()));
            }
        }

        // the household of a household asset (到户类): on the roster, of the village where it stands
        UUID householdId = null;
        if (householdNo != null && cls == AssetClass.HOUSEHOLD && !c.failed(HOUSEHOLD_NO)) {
            Optional<Household> h = lookups.household(householdNo);
            if (h.isEmpty()) {
                c.error(HOUSEHOLD_NO, new Text("legacy-import.household-unknown", householdNo));
            } else if (location != null && !h.get().villageCode().equals(location.value())) {
                c.error(HOUSEHOLD_NO, new Text("legacy-import.household-elsewhere", h.get().villageCode(), location.value()));
            } else {
                householdId = h.get().id();
            }
        }

        // ownership (确权): the confirmation rules
        RegionCode ownerRegion = null;
        if (ownerType != null && location != null) {
            if (ownerRegionCode == null) {
                ownerRegion = location.at(ownerType.tier);
            } else {
                RegionCode r = RegionCode.of(ownerRegionCode);
                Optional<Text> problem = lookups.regionProblem(r);
                if (problem.isPresent()) {
                    c.error(OWNER_REGION, problem.get());
                } else {
                    ownerRegion = r;
                }
            }
        }
        if (cls == AssetClass.HOUSEHOLD && householdNo == null && !c.failed(HOUSEHOLD_NO)) {
            c.error(HOUSEHOLD_NO, new Text("legacy-import.household-required"));
        }
        if (cls != null && location != null && ownerType != null && nature != null && ownerRegion != null && !c.failed(HOUSEHOLD_NO)
                && (cls != AssetClass.HOUSEHOLD || householdId != null)) {
            OwnershipRules.violation(cls, location, householdId,
                    new OwnershipRules.Claim(ownerType, nature, ownerRegion, ownerType == OwnerType.HOUSEHOLD ? householdId : null))
                    .ifPresent(v -> c.error(v.field() != null ? OWNER_REGION : OWNER_TYPE, v.text()));
        }

        // the custody chain: each named tier has unit and person; township always, village where the asset stands in one
        List<CustodySealer.Assignment> custodians = new ArrayList<>();
        List<Tier> needed = location == null ? List.of() : HandoverRules.requiredTiers(location);
        for (Tier t : TIERS) {
            String unit = c.text(unit(t), 200);
            String person = c.text(person(t), 100);
            if (unit == null && person == null) {
                if (location != null && (t == Tier.TOWNSHIP || t == Tier.VILLAGE) && needed.contains(t) && !c.failed(unit(t))) {
                    c.error(unit(t), new Text("legacy-import.custodian-required", new Text("tier." + location.tier().name()), new Text("tier." + t.name())));
                }
                continue;
            }
            if (unit == null || person == null) {
                if (!c.failed(unit(t)) && !c.failed(person(t))) {
                    c.error(unit == null ? unit(t) : person(t), new Text("legacy-import.custodian-both", new Text("tier." + t.name())));
                }
                continue;
            }
            if (location != null && !needed.contains(t)) {
                c.error(unit(t), new Text("custody.no-such-tier", new Text("tier." + location.tier().name()), new Text("tier." + t.name())));
                continue;
            }
            if (location != null) {
                custodians.add(new CustodySealer.Assignment(t, location.at(t).value(), unit, person));
            }
        }

        if (!c.ok()) {
            return new Result(null, c.errors());
        }
        LegacyAssetRow row = new LegacyAssetRow(input.number(), legacyNo, name, cls, value, location.value(), inService == null ? confirmedOn : inService,
                ownerType, ownerName, ownerRegion.value(), nature, householdNo, householdId, confirmedOn, docNo, projectName, projectCode,
                projectYear, List.copyOf(custodians));
        return new Result(row, List.of());
    }
}
