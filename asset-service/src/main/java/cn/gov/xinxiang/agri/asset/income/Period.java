package cn.gov.xinxiang.agri.asset.income;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.time.LocalDate;

/** A half-year inventory period (半年盘点), written 2025H1 or 2025H2; business dates in China time. */
public record Period(int year, int half) implements Comparable<Period> {

    public Period {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half is 1 or 2");
        }
    }

    /** A period a request names, in {@code field}: 400 {@code period.format} unless it reads like 2025H1. */
    public static Decision<Period> read(String text, String field) {
        return text == null || !text.matches(PATTERN) ? Decision.refuse(Violation.field(field, "period.format"))
                : Decision.allow(new Period(Integer.parseInt(text.substring(0, 4)), text.charAt(5) - '0'));
    }

    /** A period as stored (always well-formed). */
    public static Period of(String stored) {
        if (stored == null || !stored.matches(PATTERN)) {
            throw new IllegalArgumentException("not a period: " + stored);
        }
        return new Period(Integer.parseInt(stored.substring(0, 4)), stored.charAt(5) - '0');
    }

    private static final String PATTERN = "(20\\d\\d)H[12]";

    public static Period containing(LocalDate d) {
        return new Period(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public Period next() {
        return half == 1 ? new Period(year, 2) : new Period(year + 1, 1);
    }

    public Period previous() {
        return half == 2 ? new Period(year, 1) : new Period(year - 1, 2);
    }

    /** The inventory is due this many days after the period ends (a per-year parameter). */
    public LocalDate deadline(int daysAfterEnd) {
        return end().plusDays(daysAfterEnd);
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }

    @Override
    public String toString() {
        return year + "H" + half;
    }
}
