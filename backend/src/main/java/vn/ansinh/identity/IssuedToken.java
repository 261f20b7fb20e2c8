package vn.ansinh.identity;

import java.time.Duration;

/** A signed token and how long it lives: what login hands to the resource to set as a cookie. */
record IssuedToken(String token, Duration lifetime, UserView user) {
}
