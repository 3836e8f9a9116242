package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an XLSX file into rows of cell texts, as the CSV reader does; a file that is empty, too long
 * or no workbook is refused (400 {@code empty-import}, {@code import-too-large}, {@code not-xlsx}) for its service to map.
 */
public final class Xlsx {

    /** A roster is at most a few thousand rows; this bounds what one upload may make us hold. */
    static final int MAX_ROWS = 20_001;

    private Xlsx() {
    }

    static Decision<List<List<String>>> firstSheet(byte[] bytes) {
        return firstSheet(bytes, MAX_ROWS, "households");
    }

    /** As {@link #firstSheet(byte[])}, bounded to {@code maxRows} rows (header included) of {@code what}. */
    public static Decision<List<List<String>>> firstSheet(byte[] bytes, int maxRows, String what) {
        if (bytes == null || bytes.length == 0) {
            return Decision.refuse(Violation.malformed("empty-import", "import.file-empty"));
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() >= maxRows) {
                return Decision.refuse(Violation.malformed("import-too-large", "import.too-large", maxRows - 1, Localized.noun(what)));
            }
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int width = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                if (width < 0) {
                    width = Math.max(row.getLastCellNum(), 0);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c), format));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(cells);
            }
            return Decision.allow(rows);
        } catch (Exception e) {
            return Decision.refuse(Violation.malformed("not-xlsx", "import.not-xlsx"));
        }
    }

    /**
     * Household and ID numbers typed into Excel become numbers: take their digits, never the
     * scientific notation a "General" format would show.
     */
    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
            return v.stripTrailingZeros().toPlainString();
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return cell.getBooleanCellValue() ? "true" : "false";
        }
        return format.formatCellValue(cell).strip();
    }
}
