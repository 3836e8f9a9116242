package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static cn.gov.xinxiang.agri.project.imports.LibraryProjectColumns.*;
import static org.assertj.core.api.Assertions.assertThat;

class LibraryProjectRowValidatorTest {

    static int minimum = 2;

    static final LibraryProjectRowValidator V = new LibraryProjectRowValidator(new LibraryProjectRowValidator.Lookups() {
        @Override
        public Optional<Text> regionProblem(RegionCode code) {
            return code.value().startsWith("4107259") || code.value().startsWith("4107269") ? Optional.empty()
                    : Optional.of(new Text("region.unknown", code.value()));
        }

        @Override
        public boolean leadingIndustry(String countyCode, int year, String code) {
            return countyCode.equals("410725000000") && year == 2021 && code.equals("YY-SHEEP");
        }

        @Override
        public int minDistinctMechanisms(int year) {
            return minimum;
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 12, 4);
        }
    }, new ImportCaller("county", Role.COUNTY, RegionCode.of("410725000000")));

    static Map<String, String> good() {
        Map<String, String> m = new HashMap<>();
        m.put(CODE_KEY, "XM-1");
        m.put(NAME, "肉羊养殖项目");
        m.put(YEAR, "2021");
        m.put(REGION, "410725901201");
        m.put(CATEGORY, "特色种养");
        m.put(LINKAGE, "800000");
        m.put(ADMITTED_ON, "2021-04-15");
        m.put(ENTITY_NAME, "合作社");
        m.put(ENTITY_TYPE, "农民合作社");
        m.put(ENTITY_ROLE, "合作社");
        m.put(mechanism(1), "就业务工");
        m.put(poverty(1), "30");
        m.put(income(1), "3000");
        m.put(mechanism(2), "入股分红");
        m.put(poverty(2), "20");
        m.put(income(2), "800");
        return m;
    }

    @Test
    void aGoodRowIsNormalised() {
        Map<String, String> m = good();
        m.put(LEADING, "YY-SHEEP");
        var r = V.check(new ImportRow(2, m));
        assertThat(r.errors()).isEmpty();
        assertThat(r.row().countyCode()).isEqualTo("410725000000");
        assertThat(r.row().total()).isEqualByComparingTo("800000");
        assertThat(r.row().mechanisms()).extracting(LibraryProjectRow.Mechanism::type)
                .containsExactly(MechanismType.EMPLOYMENT, MechanismType.EQUITY_DIVIDEND);
    }

    @Test
    void mechanismsFollowTheYearsPolicyAndAreDistinctAndLinkHouseholds() {
        Map<String, String> m = good();
        m.put(mechanism(2), "就业务工");
        assertThat(V.check(new ImportRow(2, m)).errors()).extracting(ImportError::field).containsExactly(mechanism(2));
        m = good();
        m.put(poverty(2), "0");
        assertThat(V.check(new ImportRow(2, m)).errors()).extracting(ImportError::message).containsExactly("每项机制须计划带动至少一户");
        minimum = 3;
        try {
            assertThat(V.check(new ImportRow(2, good())).errors()).extracting(ImportError::message)
                    .containsExactly("2021 年须至少有 3 种不同的联农带农机制，本行只有 2 种");
            m = good();
            m.put(mechanism(3), "土地流转");
            m.put(poverty(3), "4");
            m.put(income(3), "500");
            assertThat(V.check(new ImportRow(2, m)).errors()).isEmpty();
        } finally {
            minimum = 2;
        }
    }

    @Test
    void regionLeadingIndustryDatesAndCreditCode() {
        Map<String, String> m = good();
        m.put(REGION, "410726901201");
        m.put(LEADING, "NOPE");
        m.put(ADMITTED_ON, "2019-01-01");
        m.put(CREDIT_CODE, "93410725MA45U2PL0X");
        assertThat(V.check(new ImportRow(2, m)).errors()).extracting(ImportError::field)
                .containsExactlyInAnyOrder(REGION, ADMITTED_ON, CREDIT_CODE);
        m = good();
        m.put(LEADING, "NOPE");
        assertThat(V.check(new ImportRow(2, m)).errors()).extracting(ImportError::field).containsExactly(LEADING);
    }
}
