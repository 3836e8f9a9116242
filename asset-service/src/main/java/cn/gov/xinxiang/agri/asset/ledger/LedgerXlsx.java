package cn.gov.xinxiang.agri.asset.ledger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes the ledger as an XLSX workbook: a row sheet ending in a total, and a summary sheet. */
public final class LedgerXlsx {
    private LedgerXlsx() {
    }

    static final String ROWS_SHEET = "资产台账";
    static final String SUMMARY_SHEET = "汇总";
    static final String[] HEADER = {"资产ID", "资产名称", "类别", "价值（元）", "所在地代码", "来源项目", "确权状态", "所有者类型", "所有者",
            "所有权性质", "经营方式", "四个一批"};

    public static byte[] write(LedgerDtos.LedgerView ledger, List<LedgerDtos.Row> rows) {
        // Streaming workbook: only a window of rows stays in memory however large the region.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = wb.createSheet(ROWS_SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int n = 1;
            BigDecimal total = BigDecimal.ZERO;
            for (LedgerDtos.Row r : rows) {
                Row x = sheet.createRow(n++);
                String[] text = {r.id(), r.name(), r.assetClass(), null, r.regionCode(), r.sourceProject(), r.status(), r.ownerType(),
                        r.ownerName(), r.nature(), r.operatingMode(), r.batch()};
                for (int i = 0; i < text.length; i++) {
                    if (i == 3) {
                        Cell c = x.createCell(i);
                        c.setCellValue(r.value().doubleValue());
                        c.setCellStyle(money);
                    } else {
                        x.createCell(i).setCellValue(text[i]);
                    }
                }
                total = total.add(r.value());
            }
            Row sum = sheet.createRow(n);
            sum.createCell(0).setCellValue("合计");
            sum.createCell(1).setCellValue(rows.size() + " 项");
            Cell t = sum.createCell(3);
            t.setCellValue(total.doubleValue());
            t.setCellStyle(money);

            Sheet summary = wb.createSheet(SUMMARY_SHEET);
            int s = 0;
            Row title = summary.createRow(s++);
            title.createCell(0).setCellValue(ledger.regionName() + "（" + ledger.regionCode() + "）资产台账汇总");
            s = block(summary, s, "合计", List.of(new LedgerDtos.Total("ALL", "全部资产", ledger.assetCount(), ledger.totalValue())), money);
            s = block(summary, s, "按类别", ledger.byClass(), money);
            s = block(summary, s, "按所有者类型", ledger.byOwnerType(), money);
            s = block(summary, s, "按所有权性质", ledger.byOwnershipNature(), money);
            s = block(summary, s, "按层级", ledger.byTier(), money);
            block(summary, s, "按下级区划", ledger.byRegion(), money);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int block(Sheet sheet, int at, String title, List<LedgerDtos.Total> totals, CellStyle money) {
        Row h = sheet.createRow(at++);
        h.createCell(0).setCellValue(title);
        h.createCell(1).setCellValue("数量");
        h.createCell(2).setCellValue("价值（元）");
        for (LedgerDtos.Total t : totals) {
            Row r = sheet.createRow(at++);
            r.createCell(0).setCellValue(t.label());
            r.createCell(1).setCellValue(t.count());
            Cell c = r.createCell(2);
            c.setCellValue(t.value().doubleValue());
            c.setCellStyle(money);
        }
        return at + 1;
    }
}
