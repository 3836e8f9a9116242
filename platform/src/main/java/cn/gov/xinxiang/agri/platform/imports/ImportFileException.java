package cn.gov.xinxiang.agri.platform.imports;

import java.util.List;

/** The file cannot be imported at all (not an XLSX workbook, a required column missing, too many rows). */
public class ImportFileException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportFileException(String message, List<ImportError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public ImportFileException(String message) {
        this(message, List.of(ImportError.file(message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
