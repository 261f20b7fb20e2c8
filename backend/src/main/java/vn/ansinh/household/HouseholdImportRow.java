package vn.ansinh.household;

import java.time.LocalDate;

/**
 * One household row of an import file, as read (values not yet validated). {@code povertyStatus}
 * is {@code POOR|NEAR_POOR|NONE} or the file's Vietnamese {@code Nghèo|Cận nghèo|Không}.
 */
public record HouseholdImportRow(int line, String householdCode, String communeCode, String villageName, String address,
        String povertyStatus, LocalDate povertyValidFrom, String povertyDecisionNumber) {
}
