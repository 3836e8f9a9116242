package cn.gov.xinxiang.agri.platform.codes;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A dictionary a front end fills a picker from: the codes of one kind with their names in both languages. */
@Schema(name = "CodeList", description = "One dictionary: its codes in display order with Chinese and English names")
public record CodeList(
        @Schema(examples = "asset-classes") String name,
        @Schema(examples = "资产类别") String zh,
        @Schema(examples = "Asset classes") String en,
        List<Entry> codes) {

    public CodeList {
        codes = List.copyOf(codes);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CodeListEntry")
    public record Entry(
            @Schema(examples = "OPERATING") String code,
            @Schema(examples = "经营性") String zh,
            @Schema(examples = "Operating") String en,
            @Schema(description = "display order, from 1") int order,
            @Schema(description = "for status lists: the statuses the caller's role may move a record in this status to (absent for other lists)")
            List<String> next) {
    }
}
