package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.project.household.Csv;
import cn.gov.xinxiang.agri.project.household.IdNumber;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file (parsed by the roster's {@link cn.gov.xinxiang.agri.project.household.Csv} reader) as a one-sheet
 * workbook of text cells, so a CSV upload becomes an ordinary import job: the same header matching (Chinese
 * header or key), row checks, all-or-nothing write, stored error report and job polling as an XLSX upload.
 * Text cells keep household numbers exactly as written; ID numbers are masked on the way in (see {@link #of}).
 */
final class CsvWorkbook {
    private CsvWorkbook() {
    }

    /** What an unreadable ID number becomes before the file is stored: still refused as invalid, but the value is not kept. */
    static final String UNREADABLE_ID = "（无法识别的号码）";

    /** The longest cell a certificate file may hold (the longest template field is 200). */
    static final int MAX_CELL = 1000;

    /**
     * An uploaded CSV body (UTF-8) as {@link #of(List, int, ImportColumn, List)} makes it; an empty body is refused like
     * a file without a header (400 {@code empty-import}), before anything is parsed.
     */
    static byte[] read(byte[] body, int maxRows, ImportColumn idColumn, List<ImportColumn> columns) {
        Refusals.orThrow(CertificateRules.body(body));
        return of(Csv.parse(new String(body, StandardCharsets.UTF_8)), maxRows, idColumn, columns);
    }

    /**
     * @param idColumn header (Chinese, with or without *, or the key) of the column holding ID numbers: its cells are
     *                 masked before the workbook exists, so the job's stored file never holds a full number
     */
    static byte[] of(List<List<String>> rows, int maxRows, ImportColumn idColumn) {
        return of(rows, maxRows, idColumn, List.of());
    }

    /**
     * As {@link #of(List, int, ImportColumn)}, refusing at once (400, no job stored) a file that is not the template:
     * a header without every required column of {@code columns}, or a cell longer than {@value #MAX_CELL} characters
     * (no field of the template is; an XLSX cell could not hold it either).
     */
    static byte[] of(List<List<String>> rows, int maxRows, ImportColumn idColumn, List<ImportColumn> columns) {
        Refusals.orThrow(CertificateRules.csvTable(rows, columns, MAX_CELL));
        int id = -1;
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip().replace("*", "");
            if (h.equals(idColumn.header()) || h.equals(idColumn.key())) {
                id = c;
            }
        }
        Refusals.orThrow(CertificateRules.rowCount(rows.size() - 1, maxRows));
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("CSV");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(r > 0 && c == id ? masked(cells.get(c)) : cells.get(c));
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

    /** A valid number masked as the roster masks it, a masked one as it is, anything else replaced (the row still fails). */
    static String masked(String cell) {
        String v = cell.strip();
        if (v.isEmpty() || IdNumber.isMasked(v)) {
            return v;
        }
        return IdNumber.isValid(v) ? IdNumber.mask(v) : UNREADABLE_ID;
    }
}
