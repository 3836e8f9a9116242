package cn.gov.xinxiang.agri.project.region;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Map;

/**
 * Pinyin of a region name for search: the full syllables run together ({@code 东屯村 → dongtuncun})
 * and their initials ({@code dtc}), lower-case ASCII, tones dropped, ü typed as {@code v} the way
 * pinyin input methods take it ({@code 吕 → lv}). Latin letters and digits in a name are kept;
 * punctuation such as （） is dropped.
 *
 * <p>A character with several readings takes pinyin4j's first one, except for the few that
 * Xinxiang's place names read otherwise ({@link #PLACE_READINGS}). This is a search aid, not a
 * transcription: users can always search by the Chinese name as well. The packaged official list
 * carries pinyin computed by this class (a test checks it), so uploads and the file agree.
 */
public final class Pinyin {

    /** Full pinyin and initials of one name. */
    public record Reading(String full, String initials) {
    }

    /** Readings that differ from pinyin4j's first one in local place names (长垣 Chángyuán, 都 dū ...). */
    static final Map<Character, String> PLACE_READINGS = Map.of(
            '长', "chang",
            '都', "du",
            '柏', "bai",
            '单', "shan",
            '禅', "chan");

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private Pinyin() {
    }

    public static Reading of(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        if (name == null) {
            return new Reading("", "");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String syllable = syllable(c);
            if (syllable != null) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                full.append(lower);
                initials.append(lower);
            } else if (c >= '０' && c <= '９') {
                char digit = (char) ('0' + (c - '０'));
                full.append(digit);
                initials.append(digit);
            }
        }
        return new Reading(full.toString(), initials.toString());
    }

    private static String syllable(char c) {
        String place = PLACE_READINGS.get(c);
        if (place != null) {
            return place;
        }
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
