package vn.ansinh.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.VietnameseText;

/** Reading administrative units as of a date; what other features may ask about areas. */
@ApplicationScoped
public class AreaService {

    @Inject
    AreaRepository areas;

    private final Map<String, Optional<CommuneRef>> communes = new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AreaView> list(AreaLevel level, String parentCode, String query, LocalDate validOn, int page, int size) {
        AreaFilter filter = new AreaFilter(level, blankToNull(parentCode), VietnameseText.fold(query));
        List<Area> found = areas.findInForce(filter, validOn, page, size);
        long total = areas.countInForce(filter, validOn);
        return PageView.of(views(found), page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AreaView get(String code, LocalDate validOn) {
        Area area = areas.findInForceByCode(code, validOn)
                .orElseThrow(() -> ProblemException.notFound("area.not-found", code, validOn.toString()));
        return views(List.of(area)).get(0);
    }

    /** The unit with this code in force on that date, if any: for features that keep area codes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AreaRef> find(String code, LocalDate validOn) {
        return areas.findInForceByCode(code, validOn).map(area -> AreaRef.of(area, null));
    }

    /**
     * The commune with this code in force on that date, if any. Administrative units change only
     * with a new official list, so answers are kept in memory (a few thousand at most).
     */
    public Optional<CommuneRef> findCommune(String code, LocalDate validOn) {
        if (code == null || !code.matches("\\d{5}")) {
            return Optional.empty();
        }
        return communes.computeIfAbsent(code + "@" + validOn, key -> lookUpCommune(code, validOn));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<CommuneRef> lookUpCommune(String code, LocalDate validOn) {
        return areas.findInForceByCode(code, validOn).filter(area -> area.level == AreaLevel.COMMUNE)
                .map(area -> new CommuneRef(area.code, area.fullName, area.provinceCode));
    }

    private List<AreaView> views(List<Area> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(area -> area.id).toList();
        Map<Long, List<AreaSuccession>> predecessors = areas.predecessorsOf(ids);
        Map<Long, List<AreaSuccession>> successors = areas.successorsOf(ids);
        return found.stream().map(area -> new AreaView(area.code, area.level, area.name, area.fullName, area.unitType,
                area.nameEn, area.provinceCode, area.parent == null ? null : area.parent.code,
                area.parent == null ? null : AreaRef.of(area.parent, null), area.validFrom, area.validTo,
                predecessors.getOrDefault(area.id, List.of()).stream().map(s -> AreaRef.of(s.predecessor, s.kind)).toList(),
                successors.getOrDefault(area.id, List.of()).stream().map(s -> AreaRef.of(s.successor, s.kind)).toList()))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
