package cn.gov.xinxiang.agri.project.household;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void readsQuotesCommasLineBreaksAndBom() {
        List<List<String>> rows = Csv.parse("\uFEFFa,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\n\n\"multi\nline\",2,3");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x, y", "he said \"hi\"", ""), List.of("multi\nline", "2", "3"));
        assertThat(Csv.parse("")).isEmpty();
    }
}
