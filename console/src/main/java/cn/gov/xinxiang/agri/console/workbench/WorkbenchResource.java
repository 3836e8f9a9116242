package cn.gov.xinxiang.agri.console.workbench;

import cn.gov.xinxiang.agri.console.backend.AsViewer;
import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.session.Viewer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 工作台: the tier's open work across the services, with counts and links. */
@Path("/")
public class WorkbenchResource {

    /** One card: a count, a link to the full list, the first few items; or the error of its service. */
    public record Card(String title, String service, long count, String link, boolean yourMove, List<Map<String, Object>> items, String error) {
    }

    @Inject
    @Location("workbench.html")
    Template page;

    @Inject
    AsViewer services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance workbench(@jakarta.ws.rs.QueryParam("clock") String clock) {
        Viewer v = services.viewer();
        List<Card> projectCards = new ArrayList<>();
        for (OpenWork.ProjectWork w : OpenWork.projectWork(v.role())) {
            projectCards.add(card(w.label(), "project", "/projects?status=" + w.status(), w.yourMove(),
                    () -> services.get("project", "/api/v1/projects" + Backend.query("status", w.status(), "size", 5)), "items"));
        }
        List<Card> assetCards = new ArrayList<>();
        if (!v.is("judge")) {
            try {
                var todo = services.get("asset", "/api/v1/todo?size=5");
                assetCards.add(section(todo.path("confirmations"), "待确权资产", "/assets", v.county()));
                assetCards.add(section(todo.path("custodyMissing"), "缺少管护责任人的层级", "/assets", true));
                assetCards.add(section(todo.path("handoversToAnswer"), "待接收的管护交接", "/assets", true));
            } catch (BackendProblem e) {
                assetCards.add(new Card("资产待办", "asset", 0, "/assets", false, List.of(), e.summary()));
            }
            try {
                var flags = services.get("asset", "/api/v1/income/flags" + Backend.query("period",
                        OpenWork.lastEndedHalfYear(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))), "size", 5));
                assetCards.add(section(flags.path("missing"), "逾期未盘点的收益（" + flags.path("period").asText("") + "）", "/assets", true));
                assetCards.add(new Card("本期待盘点（截止 " + flags.path("deadline").asText("") + "）", "asset", flags.path("pending").asLong(),
                        "/assets", true, List.of(), null));
                assetCards.add(section(flags.path("belowBenchmark"), "收益率低于基准的经营性资产", "/assets", false));
            } catch (BackendProblem e) {
                assetCards.add(new Card("收益盘点", "asset", 0, "/assets", false, List.of(), e.summary()));
            }
        }
        return page.data("v", v).data("nav", "workbench").data("clock", clock).data("projectCards", projectCards).data("assetCards", assetCards);
    }

    @SuppressWarnings("unchecked")
    private Card section(com.fasterxml.jackson.databind.JsonNode s, String title, String link, boolean yourMove) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) services.data(s.path("items"));
        return new Card(title, "asset", s.path("total").asLong(), link, yourMove, items == null ? List.of() : items, null);
    }

    @SuppressWarnings("unchecked")
    private Card card(String title, String service, String link, boolean yourMove, java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> call,
                      String itemsField) {
        try {
            var page = call.get();
            List<Map<String, Object>> items = (List<Map<String, Object>>) services.data(page.path(itemsField));
            return new Card(title, service, page.path("total").asLong(), link, yourMove, items == null ? List.of() : items, null);
        } catch (BackendProblem e) {
            return new Card(title, service, 0, link, yourMove, List.of(), e.summary());
        }
    }
}
