package vn.ansinh.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.ansinh.audit.AuditEntry;

/** The fields an operation changed, before and after, for the audit trail. */
final class Changes {

    private final List<AuditEntry.Change> changes = new ArrayList<>();

    Changes field(String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(new AuditEntry.Change(field, b, a));
        }
        return this;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<AuditEntry.Change> list() {
        return List.copyOf(changes);
    }

    static String account(Person person) {
        return person.accountKind == null ? null
                : person.accountKind + " " + person.accountProvider + " " + person.accountNumber;
    }
}
