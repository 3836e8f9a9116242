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

/** /services/{service}/... goes to that service as it is: what every service has (dead letters, test clock). */
@Path("/services/{service}")
@Consumes(MediaType.WILDCARD)
public class DirectProxyResource {

    @Inject
    ApiProxy proxy;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{path: .+}")
    public Response getDirect(@PathParam("service") String service, @PathParam("path") String path) {
        return proxy.direct(service, "GET", path, uri, headers, null);
    }

    @POST
    @Path("{path: .+}")
    public Response postDirect(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return proxy.direct(service, "POST", path, uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    public Response putDirect(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return proxy.direct(service, "PUT", path, uri, headers, body);
    }

    @DELETE
    @Path("{path: .+}")
    public Response deleteDirect(@PathParam("service") String service, @PathParam("path") String path) {
        return proxy.direct(service, "DELETE", path, uri, headers, null);
    }
}
