package vn.ansinh.person;

import java.util.UUID;

/** What a person list is narrowed to, as the API received it (validated by the service). */
public record PersonQuery(String q, String nationalId, Integer birthYear, String birthDate, String communeCode,
        UUID householdId, String sort, int page, int size) {
}
