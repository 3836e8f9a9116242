package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/projects/{id}/entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Operating entities")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class ProjectEntityResource {

    @Inject
    ProjectEntities links;

    @POST
    @Transactional
    @Operation(summary = "Link a registered entity to the project in a role (village, township, county of the project); the entity must be "
            + "registered in the project's county; 409 when it already has that role")
    public Response link(@PathParam("id") UUID id, @Valid @NotNull EntityDtos.LinkRequest body) {
        return Response.status(201).entity(links.link(id, body)).build();
    }

    @GET
    @Operation(summary = "The registered entities of a project in your region, with their roles")
    public List<EntityDtos.LinkView> list(@PathParam("id") UUID id) {
        return links.of(id);
    }
}
