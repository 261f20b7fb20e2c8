package vn.ansinh.person;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.AnSinhApi;

@Path("/ethnic-groups")
@Tag(name = "Reference data")
@Authenticated
@SecurityRequirement(name = AnSinhApi.COOKIE)
@SecurityRequirement(name = AnSinhApi.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class EthnicGroupResource {

    @Inject
    PersonService people;

    @GET
    @Operation(operationId = "listEthnicGroups", summary = "List the 54 ethnic groups",
            description = "Codes of the General Statistics Office list (QĐ 121-TCTK/PPCĐ, 1979), in code order.")
    @APIResponse(responseCode = "200", description = "The 54 groups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EthnicGroupView.class),
                    examples = @ExampleObject(name = "first", value = """
                            [{"code":"01","name":"Kinh","nameEn":"Kinh (Viet)","otherNames":"Việt"},
                             {"code":"03","name":"Thái","nameEn":"Thai","otherNames":"Tày Khao (Thái Trắng); Tày Đăm (Thái Đen)"}]""")))
    public List<EthnicGroupView> listEthnicGroups() {
        return people.ethnicGroups();
    }
}
