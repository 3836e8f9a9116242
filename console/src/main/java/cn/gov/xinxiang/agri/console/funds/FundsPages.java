package cn.gov.xinxiang.agri.console.funds;

import cn.gov.xinxiang.agri.console.backend.AsViewer;
import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.session.Viewer;
import cn.gov.xinxiang.agri.console.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 资金: the year's plan against the policy floors (a bar per county) and execution rates. */
@Path("/funds")
public class FundsPages {

    @Inject
    @Location("funds.html")
    Template page;

    @Inject
    AsViewer services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance funds(@QueryParam("year") Integer year) {
        Viewer v = services.viewer();
        int y = year != null ? year : defaultYear(v);
        // The floors are the policy API's values for the year, never constants of the console.
        JsonNode policy = services.get("funding", "/api/v1/policy-parameters/" + y);
        BigDecimal industryFloor = policy.path("industryShareFloor").path("value").decimalValue();
        BigDecimal leadingFloor = policy.path("leadingShareFloor").path("value").decimalValue();
        Object compliance = null;
        String complianceError = null;
        // The city's plan first (planned, then allocated so far), then each county's allocations.
        List<FloorChart.County> bars = new ArrayList<>();
        String splitChart = null;
        try {
            JsonNode c = services.get("funding", "/api/v1/compliance/" + y);
            compliance = services.data(c);
            bars.add(planRow("全市计划", c.path("planned")));
            if (c.path("allocatedTotal").decimalValue().signum() > 0) {
                bars.add(planRow("全市已分配", c.path("allocated")));
            }
            List<String> names = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            List<BigDecimal> allocated = new ArrayList<>();
            for (JsonNode county : c.path("counties")) {
                names.add(county.path("countyName").asText());
                amounts.add(wan(county.path("amount")));
                allocated.add(wan(county.path("allocated")));
            }
            if (!names.isEmpty()) {
                splitChart = Json.forScript(FloorChart.split(names, amounts, allocated));
            }
        } catch (BackendProblem e) {
            complianceError = e.status() == 404 ? y + " 年度尚无资金计划" : e.summary();
        }
        JsonNode summary = services.get("funding", "/api/v1/summaries" + Backend.query("fiscalYear", y));
        List<FloorChart.County> counties = new ArrayList<>();
        for (JsonNode c : summary.path("counties")) {
            JsonNode f = c.path("figures");
            counties.add(new FloorChart.County(c.path("countyName").asText(c.path("countyCode").asText()), f.path("allocated").decimalValue(),
                    f.path("industryDevelopment").decimalValue(), f.path("leadingIndustry").decimalValue()));
        }
        // Counties with nothing allocated yet have no share to draw (the table below still lists them).
        counties.stream().filter(c -> c.allocated() != null && c.allocated().signum() > 0).forEach(bars::add);
        return page.data("v", v).data("bars", bars).data("splitChart", splitChart).data("nav", "funds").data("year", y).data("policy", services.data(policy))
                .data("compliance", compliance).data("complianceError", complianceError).data("summary", services.data(summary))
                .data("counties", counties.stream().filter(c -> c.allocated() != null && c.allocated().signum() > 0).toList()).data("industryFloor", industryFloor).data("leadingFloor", leadingFloor)
                .data("floorChart", Json.forScript(FloorChart.option(bars, industryFloor, leadingFloor)));
    }

    /** A plan's shares as a bar: industry development over the whole, leading industries over industry development. */
    private static FloorChart.County planRow(String name, JsonNode shares) {
        JsonNode industry = shares.path("industryShare");
        JsonNode leading = shares.path("leadingShare");
        return new FloorChart.County(name, industry.path("whole").decimalValue(), industry.path("part").decimalValue(), leading.path("part").decimalValue());
    }

    private static BigDecimal wan(JsonNode yuan) {
        return yuan.decimalValue().divide(BigDecimal.valueOf(10000), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The newest plan's year, or this year when there is none. */
    private int defaultYear(Viewer v) {
        try {
            JsonNode plans = services.get("funding", "/api/v1/plans?size=1");
            JsonNode items = plans.isArray() ? plans : plans.path("items");
            if (items.size() > 0) {
                return items.get(0).path("fiscalYear").asInt();
            }
        } catch (BackendProblem e) {
            // fall through
        }
        return java.time.Year.now().getValue();
    }
}
