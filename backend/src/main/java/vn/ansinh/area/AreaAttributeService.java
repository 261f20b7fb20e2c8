package vn.ansinh.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Dated attributes of communes and villages (especially difficult ethnic-minority and mountainous
 * areas) as eligibility reads them, and the province's import of the official list.
 */
@ApplicationScoped
public class AreaAttributeService {

    @Inject
    CommuneAttributeRepository communeAttributes;

    @Inject
    VillageAttributeRepository villageAttributes;

    /** Every period of every attribute of these communes, by commune code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<AreaAttributePeriod>> ofCommunes(Collection<String> communeCodes) {
        Map<String, List<AreaAttributePeriod>> found = new HashMap<>();
        List<String> codes = communeCodes.stream().filter(Objects::nonNull).distinct().toList();
        communeAttributes.findOfCommunes(codes).forEach(a -> found.computeIfAbsent(a.communeCode, k -> new ArrayList<>())
                .add(new AreaAttributePeriod("COMMUNE", a.kind, a.validFrom, a.validTo, a.decisionNumber)));
        return found;
    }

    /** Every period of every attribute of these villages, by village id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<AreaAttributePeriod>> ofVillages(Collection<UUID> villageIds) {
        Map<UUID, List<AreaAttributePeriod>> found = new HashMap<>();
        List<UUID> ids = villageIds.stream().filter(Objects::nonNull).distinct().toList();
        villageAttributes.findOfVillages(ids).forEach(a -> found.computeIfAbsent(a.villageId, k -> new ArrayList<>())
                .add(new AreaAttributePeriod("VILLAGE", a.kind, a.validFrom, a.validTo, a.decisionNumber)));
        return found;
    }
}
