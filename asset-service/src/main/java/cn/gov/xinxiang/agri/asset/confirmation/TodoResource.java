package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/todo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Confirmation")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class TodoResource {

    @Inject
    TodoService todo;

    @GET
    @Operation(summary = "Your tier's to-do: assets to confirm (county), tiers without a custodian, handovers waiting for your answer")
    public ConfirmationDtos.TodoList todo(@QueryParam("size") Integer size) {
        return todo.forCaller(size == null ? 50 : size);
    }
}
