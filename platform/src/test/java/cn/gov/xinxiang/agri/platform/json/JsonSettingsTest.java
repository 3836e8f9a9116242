package cn.gov.xinxiang.agri.platform.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSettingsTest {

    record Note(String text, List<String> tags, BigDecimal amount, boolean done) {
    }

    final ObjectMapper mapper = JsonSettings.configure(new ObjectMapper());

    @Test
    void readsTextNumbersAndBooleansOfTheRightType() throws Exception {
        Note n = mapper.readValue("{\"text\": \"城关一村😀\", \"tags\": [\"a\"], \"amount\": 1500000.10, \"done\": true}", Note.class);
        assertThat(n.text()).isEqualTo("城关一村😀");
        assertThat(n.amount()).isEqualByComparingTo("1500000.10");
        assertThat(mapper.writeValueAsString(new BigDecimal("6.83E+8"))).isEqualTo("683000000");
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsTheWrongType() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\": 12345}", Note.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> mapper.readValue("{\"text\": 1.5}", Note.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"text\": true}", Note.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [true]}", Note.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void textWithANulCharacterIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\": \"a\\u0000b\"}", Note.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"\\u0000\"]}", Note.class)).isInstanceOf(JsonMappingException.class);
    }
}
