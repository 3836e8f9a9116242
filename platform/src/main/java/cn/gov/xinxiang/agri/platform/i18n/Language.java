package cn.gov.xinxiang.agri.platform.i18n;

import java.util.Locale;

/** The two languages problems are written in. Chinese unless the caller asks for English first. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh"),
    EN(Locale.ENGLISH, "en");

    public final Locale locale;
    /** suffix of the bundle files: messages_zh.properties, messages_en.properties */
    public final String suffix;

    Language(Locale locale, String suffix) {
        this.locale = locale;
        this.suffix = suffix;
    }

    /**
     * The caller's choice from an Accept-Language header: the supported language with the highest
     * weight (ties: the first named), Chinese when the header is absent or names neither.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        Language best = ZH;
        double bestWeight = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            Language l = tag.startsWith("zh") ? ZH : tag.startsWith("en") ? EN : null;
            if (l != null && weight > 0 && weight > bestWeight) {
                best = l;
                bestWeight = weight;
            }
        }
        return best;
    }
}
