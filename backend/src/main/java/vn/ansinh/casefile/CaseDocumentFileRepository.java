package vn.ansinh.casefile;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class CaseDocumentFileRepository implements PanacheRepositoryBase<CaseDocumentFile, UUID> {
}
