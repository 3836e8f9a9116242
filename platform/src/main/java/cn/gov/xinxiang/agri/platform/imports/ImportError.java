package cn.gov.xinxiang.agri.platform.imports;

import com.fasterxml.jackson.annotation.JsonCreator;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with one cell or row of an import: the row number as Excel shows it (1 = the header row,
 * 0 = the file as a whole), the Chinese column header and the field key (null for the whole row), and
 * the message in the reader's language (Accept-Language, Chinese by default) with its bundle key.
 *
 * <p>Jobs run outside the request that submitted them, so an error is written in both languages when it
 * is found ({@code texts}, stored with the job) and shown in the language of whoever reads the job.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportError")
public record ImportError(@Schema(examples = "7") int row,
                          @Schema(examples = "资产类别") String column,
                          @Schema(examples = "assetClass") String field,
                          @Schema(examples = "须为以下之一：经营性、公益性、到户类") String message,
                          @Schema(description = "the message's key in the bundles, stable for clients", examples = "import.one-of") String key,
                          @Schema(hidden = true) Map<String, String> texts) {

    /** The stored form reads back through the canonical constructor (not the deprecated one-language one). */
    @JsonCreator
    public ImportError {
    }

    /** An error whose message is the bundle text {@code text}, rendered now in both languages. */
    public static ImportError of(int row, String column, String field, Text text) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            texts.put(l.suffix, text.in(l));
        }
        return new ImportError(row, column, field, texts.get(Language.ZH.suffix), text.key(), texts);
    }

    /** Free text in one language: kept so older handlers compile; BilingualProblemsTest fails the build on a use. */
    @Deprecated
    public ImportError(int row, String column, String field, String message) {
        this(row, column, field, message, null, null);
    }

    public static ImportError file(Text text) {
        return of(0, null, null, text);
    }

    /** As a reader of {@code language} sees it (without the stored texts). Errors stored before texts existed stay as written. */
    public ImportError in(Language language) {
        if (texts == null) {
            return this;
        }
        return new ImportError(row, column, field, texts.getOrDefault(language.suffix, message), key, null);
    }
}
