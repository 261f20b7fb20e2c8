package vn.ansinh.bulkimport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Caller;

/** The uploader of the current request, as a job keeps it. */
@RequestScoped
class ImportCaller {

    @Inject
    Caller caller;

    ImportActorInfo uploader() {
        Actor actor = caller.actor();
        return new ImportActorInfo(actor.username(), actor.role().name(), actor.scopeLevel().name(),
                switch (actor.scopeLevel()) {
                    case COUNTRY -> null;
                    case PROVINCE -> actor.provinceCode();
                    case COMMUNE -> actor.communeCode();
                }, actor.provinceCode());
    }
}
