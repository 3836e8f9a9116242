package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the first sheet of an XLSX workbook with POI's streaming (SAX) reader: cells are handed over as
 * text and never held as a workbook object model, so a 50,000-row file costs the rows' text, not a
 * DOM of it.
 *
 * <p>The first non-empty row is the header. Columns are found by their Chinese header (a leading or
 * trailing {@code *}, spaces and full-width brackets do not matter) or their key, in any order; other
 * columns are ignored. Empty rows and rows whose first cell starts with {@code #} (notes) are skipped.
 * Numbers arrive as plain digits (a 12-digit code typed as a number is not 4.10725E+11) and dates as
 * yyyy-mm-dd, whatever the cell format.
 */
public final class XlsxRows {

    private XlsxRows() {
    }

    /**
     * @throws ImportFileException when the file is not a workbook, has no header, misses a required
     *                             column or has more than {@code maxRows} data rows
     */
    public static List<ImportRow> read(byte[] bytes, List<ImportColumn> columns, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFileException(new Text("import.file-empty"));
        }
        Collector collector = new Collector(columns, maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException(new Text("import.no-sheet"));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            // the SAX parser may wrap what the row handler threw
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportFileException f) {
                    throw f;
                }
                if (t instanceof TooManyRows) {
                    throw new ImportFileException(new Text("import.too-many-rows", maxRows));
                }
            }
            throw new ImportFileException(new Text("import.not-xlsx-workbook"));
        }
        if (collector.header == null) {
            throw new ImportFileException(new Text("import.sheet-no-header"));
        }
        return collector.rows;
    }

    /** Header text compared without marks: "*资产名称", "资产名称 *" and "资产名称（必填）" all match 资产名称. */
    static String normalise(String header) {
        String h = header.strip().replace("*", "").replace("＊", "").replace(" ", "").replace("\u3000", "")
                .replace("（必填）", "").replace("(必填)", "").replace('（', '(').replace('）', ')');
        return h.toLowerCase(Locale.ROOT);
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<ImportColumn> columns;
        private final int maxRows;
        final List<ImportRow> rows = new ArrayList<>();
        /** column index -> key, once the header was read */
        Map<Integer, String> header;
        private TreeMap<Integer, String> current;
        private int nextColumn;

        Collector(List<ImportColumn> columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new TreeMap<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            if (value != null && !value.isBlank()) {
                current.put(col, value.strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (header == null) {
                header = header(rowNum);
                return;
            }
            String first = current.firstEntry().getValue();
            if (current.firstKey() == 0 && first.startsWith("#")) {
                return;
            }
            Map<String, String> cells = new HashMap<>();
            for (Map.Entry<Integer, String> e : current.entrySet()) {
                String key = header.get(e.getKey());
                if (key != null) {
                    cells.put(key, e.getValue());
                }
            }
            if (cells.isEmpty()) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new ImportRow(rowNum + 1, cells));
        }

        private Map<Integer, String> header(int rowNum) {
            Map<String, ImportColumn> byName = new LinkedHashMap<>();
            for (ImportColumn c : columns) {
                byName.put(normalise(c.header()), c);
                byName.put(normalise(c.key()), c);
            }
            Map<Integer, String> found = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            List<ImportError> errors = new ArrayList<>();
            for (Map.Entry<Integer, String> e : current.entrySet()) {
                ImportColumn c = byName.get(normalise(e.getValue()));
                if (c == null) {
                    continue;
                }
                if (seen.putIfAbsent(c.key(), e.getKey()) != null) {
                    errors.add(ImportError.of(rowNum + 1, c.header(), c.key(), new Text("import.column-twice",
                            CellReference.convertNumToColString(seen.get(c.key())), CellReference.convertNumToColString(e.getKey()))));
                    continue;
                }
                found.put(e.getKey(), c.key());
            }
            for (ImportColumn c : columns) {
                if (c.required() && !seen.containsKey(c.key())) {
                    errors.add(ImportError.of(rowNum + 1, c.header(), c.key(), new Text("import.column-missing", c.header())));
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportFileException(new Text("import.header-mismatch"), errors);
            }
            return found;
        }
    }

    /**
     * Numbers as plain digits and dates as ISO dates, whatever format the cell has: a clerk's file
     * formats codes and amounts in every way Excel allows.
     */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                return t.toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
