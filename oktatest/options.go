package oktatest

import (
	"crypto"
	"time"
)

// Option configures a Server.
type Option func(*config)

// config is what the options build.
type config struct {
	token         string
	clock         func() time.Time
	users         []User
	groups        []Group
	apps          []App
	defaultLimit  RateLimit
	limits        []limitRule
	latency       []latencyRule
	serviceApps   []serviceApp
	dpopRequired  []string
	tokenLifetime time.Duration
	stubs         []stub
	passcode      string
}

// WithToken sets the API token the server accepts instead of a random one.
func WithToken(token string) Option {
	return func(c *config) { c.token = token }
}

// WithClock makes the server read the time from now instead of time.Now: timestamps of resources,
// rate-limit windows, the Date header and the expiry of access tokens and client assertions all follow it. A
// test can move a fake clock forward to start a new rate-limit window without waiting.
func WithClock(now func() time.Time) Option {
	return func(c *config) { c.clock = now }
}

// User is a user to seed the org with (WithUsers).
type User struct {
	// ID is the user's ID; one is made up when it is empty.
	ID string
	// Status is the user's status (ACTIVE, STAGED, PROVISIONED, SUSPENDED, LOCKED_OUT, PASSWORD_EXPIRED,
	// RECOVERY or DEPROVISIONED); ACTIVE when empty.
	Status string
	// Profile holds the profile attributes. login, email, firstName and lastName are required; email defaults
	// to the login. Any other attribute is accepted as a custom attribute.
	Profile map[string]any
	// Password is the user's password; the user has none when it is empty.
	Password string
	// RecoveryQuestion and RecoveryAnswer set the user's recovery question.
	RecoveryQuestion, RecoveryAnswer string
	// Groups names the groups (by ID or name, seeded with WithGroups) the user is a member of.
	Groups []string
}

// WithUsers seeds the org with users.
func WithUsers(users ...User) Option {
	return func(c *config) { c.users = append(c.users, users...) }
}

// Group is a group to seed the org with (WithGroups).
type Group struct {
	// ID is the group's ID; one is made up when it is empty.
	ID string
	// Name and Description are the group's profile.
	Name, Description string
	// Members names the users (by ID or login) in the group, in addition to those whose User.Groups name it.
	Members []string
}

// WithGroups seeds the org with OKTA_GROUP groups.
func WithGroups(groups ...Group) Option {
	return func(c *config) { c.groups = append(c.groups, groups...) }
}

// App is an application to seed the org with (WithApps).
type App struct {
	// ID is the app's ID; one is made up when it is empty.
	ID string
	// Label and SignOnMode (BOOKMARK, SAML_2_0, OPENID_CONNECT, ...) are required.
	Label, SignOnMode string
	// Status is ACTIVE or INACTIVE; ACTIVE when empty.
	Status string
	// Settings is the app's settings object, stored as given.
	Settings map[string]any
	// Users and Groups name the users (ID or login) and groups (ID or name) assigned to the app.
	Users, Groups []string
}

// WithApps seeds the org with applications.
func WithApps(apps ...App) Option {
	return func(c *config) { c.apps = append(c.apps, apps...) }
}

// DefaultRateLimit is how many requests per minute an endpoint accepts unless WithRateLimit or
// WithDefaultRateLimit says otherwise. It is far above Okta's budgets so that tests never meet a rate limit by
// surprise.
const DefaultRateLimit = 10000

// RateLimit is a request budget: Limit requests per Window.
type RateLimit struct {
	Limit  int
	Window time.Duration
}

// WithRateLimit gives the requests that match pattern a shared budget of limit requests per window; the next
// ones are answered 429 (E0000047) until the window ends. Every response carries X-Rate-Limit-Limit,
// X-Rate-Limit-Remaining and X-Rate-Limit-Reset (the end of the window, in Unix seconds) for the budget it
// counted against.
//
// A pattern is "[METHOD ]PATH": a path such as /api/v1/users, with {name} matching one segment
// (/api/v1/users/{id}) and a trailing slash matching everything below (/api/v1/). A request counts against
// the first rule it matches, in the order the options were given; requests that match none count against a
// budget of their own operation (DefaultRateLimit per minute, or what WithDefaultRateLimit sets). A window
// starts with the first request after the previous one ended. WithRateLimit panics if the pattern is malformed.
func WithRateLimit(pattern string, limit int, window time.Duration) Option {
	m := mustMatcher(pattern)
	return func(c *config) {
		c.limits = append(c.limits, limitRule{m: m, RateLimit: RateLimit{Limit: limit, Window: window}})
	}
}

// WithDefaultRateLimit sets the budget of each operation that no WithRateLimit rule covers.
func WithDefaultRateLimit(limit int, window time.Duration) Option {
	return func(c *config) { c.defaultLimit = RateLimit{Limit: limit, Window: window} }
}

// WithLatency delays the answers to requests that match pattern (see WithRateLimit for the syntax; "/" matches
// everything) by d. Server.SetLatency changes it while the server runs.
func WithLatency(pattern string, d time.Duration) Option {
	m := mustMatcher(pattern)
	return func(c *config) { c.latency = append(c.latency, latencyRule{m: m, d: d, spec: pattern}) }
}

// WithServiceApp registers an OAuth 2.0 service app: a client that authenticates at POST /oauth2/v1/token
// with a private_key_jwt client assertion signed by the private key of publicKey (*rsa.PublicKey,
// *ecdsa.PublicKey or ed25519.PublicKey), and that may be granted the given scopes (okta.users.read,
// okta.users.manage, okta.groups.read, ...). The access tokens it obtains are accepted by the API, which
// enforces their scopes.
func WithServiceApp(clientID string, publicKey crypto.PublicKey, scopes ...string) Option {
	return func(c *config) {
		c.serviceApps = append(c.serviceApps, serviceApp{clientID: clientID, key: publicKey, scopes: scopes})
	}
}

// WithDPoPRequired makes the service app clientID (registered with WithServiceApp) require DPoP: its token
// requests must carry a DPoP proof (with the nonce the server hands out, as Okta does), its access tokens are
// bound to the proof's key and must be sent as "Authorization: DPoP <token>" with a fresh proof.
func WithDPoPRequired(clientID string) Option {
	return func(c *config) { c.dpopRequired = append(c.dpopRequired, clientID) }
}

// WithTokenLifetime sets how long the access tokens the server issues stay valid (an hour by default).
func WithTokenLifetime(d time.Duration) Option {
	return func(c *config) { c.tokenLifetime = d }
}
