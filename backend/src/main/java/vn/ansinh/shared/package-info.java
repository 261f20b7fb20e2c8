/**
 * What every feature shares: the RFC 9457 problem format and its one mapping of exceptions,
 * localised messages (Vietnamese by default, English on request), Vietnamese text folding for
 * search, paging, and the HTTP plumbing that keeps errors uniform (body limits, SPA fallback).
 */
package vn.ansinh.shared;
