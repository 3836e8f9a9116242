package cn.gov.xinxiang.agri.platform.codes;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The dictionaries this service owns, for front ends' pickers: each code with its Chinese and English
 * name and order; status lists with the next statuses the caller may choose. Versioned by ETag:
 * a front end sends If-None-Match and gets 304 until a code or name changes.
 */
@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service", "judge"})
public class CodeListResource {

    @Inject
    CodeListCatalog catalog;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Every dictionary this service owns (代码表)")
    public Response all(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        List<CodeList> lists = catalog.all(user.role());
        return versioned(lists, ifNoneMatch);
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One dictionary by name, e.g. asset-classes")
    public Response one(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CodeList list = catalog.one(name, user.role()).orElseThrow(() -> ProblemException.notFound("code list", name));
        return versioned(list, ifNoneMatch);
    }

    private Response versioned(Object content, String ifNoneMatch) {
        EntityTag tag = new EntityTag(catalog.version(content));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        if (ifNoneMatch != null && ifNoneMatch.replace("W/", "").replace("\"", "").trim().equals(tag.getValue())) {
            return Response.notModified(tag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        // status lists differ by role, so a cache must key on the token
        return Response.ok(content).tag(tag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }
}
