package cn.gov.xinxiang.agri.testing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Builds the workbook an import test uploads, the way a clerk fills a template: one header row, then one row per
 * map (header to value). A number goes in as a numeric cell, anything else as its text, a header missing from a
 * row leaves that cell empty; a key that is no header is not written (so a test can drop a column by its name).
 */
public final class XlsxFiles {

    /** Rows kept in memory while writing: a test file of thousands of rows stays small in the heap. */
    private static final int WINDOW = 200;

    private XlsxFiles() {
    }

    public static byte[] workbook(String sheetName, List<String> headers, List<? extends Map<String, ?>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(sheetName);
            Row h = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < headers.size(); i++) {
                    Object v = rows.get(r).get(headers.get(i));
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
