package vn.ansinh.identity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class AuthSessionRepository implements PanacheRepositoryBase<AuthSession, UUID> {
}
