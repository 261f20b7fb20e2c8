/**
 * Applications (hồ sơ): a person's request for a programme group, its documents and uploaded
 * files, who submitted it and when, the workflow from draft to decision (review with an
 * eligibility snapshot, public posting with objections, proposal, approval or rejection,
 * withdrawal) with its timeline, the legal deadline of each step in working days, work queues,
 * the processing-time indicator, the printable decision and the public posting list. An approval
 * creates the entitlement through {@code benefit}.
 */
package vn.ansinh.casefile;
