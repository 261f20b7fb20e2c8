/**
 * Entitlements (chế độ được hưởng) that decisions create: the programme group a person is paid
 * monthly, from its start month to its end month, its amount as dated versions that are never
 * rewritten, its suspensions (with or without arrears), its termination and transfer, the
 * proposals of changes that need the approver's decision, and the monthly re-evaluation job.
 * Payroll SQL reads the tables {@code entitlement}, {@code entitlement_version} and
 * {@code entitlement_suspension} directly (their meaning is in changeset 0013).
 */
package vn.ansinh.benefit;
