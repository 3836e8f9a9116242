package cn.gov.xinxiang.agri.platform.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is wrong with one cell or row of an import: the row number as Excel shows it (1 = the header row,
 * 0 = the file as a whole), the Chinese column header and the field key (null for the whole row), and
 * the message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportError")
public record ImportError(@Schema(examples = "7") int row,
                          @Schema(examples = "资产类别") String column,
                          @Schema(examples = "assetClass") String field,
                          @Schema(examples = "must be one of 经营性, 公益性, 到户类") String message) {

    public static ImportError file(String message) {
        return new ImportError(0, null, null, message);
    }
}
