package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.xinxiang.agri.funding.imports.AnnualPlanColumns.*;
import static org.assertj.core.api.Assertions.assertThat;

class AnnualPlanRowValidatorTest {

    static final AnnualPlanRowValidator V = new AnnualPlanRowValidator(new AnnualPlanRowValidator.Lookups() {
        @Override
        public Optional<Text> unknownRegion(RegionCode code) {
            return code.value().startsWith("4107") && !code.value().startsWith("410799") ? Optional.empty()
                    : Optional.of(new Text("region.unknown", code.value()));
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 12, 4);
        }
    }, new ImportCaller("city", Role.CITY, RegionCode.of("410700000000")));

    static final AnnualPlanRowValidator.YearPolicy POLICY = new AnnualPlanRowValidator.YearPolicy(new BigDecimal("0.65"), new BigDecimal("0.5"),
            Map.of("VEHICLES", "购置交通工具", "DEBT_REPAYMENT", "偿还债务"));

    static Map<String, String> row(String county, String source, String use, String amount, String leading) {
        Map<String, String> m = new HashMap<>();
        m.put(YEAR, "2025");
        m.put(COUNTY, county);
        m.put(SOURCE, source);
        m.put(USE, use);
        m.put(AMOUNT, amount);
        if (leading != null) {
            m.put(LEADING, leading);
        }
        m.put(DOC_NO, "新财农〔2025〕3号");
        m.put(ISSUED_ON, "2025-01-20");
        return m;
    }

    static AnnualPlanLine line(int n, Map<String, String> cells) {
        AnnualPlanRowValidator.Result r = V.check(new ImportRow(n, cells));
        assertThat(r.errors()).isEmpty();
        return r.line();
    }

    static List<ImportError> errors(Map<String, String> cells) {
        return V.check(new ImportRow(2, cells)).errors();
    }

    @Test
    void aGoodRowIsNormalised() {
        Map<String, String> m = row("410725000000", "中央", "产业发展", "50000000", "30000000.5");
        m.put(PURPOSE, "production_facilities");
        AnnualPlanLine l = line(2, m);
        assertThat(l.fiscalYear()).isEqualTo(2025);
        assertThat(l.source()).isEqualTo(FundSource.CENTRAL);
        assertThat(l.use()).isEqualTo(FundUse.INDUSTRY_DEVELOPMENT);
        assertThat(l.amount()).isEqualByComparingTo("50000000.00");
        assertThat(l.leadingIndustry()).isEqualByComparingTo("30000000.50");
        assertThat(l.purposeCode()).isEqualTo("PRODUCTION_FACILITIES");
        assertThat(l.issuedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        // codes instead of labels work too, and a line without a leading part has zero
        AnnualPlanLine infra = line(3, row("410726000000", "PROVINCIAL", "INFRASTRUCTURE", "1,000.00", null));
        assertThat(infra.source()).isEqualTo(FundSource.PROVINCIAL);
        assertThat(infra.leadingIndustry()).isZero();
    }

    @Test
    void everyProblemOfARowIsReportedWithItsField() {
        Map<String, String> m = row("410725901201", "国债", "教育", "0", null);
        m.put(ISSUED_ON, "明天");
        m.remove(DOC_NO);
        List<ImportError> e = errors(m);
        assertThat(e).extracting(ImportError::field).containsExactlyInAnyOrder(COUNTY, SOURCE, USE, AMOUNT, DOC_NO, ISSUED_ON);
        assertThat(e).allMatch(x -> x.row() == 2);
        assertThat(e).filteredOn(x -> x.field().equals(USE)).singleElement().satisfies(x -> {
            assertThat(x.column()).isEqualTo("资金用途");
            assertThat(x.in(Language.EN).message()).contains("产业发展");
        });
        assertThat(e).filteredOn(x -> x.field().equals(COUNTY)).singleElement().satisfies(x -> assertThat(x.in(Language.EN).message()).contains("county-level"));
    }

    @Test
    void onlyPastYearsOfTheCitysCountiesWithPlausibleDates() {
        assertThat(errors(with(row("410725000000", "中央", "产业发展", "1", null), YEAR, "2026")))
                .singleElement().satisfies(x -> assertThat(x.in(Language.EN).message()).contains("before 2026").contains("POST /api/v1/plans"));
        assertThat(errors(row("410799000000", "中央", "产业发展", "1", null))).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("unknown region"));
        // a county of another city
        AnnualPlanRowValidator other = new AnnualPlanRowValidator(new AnnualPlanRowValidator.Lookups() {
            @Override
            public Optional<Text> unknownRegion(RegionCode code) {
                return Optional.empty();
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 12, 4);
            }
        }, new ImportCaller("city", Role.CITY, RegionCode.of("410700000000")));
        assertThat(other.check(new ImportRow(2, row("410122000000", "中央", "产业发展", "1", null))).errors()).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("not a county-level unit of 410700000000"));
        assertThat(errors(with(row("410725000000", "中央", "产业发展", "1", null), ISSUED_ON, "2023-12-31"))).singleElement()
                .satisfies(x -> assertThat(x.field()).isEqualTo(ISSUED_ON));
        assertThat(errors(with(row("410725000000", "中央", "产业发展", "1", null), ISSUED_ON, "2024-11-20"))).isEmpty();
        assertThat(errors(with(row("410725000000", "中央", "产业发展", "1", null), ISSUED_ON, "2026-12-05"))).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("future"));
    }

    @Test
    void theLeadingPartBelongsToIndustryLinesAndFitsTheAmount() {
        assertThat(errors(row("410725000000", "中央", "基础设施", "100", "10"))).singleElement()
                .satisfies(x -> assertThat(x.field()).isEqualTo(LEADING));
        assertThat(errors(row("410725000000", "中央", "产业发展", "100", "100.01"))).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("cannot exceed"));
        assertThat(errors(with(row("410725000000", "中央", "产业发展", "100", null), PURPOSE, "车辆"))).singleElement()
                .satisfies(x -> assertThat(x.field()).isEqualTo(PURPOSE));
    }

    List<AnnualPlanLine> plan2025() {
        List<AnnualPlanLine> lines = new ArrayList<>();
        lines.add(line(2, row("410725000000", "中央", "产业发展", "50000000", "30000000")));
        lines.add(line(3, row("410725000000", "省级", "基础设施", "10000000", null)));
        lines.add(line(4, row("410726000000", "中央", "产业发展", "30000000", "20000000")));
        lines.add(line(5, row("410726000000", "市级", "就业", "5000000", null)));
        lines.add(line(6, row("410726000000", "县级", "其他", "5000000", null)));
        return lines;
    }

    @Test
    void aYearsLinesMakeAFullySplitPlanByCountyAndUse() {
        AnnualPlanRowValidator.YearResult r = V.checkYear(2025, plan2025(), POLICY);
        assertThat(r.errors()).isEmpty();
        var p = r.plan();
        assertThat(p.figures().central()).isEqualByComparingTo("80000000");
        assertThat(p.figures().provincial()).isEqualByComparingTo("10000000");
        assertThat(p.figures().city()).isEqualByComparingTo("5000000");
        assertThat(p.figures().county()).isEqualByComparingTo("5000000");
        assertThat(p.figures().industryDevelopment()).isEqualByComparingTo("80000000");
        assertThat(p.figures().leadingIndustry()).isEqualByComparingTo("50000000");
        assertThat(p.figures().total()).isEqualByComparingTo("100000000");
        assertThat(p.shares()).extracting(PlanRules.ShareLine::countyCode).containsExactly("410725000000", "410726000000");
        assertThat(p.shares().get(1).amount()).isEqualByComparingTo("40000000");
        assertThat(p.shares().get(1).uses().employment()).isEqualByComparingTo("5000000");
        assertThat(p.shares().get(1).uses().other()).isEqualByComparingTo("5000000");
        assertThat(p.breaches()).isEmpty();
        assertThat(p.floors().belowFloor()).isFalse();
        assertThat(p.documents()).isEqualTo("新财农〔2025〕3号");
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        // the digest does not depend on row order or numbers
        List<AnnualPlanLine> reversed = new ArrayList<>(plan2025());
        java.util.Collections.reverse(reversed);
        assertThat(AnnualPlanRowValidator.digestOf(2025, reversed)).isEqualTo(p.digest());
    }

    @Test
    void belowAFloorOrOnTheNegativeListNeedsAJustification() {
        List<AnnualPlanLine> lines = plan2025();
        lines.add(line(7, with(row("410725000000", "省级", "基础设施", "40000000", null), DOC_NO, "豫财农〔2025〕9号")));   // industry 80 of 140 = 57.1%
        List<ImportError> e = V.checkYear(2025, lines, POLICY).errors();
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.field()).isEqualTo(JUSTIFICATION);
            assertThat(x.column()).isEqualTo("偏离说明");
            assertThat(x.in(Language.EN).message()).contains("industry-share-floor").contains("57.1%").contains("65%");
        });
        // leading industries below half of industry funds
        List<AnnualPlanLine> weak = new ArrayList<>();
        weak.add(line(2, row("410725000000", "中央", "产业发展", "100", "40")));
        assertThat(V.checkYear(2025, weak, POLICY).errors()).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("leading-share-floor").doesNotContain("industry-share-floor"));
        // a line for a purpose on the year's negative list
        List<AnnualPlanLine> forbidden = plan2025();
        forbidden.add(line(7, with(row("410726000000", "县级", "产业发展", "1000000", "1000000"), PURPOSE, "VEHICLES")));
        assertThat(V.checkYear(2025, forbidden, POLICY).errors()).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("negative-list").contains("rows 7").contains("VEHICLES 购置交通工具"));
        // with the justification (in any one row) it passes, recording what it breaks
        forbidden.set(2, line(4, with(row("410726000000", "中央", "产业发展", "30000000", "20000000"), JUSTIFICATION, "经市政府常务会议研究同意")));
        AnnualPlanRowValidator.YearResult ok = V.checkYear(2025, forbidden, POLICY);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.plan().breaches()).containsExactly(PlanRules.Breach.NEGATIVE_LIST);
        assertThat(ok.plan().justification()).isEqualTo("经市政府常务会议研究同意");
        // two different justifications in one year
        forbidden.set(0, line(2, with(row("410725000000", "中央", "产业发展", "50000000", "30000000"), JUSTIFICATION, "另一说明")));
        assertThat(V.checkYear(2025, forbidden, POLICY).errors()).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(4);
            assertThat(x.field()).isEqualTo(JUSTIFICATION);
        });
    }

    @Test
    void aLineTwiceAndAYearWithoutPolicyDataAreErrors() {
        List<AnnualPlanLine> lines = plan2025();
        lines.add(line(9, row("410725000000", "中央", "产业发展", "1", null)));
        List<ImportError> e = V.checkYear(2025, lines, null).errors();
        assertThat(e).extracting(ImportError::row, ImportError::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(9, DOC_NO), org.assertj.core.groups.Tuple.tuple(2, YEAR));
        assertThat(e).filteredOn(x -> x.row() == 9).singleElement().satisfies(x -> assertThat(x.in(Language.EN).message()).contains("row 2 has the same line"));
        assertThat(e).filteredOn(x -> x.row() == 2).singleElement()
                .satisfies(x -> assertThat(x.in(Language.EN).message()).contains("no policy parameters").contains("PUT /api/v1/policy-parameters/2025"));
    }

    static Map<String, String> with(Map<String, String> m, String key, String value) {
        m.put(key, value);
        return m;
    }

    @Test
    void onlyCityUsersOfACityImportPastPlans() {
        assertThat(AnnualPlanRowValidator.mayImport(new ImportCaller("city", Role.CITY, RegionCode.of("410700000000")))).isEmpty();
        for (ImportCaller who : List.of(new ImportCaller("county", Role.COUNTY, RegionCode.of("410725000000")),
                new ImportCaller("city-in-a-county", Role.CITY, RegionCode.of("410725000000")))) {
            assertThat(AnnualPlanRowValidator.mayImport(who)).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
                assertThat(v.slug()).isEqualTo("forbidden");
                assertThat(v.text().key()).isEqualTo("plan-import.who");
                assertThat(v.text().args()).containsExactly(who.role().claim);
            });
        }
    }
}
