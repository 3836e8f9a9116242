package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.funding.plan.FundUse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One checked row of a past-annual-plan file, normalised: so much of one source to one county for one use (with its
 * leading-industry part when the use is industry development), the document that issued it and when.
 */
public record AnnualPlanLine(int rowNumber, int fiscalYear, String countyCode, FundSource source, FundUse use, BigDecimal amount,
                             BigDecimal leadingIndustry, String purposeCode, String documentNo, LocalDate issuedOn, String justification) {

    /** What makes a line unique within its year: the same county, source, use, purpose and document twice is one line typed twice. */
    public String key() {
        return countyCode + "|" + source + "|" + use + "|" + Objects.toString(purposeCode, "") + "|" + documentNo;
    }

    /** The line's content for the year's digest (length-prefixed, fixed order; the row number and justification are not part of it). */
    String content() {
        StringBuilder sb = new StringBuilder();
        for (Object f : new Object[]{countyCode, source, use, amount.toPlainString(), leadingIndustry.toPlainString(),
                Objects.toString(purposeCode, ""), documentNo, issuedOn}) {
            String s = f.toString();
            sb.append('|').append(s.length()).append(':').append(s);
        }
        return sb.toString();
    }
}
