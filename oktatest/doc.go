// Package oktatest provides a fake Okta org for tests, the way net/http/httptest provides a fake HTTP server:
// NewServer starts an in-memory org on a loopback port that speaks the Okta Management API for users, groups,
// apps and policies, with Okta's JSON shapes, errors, pagination, rate limits and OAuth 2.0 service apps.
package oktatest
