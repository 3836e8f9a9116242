package cn.gov.xinxiang.agri.project.region;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

    @Test
    void fullPinyinAndInitialsOfPlaceNames() {
        assertThat(Pinyin.of("东屯村")).isEqualTo(new Pinyin.Reading("dongtuncun", "dtc"));
        assertThat(Pinyin.of("延津县")).isEqualTo(new Pinyin.Reading("yanjinxian", "yjx"));
        // place-name readings where the most common one is wrong
        assertThat(Pinyin.of("长垣市").full()).isEqualTo("changyuanshi");
        assertThat(Pinyin.of("巨柏村").full()).isEqualTo("jubaicun");
        // ü is typed v, as in pinyin input methods
        assertThat(Pinyin.of("吕村").full()).isEqualTo("lvcun");
        // punctuation is dropped; Latin letters and digits (also full-width) are kept
        assertThat(Pinyin.of("城关一村（样例）")).isEqualTo(new Pinyin.Reading("chengguanyicunyangli", "cgycyl"));
        assertThat(Pinyin.of("A区３号")).isEqualTo(new Pinyin.Reading("aqu3hao", "aq3h"));
        assertThat(Pinyin.of("")).isEqualTo(new Pinyin.Reading("", ""));
    }

    /** The packaged list was generated with this class: an upload of the same name gets the same pinyin. */
    @Test
    void thePackagedOfficialListCarriesThePinyinThisClassComputes() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        try (InputStream in = Pinyin.class.getResourceAsStream("/regions/xinxiang-official.csv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                rows++;
                String[] c = line.split(",", -1);
                Pinyin.Reading p = Pinyin.of(c[1]);
                if (!p.full().equals(c[5]) || !p.initials().equals(c[6])) {
                    mismatches.add(line);
                }
            }
        }
        assertThat(rows).isEqualTo(4011);
        assertThat(mismatches).isEmpty();
    }
}
