package vn.ansinh.policy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class PolicySimulationRepository implements PanacheRepositoryBase<PolicySimulation, UUID> {
}
