package cn.gov.xinxiang.agri.platform.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxRowsTest {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("name", "资产名称", ImportColumn.Type.TEXT, "资产的名称", "羊舍"),
            ImportColumn.required("regionCode", "所在地区划代码", ImportColumn.Type.CODE, "12位", "410725901201"),
            ImportColumn.optional("value", "资产价值（元）", ImportColumn.Type.DECIMAL, "元", "1500000.00"),
            ImportColumn.optional("on", "确权日期", ImportColumn.Type.DATE, "", "2021-06-30").withChoices(List.of()),
            ImportColumn.optional("assetClass", "资产类别", ImportColumn.Type.TEXT, "", "经营性").withChoices(List.of("经营性", "公益性", "到户类")));

    @Test
    void theTemplateReadsBackAsAnEmptyFileWithItsOwnHeaders() throws Exception {
        byte[] template = XlsxTemplate.write("历史资产", COLUMNS);
        assertThat(XlsxRows.read(template, COLUMNS, 10)).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("*资产名称");
            assertThat(header.getCell(0).getCellComment().getString().getString()).contains("必填").contains("示例：羊舍");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("资产类别");
            assertThat(wb.getSheetAt(0).getDataValidations()).hasSize(1);
            assertThat(wb.getSheetName(1)).isEqualTo("填写说明");
        }
    }

    @Test
    void readsCellsByHeaderInAnyOrderAsPlainTextNumbersAndIsoDates() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("x");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("确权日期");
            h.createCell(1).setCellValue("备注（不导入）");
            h.createCell(2).setCellValue(" 所在地区划代码 *");
            h.createCell(3).setCellValue("*资产名称");
            h.createCell(4).setCellValue("资产价值(元)");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(LocalDate.of(2021, 6, 30));
            r.getCell(0).setCellStyle(date);
            r.createCell(1).setCellValue("ignored");
            r.createCell(2).setCellValue(410725901201d);   // a code typed as a number
            r.createCell(3).setCellValue("标准化羊舍");
            r.createCell(4).setCellValue(1500000.5);
            s.createRow(2).createCell(0).setCellValue("# 备注行");
            s.createRow(4).createCell(3).setCellValue("冷库");     // row 5, after an empty row
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);

            List<ImportRow> rows = XlsxRows.read(out.toByteArray(), COLUMNS, 10);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).number()).isEqualTo(2);
            assertThat(rows.get(0).get("regionCode")).isEqualTo("410725901201");
            assertThat(rows.get(0).get("on")).isEqualTo("2021-06-30");
            assertThat(rows.get(0).get("value")).isEqualTo("1500000.5");
            assertThat(rows.get(0).get("name")).isEqualTo("标准化羊舍");
            assertThat(rows.get(1).number()).isEqualTo(5);
            assertThat(rows.get(1).get("name")).isEqualTo("冷库");
            assertThat(rows.get(1).get("value")).isEmpty();

            assertThatThrownBy(() -> XlsxRows.read(out.toByteArray(), COLUMNS, 1)).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining("more than 1 data rows");
        }
    }

    @Test
    void aMissingRequiredColumnOrAFileThatIsNoWorkbookFailsAsAWhole() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row h = wb.createSheet("x").createRow(0);
            h.createCell(0).setCellValue("资产名称");
            h.createCell(1).setCellValue("资产名称");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThatThrownBy(() -> XlsxRows.read(out.toByteArray(), COLUMNS, 10)).isInstanceOfSatisfying(ImportFileException.class, e ->
                    assertThat(e.errors()).extracting(ImportError::row, ImportError::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "name"), org.assertj.core.groups.Tuple.tuple(1, "regionCode")));
        }
        assertThatThrownBy(() -> XlsxRows.read("name,code\n".getBytes(), COLUMNS, 10)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("not a readable XLSX");
    }
}
