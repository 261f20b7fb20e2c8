/**
 * Who may do what, where: users with one role and an area scope, API clients for integrators,
 * login with a session cookie for the web app, client-credentials tokens for integrators, lockout
 * after repeated failures, and the demo accounts of the embedded profile (refused in production).
 */
package vn.ansinh.identity;
