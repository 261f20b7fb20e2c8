package vn.ansinh.household;

/**
 * One person row of an import file, as read (values not yet validated). Enum values may be the
 * API's ({@code MALE}, {@code HEAD}) or the file's Vietnamese ({@code Nam}, {@code Chủ hộ});
 * {@code birthDate} may be {@code 1948}, {@code 05/1948}, {@code 17/05/1948} or ISO {@code 1948-05-17}.
 */
public record PersonImportRow(int line, String householdCode, String communeCode, String relationToHead, String nationalId,
        String fullName, String birthDate, String sex, String ethnicGroupCode, String phone) {
}
