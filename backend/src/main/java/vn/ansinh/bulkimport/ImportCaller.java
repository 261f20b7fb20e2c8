package vn.ansinh.bulkimport;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.area.AreaService;
import vn.ansinh.area.AreaView;

/** The uploader of the current request, as a job keeps it. */
@RequestScoped
class ImportCaller {

    @Inject
    JsonWebToken token;

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    ImportActorInfo uploader() {
        String role = token.getGroups().iterator().next();
        String level = token.getClaim("ansinh_scope_level");
        String code = token.getClaim("ansinh_scope_code");
        String province = switch (level) {
            case "PROVINCE" -> code;
            case "COMMUNE" -> provinceOf(code);
            default -> null;
        };
        return new ImportActorInfo(token.getName(), role, level, code, province);
    }

    private String provinceOf(String communeCode) {
        AreaView commune = areas.get(communeCode, LocalDate.now(clock));
        return commune.provinceCode();
    }
}
