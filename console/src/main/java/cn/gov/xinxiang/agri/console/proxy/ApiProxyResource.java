package cn.gov.xinxiang.agri.console.proxy;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** One origin: /api/v1/... goes to the service owning the path (routing table agri.console.routes). */
@Path("/api/v1")
@Consumes(MediaType.WILDCARD)
public class ApiProxyResource {

    @Inject
    ApiProxy proxy;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path) {
        return proxy.routed("GET", path, uri, headers, null);
    }

    @POST
    @Path("{path: .+}")
    public Response post(@PathParam("path") String path, byte[] body) {
        return proxy.routed("POST", path, uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    public Response put(@PathParam("path") String path, byte[] body) {
        return proxy.routed("PUT", path, uri, headers, body);
    }

    @PATCH
    @Path("{path: .+}")
    public Response patch(@PathParam("path") String path, byte[] body) {
        return proxy.routed("PATCH", path, uri, headers, body);
    }

    @DELETE
    @Path("{path: .+}")
    public Response delete(@PathParam("path") String path) {
        return proxy.routed("DELETE", path, uri, headers, null);
    }
}
