package vn.ansinh.person;

import java.util.UUID;

/**
 * One person row of an import, its household already resolved by the household feature
 * ({@code householdId} null: no household, or {@code householdCode} was not found).
 */
public record PersonImport(int line, String communeCode, String householdCode, UUID householdId, String relationToHead,
        String nationalId, String fullName, String birthDate, String sex, String ethnicGroupCode, String phone) {
}
