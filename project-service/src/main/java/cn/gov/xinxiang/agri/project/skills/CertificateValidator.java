package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.imports.CheckedRow;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.RowCheck;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.project.household.HouseholdCategory;
import cn.gov.xinxiang.agri.project.household.IdNumber;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.skills.CertificateColumns.*;

/**
 * Checks one certificate, from a spreadsheet row or the JSON API alike: the household is on the roster, is a
 * poverty-alleviated or monitored household (the programme's target) and lies in the caller's region; the ID
 * number is a valid 18-character number (kept masked only, as the roster keeps it) or an already masked one, and
 * no message repeats it; the issue date is not in the future; a named training programme exists in the
 * household's county. Plain code: the roster and trainings come in through {@link Lookups}.
 */
public final class CertificateValidator {

    /** What the roster says of a household. */
    public record HouseholdRef(UUID id, String villageCode, HouseholdCategory category, boolean onRoster) {
    }

    public interface Lookups {
        Optional<HouseholdRef> household(String nationalHouseholdNo);

        /** The county of a training programme, when it exists. */
        Optional<String> trainingCounty(UUID trainingId);

        LocalDate today();
    }

    public record Result(CertificateRow row, List<ImportError> errors) implements CheckedRow<CertificateRow> {
    }

    static final Set<HouseholdCategory> TARGETS = EnumSet.of(HouseholdCategory.POVERTY_ALLEVIATED, HouseholdCategory.MONITORED);
    static final Map<String, CertificateKind> KINDS = RowCheck.labels(CertificateKind.class, k -> k.label);
    static final Map<String, CertificateLevel> LEVELS;

    static {
        Map<String, CertificateLevel> m = new LinkedHashMap<>(RowCheck.labels(CertificateLevel.class, l -> l.label));
        for (CertificateLevel l : CertificateLevel.values()) {
            l.aliases.forEach(a -> m.putIfAbsent(a, l));
        }
        LEVELS = m;
    }

    private final Lookups lookups;
    private final RegionScope scope;

    public CertificateValidator(Lookups lookups, RegionScope scope) {
        this.lookups = lookups;
        this.scope = scope;
    }

    public Result check(ImportRow input) {
        RowCheck c = new RowCheck(input, ALL);
        String no = c.text(HOUSEHOLD_NO, 40);
        String name = c.text(PERSON_NAME, 100);
        String id = c.text(ID_NUMBER, 18);
        CertificateKind kind = c.choice(KIND, KINDS);
        CertificateLevel level = c.choice(LEVEL, LEVELS);
        String issuer = c.text(ISSUER, 200);
        String certificateNo = c.text(CERTIFICATE_NO, 60);
        LocalDate issuedOn = c.date(ISSUED_ON);
        String training = c.text(TRAINING_ID, 36);

        HouseholdRef household = null;
        if (no != null) {
            Optional<HouseholdRef> h = lookups.household(no);
            if (h.isEmpty()) {
                c.error(HOUSEHOLD_NO, new Text("skills.household-unknown", no));
            } else if (!scope.covers(h.get().villageCode())) {
                // the same answer as for an unknown one would leak nothing either; naming the region helps the importer
                c.error(HOUSEHOLD_NO, new Text("skills.household-outside", no, scope.root().value()));
            } else if (!h.get().onRoster()) {
                c.error(HOUSEHOLD_NO, new Text("skills.household-off-roster", no));
            } else if (!TARGETS.contains(h.get().category())) {
                c.error(HOUSEHOLD_NO, new Text("skills.household-category", no, h.get().category().label));
            } else {
                household = h.get();
            }
        }
        String masked = null;
        if (id != null) {
            if (IdNumber.isMasked(id)) {
                masked = id.toUpperCase();
            } else if (IdNumber.isValid(id)) {
                masked = IdNumber.mask(id);
            } else {
                // what is wrong, never the value: it is personal information
                c.error(ID_NUMBER, new Text("household.id-number"));
            }
        }
        if (certificateNo != null && !certificateNo.matches("[\\p{L}\\p{N}()（）/_.-]+")) {
            c.error(CERTIFICATE_NO, new Text("skills.certificate-no"));
        }
        LocalDate today = lookups.today();
        if (issuedOn != null) {
            if (issuedOn.isAfter(today)) {
                c.error(ISSUED_ON, new Text("problem.not-future"));
            } else if (issuedOn.getYear() < 2000) {
                c.error(ISSUED_ON, new Text("skills.issued-range", 2000));
            }
        }
        UUID trainingId = null;
        if (training != null) {
            try {
                trainingId = UUID.fromString(training);
            } catch (IllegalArgumentException e) {
                c.error(TRAINING_ID, new Text("skills.training-id"));
            }
            if (trainingId != null) {
                Optional<String> county = lookups.trainingCounty(trainingId);
                if (county.isEmpty()) {
                    c.error(TRAINING_ID, new Text("skills.training-unknown", trainingId));
                } else if (household != null && !county.get().equals(RegionCode.of(household.villageCode()).at(Tier.COUNTY).value())) {
                    c.error(TRAINING_ID, new Text("skills.training-county", county.get()));
                }
            }
        }
        if (!c.ok()) {
            return new Result(null, c.errors());
        }
        RegionCode village = RegionCode.of(household.villageCode());
        return new Result(new CertificateRow(input.number(), household.id(), no, household.category(), village.value(),
                village.at(Tier.COUNTY).value(), name, masked, kind, level, issuer, certificateNo, issuedOn, trainingId), List.of());
    }
}
