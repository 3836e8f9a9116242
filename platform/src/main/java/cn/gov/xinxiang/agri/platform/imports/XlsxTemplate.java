package cn.gov.xinxiang.agri.platform.imports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The XLSX template of an import kind: sheet 1 has the Chinese headers (required ones marked *) with a
 * comment per header saying what to fill in, text-formatted code columns, date and amount formats and
 * drop-downs for closed lists, ready for data from row 2; sheet 2 (填写说明) lists every column with its
 * hint and an example row. Only the first sheet is read back.
 */
public final class XlsxTemplate {

    /** Rows the formats and drop-downs cover. */
    static final int PREPARED_ROWS = 5000;

    private XlsxTemplate() {
    }

    public static byte[] write(String title, List<ImportColumn> columns) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(title);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            CellStyle requiredHead = wb.createCellStyle();
            requiredHead.cloneStyleFrom(head);
            requiredHead.setFont(red);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle whole = wb.createCellStyle();
            whole.setDataFormat(wb.createDataFormat().getFormat("0"));

            Row header = data.createRow(0);
            Drawing<?> drawing = data.createDrawingPatriarch();
            DataValidationHelper validation = data.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn c = columns.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(c.templateHeader());
                cell.setCellStyle(c.required() ? requiredHead : head);
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(5);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString(hint(c)));
                cell.setCellComment(comment);
                data.setColumnWidth(i, Math.min(60, Math.max(12, c.header().length() * 2 + 4)) * 256);
                data.setDefaultColumnStyle(i, switch (c.type()) {
                    case TEXT, CODE -> text;
                    case DATE -> date;
                    case DECIMAL -> amount;
                    case INTEGER -> whole;
                });
                if (!c.choices().isEmpty()) {
                    DataValidationConstraint list = validation.createExplicitListConstraint(c.choices().toArray(String[]::new));
                    DataValidation v = validation.createValidation(list, new CellRangeAddressList(1, PREPARED_ROWS, i, i));
                    v.setShowErrorBox(true);
                    v.createErrorBox(c.header(), "请从下拉列表中选择：" + String.join("、", c.choices()));
                    data.addValidationData(v);
                }
            }
            data.createFreezePane(0, 1);

            Sheet help = wb.createSheet("填写说明");
            Row h = help.createRow(0);
            String[] titles = {"列", "是否必填", "说明", "示例"};
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
                h.getCell(i).setCellStyle(head);
            }
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn c = columns.get(i);
                Row r = help.createRow(i + 1);
                r.createCell(0).setCellValue(c.header());
                r.createCell(1).setCellValue(c.required() ? "必填" : "选填");
                r.createCell(2).setCellValue(c.hint() + (c.choices().isEmpty() ? "" : "（可选值：" + String.join("、", c.choices()) + "）"));
                r.createCell(3).setCellValue(c.example() == null ? "" : c.example());
            }
            Row note = help.createRow(columns.size() + 2);
            note.createCell(0).setCellValue("第一张工作表的第1行为表头（列的顺序不限，带*的为必填），从第2行起每行一条记录；"
                    + "首列以#开头的行视为备注，不导入。整份文件全部校验通过才会导入，任一行有误则不导入任何记录，并逐行列出错误。"
                    + "同一条记录重复导入不会重复登记；内容不同的已有记录请走更正流程。");
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 80 * 256);
            help.setColumnWidth(3, 30 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hint(ImportColumn c) {
        StringBuilder sb = new StringBuilder(c.required() ? "必填。" : "选填。").append(c.hint());
        if (!c.choices().isEmpty()) {
            sb.append("\n可选值：").append(String.join("、", c.choices()));
        }
        if (c.example() != null && !c.example().isBlank()) {
            sb.append("\n示例：").append(c.example());
        }
        return sb.toString();
    }
}
