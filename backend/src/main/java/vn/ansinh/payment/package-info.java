/**
 * Monthly payments: payment agents (post office, bank) with their service points and agent users
 * per commune; payrolls per commune and month generated set-based from the entitlements of
 * {@code benefit}; their lifecycle (draft, approved, sent, acknowledged, closed); confirmations by
 * the agents (one by one or as an offline batch, each under an Idempotency-Key); carry-over of
 * unpaid lines, suspension after 3 unpaid months, funeral support; reconciliation and exports.
 * A month is paid at most once per entitlement: the key {@code payment_line_month} says so.
 */
package vn.ansinh.payment;
