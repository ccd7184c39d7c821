// Package okta is a client for the Okta Management API: every operation of Okta's current description of it,
// and the 5.1.0 operations that description has dropped.
//
// # Quick start
//
// Build a [Client] with [NewClient] and functional options, then call its services:
//
//	client, err := okta.NewClient(
//		okta.WithOrgURL("https://dev-123456.okta.com"),
//		okta.WithAPIToken(token),
//	)
//	if err != nil { ... }
//	user, resp, err := client.Users.Get(ctx, "someone@example.com", nil)
//
// Every service method takes the context first, then the path IDs in the order of the API's path, then the
// request body, then an options struct of query parameters (nil for the defaults). It returns the decoded
// value, the [*Response] (even with an error, for its request ID and rate-limit state) and an error.
// Operations without a response body return only the [*Response] and the error. Each method's documentation
// names the Okta operation it implements.
//
// # Authentication
//
//   - An API token: [WithAPIToken], sent as "Authorization: SSWS <token>".
//   - An OAuth 2.0 service app with a private key: [WithPrivateKey] (PEM or JWK) or [WithSigner] (a key in a
//     KMS or HSM), with [WithKeyID] and, for proof-of-possession tokens, [WithDPoP]. The client signs a JWT
//     client assertion, exchanges it for access tokens at the org's token endpoint and refreshes them itself.
//     [WithDPoPKeyRotation] sets how often the DPoP key changes; [ParsePrivateKey] checks a key ahead of time.
//   - Access tokens obtained elsewhere: [WithBearerToken] or [WithTokenSource].
//
// # Configuration
//
// [NewClientFromConfig] reads $HOME/.okta/okta.yaml, ./okta.yaml and OKTA_CLIENT_* environment variables into
// options, so a program can be configured the way Okta's other SDKs are. A program that passes options to
// [NewClient] never touches the file system or the environment.
//
// # Pagination
//
// Okta pages lists with Link headers. A List method returns one page and a [*Response] whose After field is
// the cursor of the next page, to store and resume from. A ListIter method returns an [*Iterator] that fetches
// pages as needed, with a Next loop or with range over [Iterator.All]:
//
//	it := client.Users.ListIter(ctx, &okta.UsersListOptions{Search: `status eq "ACTIVE"`})
//	for it.Next() {
//		fmt.Println(it.Value().Profile.Login)
//	}
//	if err := it.Err(); err != nil { ... }
//
// # Models
//
// Models are plain structs named after the API's schemas. Each keeps, in its [Extra] map, the members it does
// not type: custom profile attributes, fields Okta adds after this SDK was written, nulls and empty values.
// Encoding a model, by this package or by encoding/json, writes them back, so reading a resource, changing a
// field and replacing it sends back everything Okta returned. Request bodies send only the fields that are set.
// Polymorphic resources (an application by sign-on mode, a policy by type, a factor by factor type) decode to
// their concrete types, and kinds the SDK does not know to a generic type that keeps every field.
//
// # Errors
//
// An error answered by Okta is an [*Error] with Okta's error code, summary and causes and the request ID.
// [ErrNotFound], [ErrUnauthorized], [ErrForbidden] and [ErrRateLimited] match it with errors.Is; [HasCode]
// and the ErrorCode constants tell Okta's codes apart, and [IsDuplicate] a login or name already taken. Bad input
// is an error before any request is sent: a malformed org URL or a header with a line break from [NewClient], an
// empty ID or a nil body where Okta requires one from the call, matching [ErrInvalidInput].
//
// # Rate limits and retries
//
// The client retries a 429 after Okta's rate-limit window resets, whatever the method, since Okta did not
// process the request; it retries 5xx answers and dropped connections only for methods that are safe to
// repeat. Retries carry X-Okta-Retry-For and X-Okta-Retry-Count. [WithMaxRetries], [WithMaxWait] and
// [WithRequestTimeout] bound them, and every wait ends when the context is done.
//
// The client also paces itself so that it rarely meets a 429: it learns each operation's rate-limit bucket
// from the X-Rate-Limit-* headers, shared by every goroutine, and when a bucket is spent it waits for the
// reset by Okta's clock (capped by [WithMaxWait]) instead of sending. [WithRateLimitReserve] leaves a share of
// each bucket to other integrations, [WithMaxConcurrency] bounds the requests in flight, and
// [WithRateLimiting] turns the pacing off.
//
// # Caching
//
// [WithCache] caches GETs of single resources, never lists, and drops entries a write makes stale.
// [NewMemoryCache] is an in-memory cache with a time to live and a time to idle.
//
//go:generate go run ./internal/cmd/genjson
package okta
