"""Helpers several test packages share: a loopback web server, a guard that keeps tests on loopback."""
