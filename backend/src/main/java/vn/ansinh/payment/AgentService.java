package vn.ansinh.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.Versions;

/** Payment agents, their service points and agent users, and the provinces' payment settings. */
@ApplicationScoped
public class AgentService {

    static final String ENTITY = "PAYMENT_AGENT";
    private static final Pattern CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$");

    @Inject
    AgentRepository agents;

    @Inject
    ServicePointRepository points;

    @Inject
    AgentUserRepository agentUsers;

    @Inject
    PaymentSettingRepository settings;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public AgentView create(AgentRequests.NewAgent request, Actor actor) {
        requireAdministrator(actor);
        FieldErrors errors = new FieldErrors();
        String province = errors.text("provinceCode", request.provinceCode() != null ? request.provinceCode()
                : actor.provinceCode(), 2, true);
        String code = errors.text("code", request.code(), 20, true);
        String name = errors.text("name", request.name(), 200, true);
        errors.required("kind", request.kind());
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add("code", "pattern");
        }
        if (province != null && areas.find(province, LocalDate.now(clock)).isEmpty()) {
            errors.add("provinceCode", "area.unknown-province");
        } else if (province != null && !actor.isCountryScoped() && !province.equals(actor.provinceCode())) {
            errors.add("provinceCode", "area.out-of-scope");
        }
        errors.throwIfAny();
        if (agents.findByCode(province, code).isPresent()) {
            throw ProblemException.conflict("payment.agent-code-exists", code);
        }
        PaymentAgent agent = new PaymentAgent(Uuids.timeOrdered(), province, code, name, request.kind(), actor.username(),
                clock.instant());
        agents.persist(agent);
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.agent-created", ENTITY, agent.id,
                province, null, List.of(new AuditEntry.Change("name", null, name),
                        new AuditEntry.Change("kind", null, request.kind().name()))));
        return agent.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgentView> list(Actor actor) {
        return agents.listInProvince(actor.isCountryScoped() ? null : actor.provinceCode()).stream()
                .map(PaymentAgent::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgentView get(UUID id, Actor actor) {
        return visibleAgent(id, actor).view();
    }

    @Transactional
    public ServicePointView addServicePoint(UUID agentId, AgentRequests.NewServicePoint request, Actor actor) {
        requireAdministrator(actor);
        PaymentAgent agent = visibleAgent(agentId, actor);
        FieldErrors errors = new FieldErrors();
        CommuneRef commune = communeOfAgent(errors, "communeCode", request.communeCode(), agent, actor);
        String name = errors.text("name", request.name(), 200, true);
        String address = errors.text("address", request.address(), 200, false);
        errors.throwIfAny();
        if (points.findActiveInCommune(commune.code()).isPresent()) {
            throw ProblemException.conflict("payment.service-point-exists", commune.code());
        }
        ServicePoint point = new ServicePoint(Uuids.timeOrdered(), agent.id, agent.provinceCode, commune.code(), name,
                address, actor.username(), clock.instant());
        points.persist(point);
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.service-point-opened", ENTITY, agent.id,
                agent.provinceCode, commune.code(), List.of(new AuditEntry.Change("servicePoint", null, name))));
        return point.view();
    }

    @Transactional
    public ServicePointView closeServicePoint(UUID agentId, UUID pointId, Actor actor) {
        requireAdministrator(actor);
        PaymentAgent agent = visibleAgent(agentId, actor);
        ServicePoint point = points.findByIdOptional(pointId).filter(p -> p.agentId.equals(agent.id))
                .orElseThrow(() -> ProblemException.notFound("payment.service-point-not-found"));
        if (point.isActive()) {
            point.close();
            audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.service-point-closed", ENTITY,
                    agent.id, agent.provinceCode, point.communeCode,
                    List.of(new AuditEntry.Change("servicePoint", point.name, null))));
        }
        return point.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServicePointView> servicePoints(UUID agentId, Actor actor) {
        PaymentAgent agent = visibleAgent(agentId, actor);
        return points.listOfAgent(agent.id).stream().map(ServicePoint::view).toList();
    }

    @Transactional
    public AgentUserView assignUser(UUID agentId, AgentRequests.NewAgentUser request, Actor actor) {
        requireAdministrator(actor);
        PaymentAgent agent = visibleAgent(agentId, actor);
        FieldErrors errors = new FieldErrors();
        String username = errors.text("username", request.username(), 60, true);
        CommuneRef commune = communeOfAgent(errors, "communeCode", request.communeCode(), agent, actor);
        errors.throwIfAny();
        Optional<AgentUser> existing = agentUsers.find(username, commune.code());
        if (existing.isPresent()) {
            if (existing.get().agentId.equals(agent.id)) {
                return existing.get().view();
            }
            throw ProblemException.conflict("payment.agent-user-assigned", username, commune.code());
        }
        AgentUser user = new AgentUser(Uuids.timeOrdered(), agent.id, username, agent.provinceCode, commune.code(),
                actor.username(), clock.instant());
        agentUsers.persist(user);
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.agent-user-assigned", ENTITY, agent.id,
                agent.provinceCode, commune.code(), List.of(new AuditEntry.Change("username", null, username))));
        return user.view();
    }

    @Transactional
    public void unassignUser(UUID agentId, UUID assignmentId, Actor actor) {
        requireAdministrator(actor);
        PaymentAgent agent = visibleAgent(agentId, actor);
        AgentUser user = agentUsers.findByIdOptional(assignmentId).filter(u -> u.agentId.equals(agent.id))
                .orElseThrow(() -> ProblemException.notFound("payment.agent-user-not-found"));
        agentUsers.delete(user);
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.agent-user-unassigned", ENTITY, agent.id,
                agent.provinceCode, user.communeCode, List.of(new AuditEntry.Change("username", user.username, null))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgentUserView> users(UUID agentId, Actor actor) {
        PaymentAgent agent = visibleAgent(agentId, actor);
        return agentUsers.listOfAgent(agent.id).stream().map(AgentUser::view).toList();
    }

    // ---- settings ------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentSettingView setting(String provinceCode, Actor actor) {
        requireProvince(provinceCode, actor);
        return settingOf(provinceCode).view();
    }

    @Transactional
    public PaymentSettingView changeSetting(String provinceCode, AgentRequests.SettingChange change, long expectedVersion,
            Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        requireProvince(provinceCode, actor);
        PaymentSetting setting = settings.findByIdOptional(provinceCode).orElse(null);
        boolean created = setting == null;
        if (created) {
            setting = new PaymentSetting(provinceCode);
        }
        Versions.check(expectedVersion, setting.version);
        String before = setting.feePercent.toPlainString() + " / " + setting.funeralMultiple;
        setting.change(change.feePercent(), change.funeralMultiple(), actor.username(), clock.instant());
        if (created) {
            settings.persist(setting);
        }
        settings.flush();
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payment.setting-changed", "PAYMENT_SETTING",
                UUID.nameUUIDFromBytes(("payment-setting:" + provinceCode).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                provinceCode, null, List.of(new AuditEntry.Change("feePercent / funeralMultiple", before,
                        change.feePercent().toPlainString() + " / " + change.funeralMultiple()))));
        return setting.view();
    }

    /** The settings a province uses now (defaults when it set none). */
    PaymentSetting settingOf(String provinceCode) {
        return settings.findByIdOptional(provinceCode).orElseGet(() -> new PaymentSetting(provinceCode));
    }

    // ---- what other parts of payment ask ------------------------------------------------------

    /** The communes (with their agent) this agent user is assigned to. */
    List<AgentUser> assignmentsOf(String username) {
        return agentUsers.listOfUser(username);
    }

    Optional<ServicePoint> activeServicePoint(String communeCode) {
        return points.findActiveInCommune(communeCode);
    }

    Optional<PaymentAgent> agent(UUID id) {
        return agents.findByIdOptional(id);
    }

    private PaymentAgent visibleAgent(UUID id, Actor actor) {
        return agents.findByIdOptional(id)
                .filter(a -> actor.isCountryScoped() || a.provinceCode.equals(actor.provinceCode()))
                .orElseThrow(() -> ProblemException.notFound("payment.agent-not-found"));
    }

    private CommuneRef communeOfAgent(FieldErrors errors, String field, String code, PaymentAgent agent, Actor actor) {
        String communeCode = errors.text(field, code, 5, true);
        if (communeCode == null) {
            return null;
        }
        Optional<CommuneRef> commune = areas.findCommune(communeCode, LocalDate.now(clock));
        if (commune.isEmpty()) {
            errors.add(field, "area.unknown-commune");
            return null;
        }
        if (!commune.get().provinceCode().equals(agent.provinceCode)) {
            errors.add(field, "payment.commune-of-other-province");
            return null;
        }
        if (!actor.canSee(commune.get().provinceCode(), commune.get().code())) {
            errors.add(field, "area.out-of-scope");
            return null;
        }
        return commune.get();
    }

    private static void requireProvince(String provinceCode, Actor actor) {
        if (provinceCode == null || !provinceCode.matches("\\d{2}")
                || !actor.isCountryScoped() && !provinceCode.equals(actor.provinceCode())) {
            throw ProblemException.notFound("payment.setting-not-found");
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN)) {
            throw new io.quarkus.security.ForbiddenException();
        }
    }
}
