package cn.gov.xinxiang.agri.console.evaluation;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 绩效评价: the county ranking, a county's scores with their evidence, and the city overview with charts. */
@Path("/evaluation")
public class EvaluationPages {

    @Inject
    @Location("evaluation.html")
    Template ranking;

    @Inject
    @Location("evaluation-detail.html")
    Template detail;

    @Inject
    AsViewer services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ranking(@QueryParam("year") Integer year) {
        Viewer v = services.viewer();
        int y = year != null ? year : java.time.Year.now().getValue() - 1;
        JsonNode r = services.get("evaluation", "/api/v1/rankings/counties" + Backend.query("fiscalYear", y));
        List<String> names = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (JsonNode row : r.path("rows")) {
            names.add(row.path("countyName").asText());
            scores.add(row.path("score").isNull() ? BigDecimal.ZERO : row.path("score").decimalValue());
        }
        Object overview = null;
        String gradeChart = null;
        if (v.citywide()) {
            try {
                JsonNode o = services.get("evaluation", "/api/v1/overview" + Backend.query("fiscalYear", y));
                overview = services.data(o);
                List<String> grades = new ArrayList<>();
                List<Integer> counts = new ArrayList<>();
                o.path("countiesByGrade").fields().forEachRemaining(e -> {
                    grades.add(e.getKey());
                    counts.add(e.getValue().asInt());
                });
                gradeChart = Json.forScript(Charts.pie("各县等次分布", grades, counts));
            } catch (BackendProblem e) {
                overview = null;
            }
        }
        return ranking.data("v", v).data("nav", "evaluation").data("year", y).data("ranking", services.data(r))
                .data("scoreChart", Json.forScript(Charts.bars("各县综合得分", names, scores, "分"))).data("overview", overview)
                .data("gradeChart", gradeChart);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance evaluation(@PathParam("id") UUID id) {
        Viewer v = services.viewer();
        JsonNode e = services.get("evaluation", "/api/v1/evaluations/" + id);
        List<String> names = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (JsonNode i : e.path("evidence").path("indicators")) {
            names.add(i.path("name").asText(i.path("code").asText()));
            scores.add(i.path("score").isNull() || i.path("score").isMissingNode() ? BigDecimal.ZERO : i.path("score").decimalValue());
        }
        return detail.data("v", v).data("nav", "evaluation").data("e", services.data(e))
                .data("indicatorChart", Json.forScript(Charts.bars("各指标得分", names, scores, "分")));
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
