package cn.gov.xinxiang.agri.console.web;

import cn.gov.xinxiang.agri.console.backend.BackendProblem;
import cn.gov.xinxiang.agri.console.session.CurrentViewer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/** A page whose service refused or failed: the service's answer in Chinese words, inside the layout. */
@Provider
public class ProblemPage implements ExceptionMapper<BackendProblem> {

    @Inject
    @Location("error.html")
    Template page;

    @Inject
    CurrentViewer current;

    @Override
    public Response toResponse(BackendProblem e) {
        if (e.status() == 401) {
            return Response.seeOther(URI.create("/login")).build();
        }
        int status = e.status() >= 500 ? 502 : e.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.data("v", current.get()).data("nav", "").data("problem", e).render()).build();
    }
}
