package cn.gov.xinxiang.agri.console.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Formatting for the pages: {fmt:yuan(x)}, {fmt:wan(x)}, {fmt:pct(x)}, {fmt:time(x)}. Null shows as a dash. */
@TemplateExtension(namespace = "fmt")
public final class Fmt {
    private Fmt() {
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    static BigDecimal number(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal b) {
            return b;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(o.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 1234567.5 → "1,234,567.50 元" */
    public static String yuan(Object o) {
        BigDecimal b = number(o);
        return b == null ? "—" : new DecimalFormat("#,##0.00").format(b) + " 元";
    }

    /** 1234567.5 → "123.46 万元" */
    public static String wan(Object o) {
        BigDecimal b = number(o);
        return b == null ? "—" : new DecimalFormat("#,##0.00").format(b.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP)) + " 万元";
    }

    /** A ratio 0.674 → "67.4%" */
    public static String pct(Object o) {
        BigDecimal b = number(o);
        return b == null ? "—" : b.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** An ISO instant in China time, to the minute. */
    public static String time(Object o) {
        if (o == null) {
            return "—";
        }
        try {
            return TIME.format(Instant.parse(o.toString()));
        } catch (DateTimeParseException e) {
            return o.toString();
        }
    }

    /** Any value, or a dash for null or empty. */
    public static String or(Object o) {
        return o == null || o.toString().isBlank() ? "—" : o.toString();
    }
}
