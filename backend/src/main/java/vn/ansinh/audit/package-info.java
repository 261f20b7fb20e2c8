/**
 * The audit trail: who did what, when, to which record, with the value of each changed field
 * before and after. Append-only (no update or delete path exists) and hash-chained per province,
 * so that a removed or altered row breaks the chain. Other features write to it in their own
 * transaction through {@link vn.ansinh.audit.AuditService}.
 */
package vn.ansinh.audit;
