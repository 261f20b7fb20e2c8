/**
 * People: identity number, name, birth date with its precision, sex, ethnic group, household and
 * relation, contact and payout account, and the facts that decide eligibility (pension,
 * disability, pregnancy, orphanhood, studying, HIV, death), each a dated history whose
 * corrections keep what they correct. Also name search without diacritics, duplicate detection,
 * and the 54 ethnic groups as reference data.
 */
package vn.ansinh.person;
