/**
 * Policies and eligibility: programmes (ND 20/2021 monthly allowance, ND 176/2025 social pension,
 * provincial programmes), their groups, effective-dated standard levels and group versions whose
 * criteria are data (docs/adr/0012), the pure evaluator that explains who qualifies for what and
 * why (docs/adr/0013), provincial overrides (docs/adr/0014), administration of versions, and
 * what-if simulations over a province's registry.
 */
package vn.ansinh.policy;
