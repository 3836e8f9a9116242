package cn.gov.xinxiang.agri.funding.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Writes a fund summary as an XLSX sheet: one row per project, a subtotal per county, a grand total. */
public final class SummaryXlsx {
    private SummaryXlsx() {
    }

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SUBTOTAL = "小计";
    public static final String TOTAL = "合计";

    static final String[] HEADERS = {"县（市、区）", "项目编号", "项目名称", "实施地区", "下达金额（元）", "产业发展（元）",
            "其中特色主导产业（元）", "已拨付（元）", "已支出（元）", "拨付率", "执行率"};

    public static byte[] write(SummaryService.Summary s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(s.fiscalYear() + "年衔接资金执行");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boldMoney = wb.createCellStyle();
            boldMoney.cloneStyleFrom(money);
            boldMoney.setFont(font);

            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(s.regionName() + " " + s.fiscalYear() + "年度衔接推进乡村振兴补助资金执行汇总");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(r++);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            for (SummaryService.CountyRow c : s.counties()) {
                for (SummaryService.ProjectRow p : c.projects()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(c.countyName());
                    row.createCell(1).setCellValue(p.code());
                    row.createCell(2).setCellValue(p.name());
                    row.createCell(3).setCellValue(p.regionName());
                    figures(row, p.figures(), money);
                }
                Row sub = sheet.createRow(r++);
                sub.createCell(0).setCellValue(c.countyName());
                sub.createCell(1).setCellValue(SUBTOTAL);
                sub.getCell(1).setCellStyle(bold);
                figures(sub, c.figures(), boldMoney);
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(TOTAL);
            total.getCell(0).setCellStyle(bold);
            figures(total, s.totals(), boldMoney);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, (i == 2 ? 40 : 18) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(Row row, Figures f, CellStyle money) {
        BigDecimal[] amounts = {f.allocated(), f.industryDevelopment(), f.leadingIndustry(), f.disbursed(), f.expended()};
        for (int i = 0; i < amounts.length; i++) {
            // Spreadsheet numbers are binary doubles; yuan with 2 decimals below 10^13 survive exactly to the cent.
            Cell cell = row.createCell(4 + i);
            cell.setCellValue(amounts[i].doubleValue());
            cell.setCellStyle(money);
        }
        row.createCell(9).setCellValue(f.disbursementRate());
        row.createCell(10).setCellValue(f.executionRate());
    }
}
