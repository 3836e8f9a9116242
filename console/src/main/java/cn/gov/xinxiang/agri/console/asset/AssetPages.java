package cn.gov.xinxiang.agri.console.asset;

import cn.gov.xinxiang.agri.console.backend.AsViewer;
import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.session.Viewer;
import cn.gov.xinxiang.agri.console.web.Charts;
import cn.gov.xinxiang.agri.console.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 资产: the ledger with totals by class, owner type and tier; an asset's custody chain and its verification; the XLSX export. */
@Path("/assets")
public class AssetPages {

    @Inject
    @Location("assets.html")
    Template ledger;

    @Inject
    @Location("asset.html")
    Template detail;

    @Inject
    @Location("asset-verify.html")
    Template verification;

    @Inject
    AsViewer services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ledger(@QueryParam("regionCode") String regionCode, @QueryParam("assetClass") String assetClass,
                                   @QueryParam("page") Integer page) {
        Viewer v = services.viewer();
        JsonNode totals = services.get("asset", "/api/v1/ledger" + Backend.query("regionCode", regionCode));
        int p = page == null || page < 0 ? 0 : page;
        JsonNode assets = services.get("asset", "/api/v1/assets" + Backend.query("regionCode", regionCode, "assetClass", assetClass,
                "page", p, "size", 20));
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("chart-class", Json.forScript(pie("按资产类别（万元）", totals.path("byClass"))));
        charts.put("chart-owner", Json.forScript(bars("按所有权人类型（万元）", totals.path("byOwnerType"))));
        charts.put("chart-tier", Json.forScript(bars("按确权层级（万元）", totals.path("byTier"))));
        charts.put("chart-region", Json.forScript(bars("按下级区划（万元）", totals.path("byRegion"))));
        return ledger.data("v", v).data("nav", "assets").data("totals", services.data(totals)).data("assets", services.data(assets))
                .data("charts", charts).data("regionCode", regionCode == null ? "" : regionCode)
                .data("prev", p > 0 ? p - 1 : null).data("next", assets.path("total").asLong() > (long) (p + 1) * 20 ? p + 1 : null)
                .data("pageNo", p + 1).data("xlsx", "/assets/ledger.xlsx" + Backend.query("regionCode", regionCode));
    }

    /** The ledger as XLSX, exactly as asset-service writes it, under the user's own token. */
    @GET
    @Path("/ledger.xlsx")
    public Response export(@QueryParam("regionCode") String regionCode) {
        Backend.Reply r = services.getRaw("asset", "/api/v1/ledger/export" + Backend.query("regionCode", regionCode));
        Response.ResponseBuilder b = Response.ok(r.bytes(), r.contentType());
        if (r.contentDisposition() != null) {
            b.header("Content-Disposition", r.contentDisposition());
        }
        return b.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance asset(@PathParam("id") UUID id) {
        Viewer v = services.viewer();
        Object asset = services.getData("asset", "/api/v1/assets/" + id);
        Object chain = services.getData("asset", "/api/v1/assets/" + id + "/custody");
        Object history = services.getData("asset", "/api/v1/assets/" + id + "/custody/history");
        return detail.data("v", v).data("nav", "assets").data("labels", AssetLabels.LABELS).data("a", asset).data("chain", chain).data("history", history);
    }

    /** The custody chain's verification (hash links, seals, signed head), loaded into the asset page by htmx. */
    @GET
    @Path("/{id}/verification")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance verify(@PathParam("id") UUID id) {
        Object result;
        String error = null;
        try {
            result = services.getData("asset", "/api/v1/assets/" + id + "/custody/verify");
        } catch (BackendProblem e) {
            result = null;
            error = e.summary();
        }
        return verification.data("r", result).data("error", error).data("labels", AssetLabels.LABELS);
    }

    private static Map<String, Object> pie(String title, JsonNode totals) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (JsonNode t : totals) {
            labels.add(t.path("label").asText(t.path("key").asText()));
            values.add(wan(t.path("value")));
        }
        return Charts.pie(title, labels, values);
    }

    private static Map<String, Object> bars(String title, JsonNode totals) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (JsonNode t : totals) {
            labels.add(t.path("label").asText(t.path("key").asText()));
            values.add(wan(t.path("value")));
        }
        return Charts.bars(title, labels, values, "万元");
    }

    private static BigDecimal wan(JsonNode value) {
        return value.decimalValue().divide(BigDecimal.valueOf(10000), 2, java.math.RoundingMode.HALF_UP);
    }
}
