package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.XlsxRows;
import cn.gov.xinxiang.agri.project.Fixtures;
import cn.gov.xinxiang.agri.project.household.Csv;
import cn.gov.xinxiang.agri.project.household.IdNumber;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWorkbookTest {

    static final ImportColumn ID = CertificateColumns.ALL.stream().filter(c -> c.key().equals(CertificateColumns.ID_NUMBER)).findFirst().orElseThrow();

    @Test
    void aCsvBecomesTheWorkbookTheImportReadsWithIdNumbersAlreadyMasked() {
        String full = Fixtures.idNumber(42);
        String bad = full.substring(0, 17) + (full.endsWith("1") ? "2" : "1");
        String csv = "\uFEFF户编号,持证人姓名,*身份证号,证书类型,证书等级,发证机构,证书编号,发证日期\r\n"
                + "0041072590120100012,\"张,小红\"," + full + ",职业技能等级证书,五级,原阳县人社局,S-001,2024-05-20\r\n"
                + "0041072590120100013,李四," + bad + ",职业技能等级证书,五级,原阳县人社局,S-002,2024-05-20\r\n"
                + "0041072590120100014,王五,410725********123X,职业技能等级证书,五级,原阳县人社局,S-003,2024-05-20\r\n";
        byte[] workbook = CsvWorkbook.of(Csv.parse(csv), 100, ID);

        // what the job stores is this workbook: read back, no cell holds a full or unreadable number
        List<ImportRow> rows = XlsxRows.read(workbook, CertificateColumns.ALL, 100);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).get(CertificateColumns.HOUSEHOLD_NO)).isEqualTo("0041072590120100012");
        assertThat(rows.get(0).get(CertificateColumns.PERSON_NAME)).isEqualTo("张,小红");
        assertThat(rows.get(0).get(CertificateColumns.ID_NUMBER)).isEqualTo(IdNumber.mask(full));
        // an unreadable number is not kept either, and still fails the row as invalid
        assertThat(rows.get(1).get(CertificateColumns.ID_NUMBER)).isEqualTo(CsvWorkbook.UNREADABLE_ID);
        assertThat(IdNumber.isValid(CsvWorkbook.UNREADABLE_ID) || IdNumber.isMasked(CsvWorkbook.UNREADABLE_ID)).isFalse();
        assertThat(rows.get(2).get(CertificateColumns.ID_NUMBER)).isEqualTo("410725********123X");
    }
}
