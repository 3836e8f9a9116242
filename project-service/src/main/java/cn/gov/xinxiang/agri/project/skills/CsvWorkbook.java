package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A CSV file (parsed by the roster's {@link cn.gov.xinxiang.agri.project.household.Csv} reader) as a one-sheet
 * workbook of text cells, so a CSV upload becomes an ordinary import job: the same header matching (Chinese
 * header or key), row checks, all-or-nothing write, stored error report and job polling as an XLSX upload.
 * Text cells keep ID and household numbers exactly as written.
 */
final class CsvWorkbook {
    private CsvWorkbook() {
    }

    static byte[] of(List<List<String>> rows, int maxRows) {
        if (rows.isEmpty()) {
            throw ProblemException.keyed(400, "empty-import", "import.no-header");
        }
        if (rows.size() > maxRows + 1) {
            throw ProblemException.keyed(400, "import-too-large", "import.too-many-rows", maxRows);
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("CSV");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }
}
