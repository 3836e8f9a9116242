package cn.gov.xinxiang.agri.console.project;

import cn.gov.xinxiang.agri.console.backend.AsViewer;
import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.session.Viewer;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 项目库: the list with filters, a project with its mechanisms, steps and evidence, and the tier's actions. */
@Path("/projects")
public class ProjectPages {

    static final int PAGE_SIZE = 20;

    @Inject
    @Location("projects.html")
    Template list;

    @Inject
    @Location("projects-table.html")
    Template table;

    @Inject
    @Location("project.html")
    Template detail;

    @Inject
    @Location("project-new.html")
    Template form;

    @Inject
    AsViewer services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("status") String status,
                                 @QueryParam("industryCategory") String industry, @QueryParam("regionCode") String regionCode,
                                 @QueryParam("sort") String sort, @QueryParam("page") Integer page,
                                 @HeaderParam("HX-Request") String htmx) {
        Viewer v = services.viewer();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("fiscalYear", nz(fiscalYear));
        filters.put("status", nz(status));
        filters.put("industryCategory", nz(industry));
        filters.put("regionCode", nz(regionCode));
        filters.put("sort", nz(sort));
        int p = page == null || page < 0 ? 0 : page;
        Object result = null;
        String error = null;
        Integer next = null;
        try {
            JsonNode found = services.get("project", "/api/v1/projects" + Backend.query("fiscalYear", fiscalYear, "status", status,
                    "industryCategory", industry, "regionCode", regionCode, "sort", sort, "page", p, "size", PAGE_SIZE));
            result = services.data(found);
            next = found.path("total").asLong() > (long) (p + 1) * PAGE_SIZE ? p + 1 : null;
        } catch (BackendProblem e) {
            error = e.summary();
        }
        TemplateInstance t = (htmx != null ? table.instance() : list.instance())
                .data("v", v).data("nav", "projects").data("filters", filters).data("result", result).data("error", error)
                .data("statuses", Labels.STATUS).data("industries", Labels.INDUSTRY).data("pageNo", p + 1).data("prev", p > 0 ? p - 1 : null).data("next", next)
                .data("query", Backend.query("fiscalYear", fiscalYear, "status", status, "industryCategory", industry,
                        "regionCode", regionCode, "sort", sort));
        return t;
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newDraft() {
        return formPage(Map.of(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> params) {
        Viewer v = services.viewer();
        DraftForm.Result r = DraftForm.read(params::getFirst, v.region());
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, vs) -> values.put(k, vs.isEmpty() ? "" : vs.get(0)));
        if (!r.errors().isEmpty()) {
            return Response.status(400).entity(formPage(values, r.errors(), "请更正标出的字段")).build();
        }
        try {
            Backend.Reply reply = services.write("project", "POST", "/api/v1/projects", r.body(), null);
            return Response.seeOther(URI.create("/projects/" + reply.json().path("id").asText() + "?msg=" + enc("草稿已保存"))).build();
        } catch (BackendProblem e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(fe -> errors.merge(fe.field(), fe.message(), (a, b) -> a + "；" + b));
            return Response.status(e.status() >= 500 ? 502 : 422).entity(formPage(values, errors, e.summary())).build();
        }
    }

    private TemplateInstance formPage(Map<String, String> values, Map<String, String> errors, String error) {
        return form.data("v", services.viewer()).data("nav", "projects").data("values", values).data("errors", errors).data("error", error)
                .data("industries", Labels.INDUSTRY).data("mechanisms", Labels.MECHANISM).data("roles", Labels.PARTICIPANT_ROLE)
                .data("entityTypes", Labels.ENTITY_TYPE).data("participantRows", rows(DraftForm.PARTICIPANT_ROWS))
                .data("mechanismRows", rows(DraftForm.MECHANISM_ROWS)).data("year", java.time.Year.now().getValue());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response project(@PathParam("id") UUID id, @QueryParam("msg") String msg) {
        return Response.ok(projectPage(id, msg, null, Map.of())).build();
    }

    private TemplateInstance projectPage(UUID id, String msg, String error, Map<String, String> values) {
        Viewer v = services.viewer();
        Backend.Reply reply = services.getRaw("project", "/api/v1/projects/" + id);
        JsonNode p = reply.json();
        Object transitions = services.getData("project", "/api/v1/projects/" + id + "/transitions");
        // The reason of the latest step when it was a return: what the tier below has to fix.
        String lastReturn = null;
        for (JsonNode t : services.mapper().valueToTree(transitions)) {
            lastReturn = "RETURN".equals(t.path("action").asText()) ? t.path("reason").asText(null) : null;
        }
        return detail.data("v", v).data("nav", "projects").data("p", services.data(p)).data("etag", reply.etag())
                .data("transitions", transitions).data("actions", asFlags(ProjectActions.available(v.role(), p.path("status").asText())))
                .data("returnReason", lastReturn)
                .data("checks", Labels.REVIEW_CHECK).data("msg", msg).data("error", error).data("values", values);
    }

    @POST
    @Path("/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, MultivaluedMap<String, String> params) {
        String etag = params.getFirst("etag");
        Object body;
        String path;
        String done;
        switch (action) {
            case ProjectActions.SUBMIT -> {
                path = "submission";
                body = null;
                done = "已提交乡镇审核";
            }
            case ProjectActions.TOWNSHIP_APPROVE -> {
                path = "township-review";
                body = Map.of("note", nz(params.getFirst("note")));
                done = "乡镇审核通过，已报县级审定";
            }
            case ProjectActions.COUNTY_APPROVE -> {
                path = "county-review";
                List<Map<String, Object>> checks = new ArrayList<>();
                for (String check : Labels.REVIEW_CHECK.keySet()) {
                    checks.add(Map.of("check", check, "passed", "on".equals(params.getFirst("pass." + check)) || "true".equals(params.getFirst("pass." + check)),
                            "evidence", nz(params.getFirst("evidence." + check))));
                }
                body = Map.of("checks", checks, "note", nz(params.getFirst("note")));
                done = "县级审定完成";
            }
            case ProjectActions.START_NOTICE -> {
                path = "notice";
                body = null;
                done = "已启动公示";
            }
            case ProjectActions.ADMIT -> {
                path = "admission";
                body = null;
                done = "已入库";
            }
            case ProjectActions.RETURN -> {
                path = "return";
                body = Map.of("reason", nz(params.getFirst("reason")));
                done = "已退回";
            }
            default -> {
                return Response.status(404).build();
            }
        }
        try {
            services.write("project", "POST", "/api/v1/projects/" + id + "/" + path, body, etag == null || etag.isBlank() ? null : etag);
            return Response.seeOther(URI.create("/projects/" + id + "?msg=" + enc(done))).build();
        } catch (BackendProblem e) {
            Map<String, String> values = new LinkedHashMap<>();
            params.forEach((k, vs) -> values.put(k, vs.isEmpty() ? "" : vs.get(0)));
            StringBuilder msg = new StringBuilder(e.summary());
            e.errors().forEach(fe -> msg.append("；").append(fe.field()).append("：").append(fe.message()));
            return Response.status(e.status() >= 500 ? 502 : e.status()).entity(projectPage(id, null, msg.toString(), values)).build();
        }
    }

    /** The actions as a map for the template ({#if actions.get('submit')}); empty when there is none. */
    private static Map<String, Boolean> asFlags(java.util.Set<String> actions) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        actions.forEach(a -> m.put(a, true));
        return m;
    }

    private static List<Integer> rows(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
