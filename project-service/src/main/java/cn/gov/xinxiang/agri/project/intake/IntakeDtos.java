package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.library.ReviewCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class IntakeDtos {
    private IntakeDtos() {
    }

    @Schema(name = "ReviewNote", description = "An optional note with an approval")
    public record NoteRequest(@Size(max = 2000) @Schema(examples = "材料齐全，同意上报") String note) {
    }

    @Schema(name = "ReturnRequest", description = "Why the project goes back to the tier below")
    public record ReturnRequest(@NotBlank @Size(max = 2000) @Schema(examples = "联农带农方式描述不清，请补充订单收购协议") String reason) {
    }

    @Schema(name = "ReviewCheckResult", description = "One of the county review's four checks with its evidence")
    public record CheckDto(@NotNull @Schema(examples = "BENEFITS") ReviewCheck check,
                           @NotNull @Schema(examples = "true") Boolean passed,
                           @NotBlank @Size(max = 2000) @Schema(examples = "可研报告测算年收益率6%，见附件3") String evidence) {
    }

    @Schema(name = "CountyApprovalRequest", description = "The county review (县审定): all four checks, each with evidence")
    public record CountyApprovalRequest(@NotNull @Size(min = 1, max = 4) List<@Valid @NotNull CheckDto> checks,
                                        @Size(max = 2000) @Schema(examples = "四项审查均通过") String note) {
    }

    @Schema(name = "ObjectionRequest", description = "An objection received during the public notice")
    public record ObjectionRequest(@NotBlank @Size(max = 200) @Schema(examples = "城关一村村民张某") String raisedBy,
                                   @NotBlank @Size(max = 2000) @Schema(examples = "对土地流转价格有异议") String content) {
    }

    @Schema(name = "ObjectionResolution")
    public record ResolutionRequest(@NotBlank @Size(max = 2000) @Schema(examples = "经核实，流转价格符合当地标准，异议不成立") String resolution,
                                    @NotNull @Schema(examples = "false", description = "true when the objection is upheld (then return the project)") Boolean upheld) {
    }

    @Schema(name = "CompletionRequest")
    public record CompletionRequest(@NotNull @Schema(examples = "2025-10-31") LocalDate completedOn) {
    }

    @Schema(name = "FormedAsset", description = "An asset the project formed")
    public record AssetDto(@NotBlank @Size(max = 100) @Schema(examples = "A1") String assetRef,
                           @NotBlank @Size(max = 200) @Schema(examples = "标准化羊舍") String name,
                           @NotNull @Schema(examples = "OPERATING") AssetClass assetClass,
                           @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "1500000.00") BigDecimal value,
                           @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725901201") String locationRegionCode,
                           @Schema(description = "the household, for HOUSEHOLD assets only") UUID householdId) {
    }

    @Schema(name = "AcceptanceRequest", description = "Acceptance (验收) with the assets the project formed")
    public record AcceptanceRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull AssetDto> assets) {
    }

    @Schema(name = "ProjectTransition")
    public record TransitionView(IntakeAction action, String actionLabel, ProjectStatus fromStatus, ProjectStatus toStatus, String actor,
                                 String actorRole, String actorRegion, String reason, Instant at) {
    }

    @Schema(name = "NoticeObjection")
    public record ObjectionView(UUID id, String raisedBy, String content, Instant receivedAt, String recordedBy, String resolution,
                                Boolean upheld, String resolvedBy, Instant resolvedAt, long version) {
    }
}
