package vn.ansinh.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;

/**
 * Demo data of the embedded profile: villages of the demo commune 03688 (Mường Chiên, Sơn La), three
 * of them and three other Sơn La communes flagged especially difficult, imported as a province
 * officer would. Sample lists, not the official ones (which the province imports itself).
 */
@ApplicationScoped
class DemoAreaAttributes {

    static final String COMMUNE = "03688";
    /** Villages of the demo commune; the first three are flagged (QĐ 612/QĐ-UBDT-style list). */
    static final List<String> VILLAGES = List.of("Bản Nà Cài", "Bản Huổi Văn", "Bản Co Hịa", "Bản Phiêng Bay", "Bản Pá Xa");
    static final String VILLAGE_LIST = "communeCode,villageName\n03688,Bản Nà Cài\n03688,Bản Huổi Văn\n03688,Bản Co Hịa\n";
    /** Xím Vàng, Tà Xùa and Mường Lạn as whole communes (QĐ 861/QĐ-TTg-style list). */
    static final String COMMUNE_LIST = "communeCode,villageName\n03862,\n03868,\n04246,\n";

    private static final Logger LOG = Logger.getLogger(DemoAreaAttributes.class);

    @ConfigProperty(name = "ansinh.demo.enabled")
    boolean enabled;

    @Inject
    VillageService villages;

    @Inject
    AreaAttributeService attributes;

    @Inject
    CommuneAttributeRepository communeAttributes;

    @jakarta.enterprise.context.control.ActivateRequestContext
    void onStart(@Observes @Priority(50) StartupEvent start) {
        if (enabled && communeAttributes.findOfCommunes(List.of("03862")).isEmpty()) {
            Actor seed = new Actor("demo-seed", Role.PROVINCE_OFFICER, ScopeLevel.PROVINCE, "14", null);
            villages.ensureVillages(Map.of(COMMUNE, VILLAGES), seed);
            attributes.importList(VILLAGE_LIST, VillageAttributeKind.ESPECIALLY_DIFFICULT, "612/QĐ-UBDT (dữ liệu mẫu)",
                    LocalDate.of(2021, 9, 1), null, seed);
            attributes.importList(COMMUNE_LIST, VillageAttributeKind.ESPECIALLY_DIFFICULT, "861/QĐ-TTg (dữ liệu mẫu)",
                    LocalDate.of(2021, 6, 4), null, seed);
            LOG.info("Flagged demo villages of 03688 and three Sơn La communes as especially difficult (sample data)");
        }
    }
}
