package cn.gov.xinxiang.agri.funding.library;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** The library projects funding-service knows of (the ones it may fund), within the caller's region. */
@Path("/api/v1/library-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class LibraryProjectResource {

    @Schema(name = "LibraryProject")
    public record LibraryProjectView(UUID projectId, @Schema(examples = "XM2024-410725-00001") String code,
                                     @Schema(examples = "原阳县预制菜产业园") String name, int fiscalYear,
                                     String regionCode, String countyCode, String industryCategory,
                                     boolean leadingIndustry, String leadingIndustryCode, Instant admittedAt) {
        static LibraryProjectView of(LibraryProject p) {
            return new LibraryProjectView(p.projectId, p.code, p.name, p.fiscalYear, p.regionCode, p.countyCode,
                    p.industryCategory, p.leadingIndustry, p.leadingIndustryCode, p.admittedAt);
        }
    }

    @Inject
    LibraryProjectService projects;

    @GET
    @Path("/{id}")
    @Operation(summary = "A library project in your region")
    public LibraryProjectView get(@PathParam("id") UUID id) {
        return LibraryProjectView.of(projects.get(id));
    }

    @GET
    @Operation(summary = "Library projects in your region, by code")
    public Page<LibraryProjectView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<LibraryProject> found = projects.list(fiscalYear, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(LibraryProjectView::of).toList(), found.page(), found.size(), found.total());
    }
}
