package cn.gov.xinxiang.agri.console.workbench;

import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.backend.ConsoleConfig;
import cn.gov.xinxiang.agri.console.session.CurrentViewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * 演示时钟: moves every service's clock forward (POST /api/v1/test-clock/advance, city users), e.g. past a
 * 10-day public notice in a demo. Works only where the services allow it (AGRI_CLOCK_SHIFTABLE=true: the
 * local run and tests); elsewhere each service answers 404 and the page says so.
 */
@Path("/demo-clock")
public class DemoClockResource {

    @Inject
    Backend backend;

    @Inject
    ConsoleConfig config;

    @Inject
    CurrentViewer current;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response advance(@FormParam("days") Integer days) {
        int d = days == null ? 0 : days;
        List<String> out = new ArrayList<>();
        if (d < 1 || d > 366) {
            out.add("天数应为 1 至 366");
        } else {
            for (String service : config.services().keySet()) {
                try {
                    backend.write(service, "POST", "/api/v1/test-clock/advance?days=" + d, current.token(), null, null);
                    out.add(service + " 已前进 " + d + " 天");
                } catch (BackendProblem e) {
                    out.add(service + "：" + (e.status() == 404 ? "未开启演示时钟" : e.summary()));
                }
            }
        }
        return Response.seeOther(URI.create("/?clock=" + URLEncoder.encode(String.join("；", out), StandardCharsets.UTF_8))).build();
    }
}
