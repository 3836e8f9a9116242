package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.util.List;

/** The file cannot be imported at all (not an XLSX workbook, a required column missing, too many rows). */
public class ImportFileException extends RuntimeException {

    private final Text text;
    private final List<ImportError> errors;

    public ImportFileException(Text text, List<ImportError> errors) {
        super(text.in(Language.EN));
        this.text = text;
        this.errors = List.copyOf(errors);
    }

    public ImportFileException(Text text) {
        this(text, List.of(ImportError.file(text)));
    }

    /** Why, as a bundle text. */
    public Text text() {
        return text;
    }

    public List<ImportError> errors() {
        return errors;
    }
}
