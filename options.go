package okta

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"
)

// Option configures a [Client]. Options check their arguments when NewClient applies them, so a bad value is an
// error from NewClient, never a surprise at the first request.
type Option func(*settings) error

// DefaultMaxRetries is how many times a request is retried after a 429 or, for methods that are safe to repeat,
// after a 5xx or connection failure, unless WithMaxRetries says otherwise.
const DefaultMaxRetries = 2

// DefaultMaxWait caps one wait between retries unless WithMaxWait says otherwise. Okta's rate-limit windows are
// one minute long, so a 429 may ask for up to a minute. A 429 whose window resets later than that (an hourly
// or daily limit) fails the call at once rather than block it: with the default retries, a call waits at most
// about two minutes in all.
const DefaultMaxWait = 60 * time.Second

// DefaultResponseHeaderTimeout bounds, on the SDK's own transport, how long the client waits for a response's
// headers once a request is sent, unless WithResponseHeaderTimeout says otherwise. Okta answers in well under a
// second and its slowest synchronous operations in seconds; a minute only fires on a server or proxy that
// accepted the request and went silent. A timed-out request is retried like a dropped connection (for
// methods safe to repeat).
const DefaultResponseHeaderTimeout = 60 * time.Second

// DefaultMaxResponseBytes caps the body of a successful response unless WithMaxResponseBytes says otherwise:
// 64 MiB. Okta's largest pages stay well below it: 200 users whose profiles carry many custom attributes are a
// few MiB, and the largest list Okta allows (10,000 groups) is about 20 MiB. The cap only stops a broken or
// hostile server from filling memory.
const DefaultMaxResponseBytes = 64 << 20

// settings is what the options build; NewClient turns it into a Client.
type settings struct {
	orgURL            string
	drURL             string
	insecure          bool
	apiToken          string
	bearerToken       string
	httpClient        *http.Client
	userAgent         string
	headers           http.Header
	maxRetries        int
	maxWait           time.Duration
	maxResponseBytes  int64
	headerTimeout     time.Duration
	requestTimeout    time.Duration
	connectionTimeout time.Duration
	proxy             *url.URL
	logger            *slog.Logger
	cache             Cache
	oauth             oauthSettings
	rateLimit         rateLimitSettings
}

func defaultSettings() *settings {
	return &settings{maxRetries: DefaultMaxRetries, maxWait: DefaultMaxWait, maxResponseBytes: DefaultMaxResponseBytes,
		headerTimeout: DefaultResponseHeaderTimeout, headers: http.Header{},
		rateLimit: rateLimitSettings{maxConcurrency: DefaultMaxConcurrency}}
}

// WithOrgURL sets the URL of the Okta org, such as https://dev-123456.okta.com. NewClient checks it and says what
// to fix when it is malformed.
func WithOrgURL(orgURL string) Option {
	return func(s *settings) error {
		s.orgURL = strings.TrimSpace(orgURL)
		return nil
	}
}

// WithDisasterRecoveryURL sets the org's disaster recovery host, where DisasterRecoveryService sends its
// requests. It is needed only when the client cannot derive it from the org URL (an org reached through a
// custom domain): for https://example.okta.com it is https://drapp.example.okta.com, and the same on Okta's
// other domains (oktapreview.com, okta-emea.com, ...). NewClient checks it as it checks the org URL.
func WithDisasterRecoveryURL(drURL string) Option {
	return func(s *settings) error {
		s.drURL = strings.TrimSpace(drURL)
		return nil
	}
}

// WithAPIToken authenticates with an Okta API token, sent as "Authorization: SSWS <token>".
func WithAPIToken(token string) Option {
	return func(s *settings) error {
		if strings.TrimSpace(token) == "" {
			return errors.New("okta: WithAPIToken: the token is empty")
		}
		if err := checkHeaderValue(strings.TrimSpace(token)); err != nil {
			return fmt.Errorf("okta: WithAPIToken: the token %w", err)
		}
		s.apiToken = strings.TrimSpace(token)
		return nil
	}
}

// WithBearerToken authenticates with an OAuth 2.0 access token obtained elsewhere, sent as
// "Authorization: Bearer <token>".
func WithBearerToken(token string) Option {
	return func(s *settings) error {
		if strings.TrimSpace(token) == "" {
			return errors.New("okta: WithBearerToken: the token is empty")
		}
		if err := checkHeaderValue(strings.TrimSpace(token)); err != nil {
			return fmt.Errorf("okta: WithBearerToken: the token %w", err)
		}
		s.bearerToken = strings.TrimSpace(token)
		return nil
	}
}

// WithHTTPClient sends requests through hc. Its Transport (TLS configuration, proxy, connection pool), Timeout,
// Jar and CheckRedirect are kept: the client wraps the transport with authentication and never replaces it.
// WithProxy and WithConnectionTimeout configure only the default transport and do not apply to hc.
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) error {
		if hc == nil {
			return errors.New("okta: WithHTTPClient: the HTTP client is nil")
		}
		s.httpClient = hc
		return nil
	}
}

// WithUserAgent appends extra to the User-Agent header, after the SDK's own
// "okta-go/<version> go/<version> <os>/<arch>". A line break or another control character in extra is an
// error.
func WithUserAgent(extra string) Option {
	return func(s *settings) error {
		if err := checkHeaderValue(extra); err != nil {
			return fmt.Errorf("okta: WithUserAgent: the user agent %w", err)
		}
		s.userAgent = strings.TrimSpace(extra)
		return nil
	}
}

// sdkHeaders are the headers the SDK sets itself; WithHeader and ContextWithHeader cannot change them.
var sdkHeaders = map[string]bool{
	"Authorization":      true,
	"Dpop":               true,
	"User-Agent":         true,
	"Accept":             true,
	"Content-Type":       true,
	"Content-Length":     true,
	"Host":               true,
	"X-Okta-Retry-For":   true,
	"X-Okta-Retry-Count": true,
}

// WithHeader sends the header key: value on every request. Headers the SDK owns (Authorization, DPoP,
// User-Agent, Accept, Content-Type, X-Okta-Retry-*) cannot be set this way; use WithUserAgent for the user agent.
// The key must be a valid header name and the value must not contain a line break or another control
// character other than tab.
func WithHeader(key, value string) Option {
	return func(s *settings) error {
		if err := checkHeader(key); err != nil {
			return fmt.Errorf("okta: WithHeader: %w", err)
		}
		if err := checkHeaderValue(value); err != nil {
			return fmt.Errorf("okta: WithHeader: the value of %s %w", http.CanonicalHeaderKey(key), err)
		}
		s.headers.Add(key, value)
		return nil
	}
}

// checkHeader checks a header name: an HTTP token (RFC 9110, section 5.6.2), as net/http requires, and not one
// of the headers the SDK sets.
func checkHeader(key string) error {
	if key == "" || strings.IndexFunc(key, func(r rune) bool { return !isTokenChar(r) }) >= 0 {
		return fmt.Errorf("%q is not a valid header name", key)
	}
	if sdkHeaders[http.CanonicalHeaderKey(key)] {
		return fmt.Errorf("the SDK sets %s itself", http.CanonicalHeaderKey(key))
	}
	return nil
}

// WithMaxRetries sets how many times a failed request is retried (DefaultMaxRetries if unset). 0 disables
// retries.
func WithMaxRetries(n int) Option {
	return func(s *settings) error {
		if n < 0 {
			return fmt.Errorf("okta: WithMaxRetries: %d is negative", n)
		}
		s.maxRetries = n
		return nil
	}
}

// WithMaxWait caps one wait between retries (DefaultMaxWait if unset), including the wait a 429 asks for. A
// 429 whose reset is further away than both d and a minute (Okta's window) is not retried: the call returns
// its error (ErrRateLimited) at once.
func WithMaxWait(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return fmt.Errorf("okta: WithMaxWait: %v is not positive", d)
		}
		s.maxWait = d
		return nil
	}
}

// WithRequestTimeout bounds each call, retries and waits included. Zero means no bound beyond the context's.
func WithRequestTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d < 0 {
			return fmt.Errorf("okta: WithRequestTimeout: %v is negative", d)
		}
		s.requestTimeout = d
		return nil
	}
}

// WithConnectionTimeout bounds how long opening a connection may take on the default transport.
func WithConnectionTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d < 0 {
			return fmt.Errorf("okta: WithConnectionTimeout: %v is negative", d)
		}
		s.connectionTimeout = d
		return nil
	}
}

// WithProxy sends requests through the proxy at u. Without it the default transport uses the environment's
// proxy settings (HTTPS_PROXY, NO_PROXY).
func WithProxy(u *url.URL) Option {
	return func(s *settings) error {
		if u == nil || u.Host == "" {
			return errors.New("okta: WithProxy: the proxy URL has no host")
		}
		s.proxy = u
		return nil
	}
}

// WithLogger logs requests, responses and retries to l. Logging is off by default. Authorization headers,
// tokens, assertions and keys are never logged.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) error {
		s.logger = l
		return nil
	}
}

// WithCache caches successful GETs of single resources in c (see [Cache] for what a cache shared by several
// clients guarantees). Caching is off by default. A nil c is an error.
func WithCache(c Cache) Option {
	return func(s *settings) error {
		if c == nil || (reflect.ValueOf(c).Kind() == reflect.Pointer && reflect.ValueOf(c).IsNil()) {
			return errors.New("okta: WithCache: the cache is nil")
		}
		s.cache = c
		return nil
	}
}

// WithInsecureHTTP allows an http:// org URL. It is for tests and local fakes such as oktatest only: over plain
// HTTP the credentials travel in the clear.
func WithInsecureHTTP() Option {
	return func(s *settings) error {
		s.insecure = true
		return nil
	}
}

// WithMaxResponseBytes caps how much of a successful response's body the client reads (DefaultMaxResponseBytes
// if unset). A larger body fails the call with an error that matches ErrResponseTooLarge.
func WithMaxResponseBytes(n int64) Option {
	return func(s *settings) error {
		if n <= 0 {
			return fmt.Errorf("okta: WithMaxResponseBytes: %d is not positive", n)
		}
		s.maxResponseBytes = n
		return nil
	}
}

// WithRateLimiting turns proactive rate limiting on (the default) or off. When on, the client keeps the state
// of each of Okta's rate-limit buckets from the X-Rate-Limit-* headers of its answers, one bucket per
// operation, shared by every goroutine using the client; a call whose bucket is spent waits for the bucket's
// reset (by Okta's clock) instead of being sent and answered 429. WithMaxWait caps that wait as it caps the
// wait after a 429; a wait that would outlast the context's deadline is an error matching
// context.DeadlineExceeded at once. Off, the client sends every call and only a 429 makes it wait.
func WithRateLimiting(on bool) Option {
	return func(s *settings) error {
		s.rateLimit.off = !on
		return nil
	}
}

// WithResponseHeaderTimeout bounds how long the client waits for a response's headers after sending a request
// (DefaultResponseHeaderTimeout if unset). It configures the SDK's own transport only: with WithHTTPClient,
// set ResponseHeaderTimeout on your transport, or a Timeout on your client. WithRequestTimeout bounds a whole
// call, body included.
func WithResponseHeaderTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return fmt.Errorf("okta: WithResponseHeaderTimeout: %v is not positive", d)
		}
		s.headerTimeout = d
		return nil
	}
}

// WithRateLimitReserve leaves the share fraction of every rate-limit bucket unused, for the other
// integrations that draw on the org's budget: with 0.2 the client uses at most 80% of each bucket per window
// (and always at least one request). The default is 0. It has no effect when rate limiting is off.
func WithRateLimitReserve(fraction float64) Option {
	return func(s *settings) error {
		if !(fraction >= 0 && fraction < 1) {
			return fmt.Errorf("okta: WithRateLimitReserve: %v is not in [0, 1)", fraction)
		}
		s.rateLimit.reserve = fraction
		return nil
	}
}

// WithMaxConcurrency bounds the requests the client has in flight at once, over all goroutines
// (DefaultMaxConcurrency if unset); a request waits for a free slot, as long as its context allows. Okta
// limits the requests an org processes at once. 0 removes the bound.
func WithMaxConcurrency(n int) Option {
	return func(s *settings) error {
		if n < 0 {
			return fmt.Errorf("okta: WithMaxConcurrency: %d is negative", n)
		}
		s.rateLimit.maxConcurrency = n
		return nil
	}
}

// isTokenChar reports whether r may appear in an HTTP token such as a header name.
func isTokenChar(r rune) bool {
	return r < 0x7f && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r))
}

// checkHeaderValue checks a header value by the rule net/http applies when it sends one: no control character
// but tab, and no DEL. A CR or LF would otherwise fail every request of the client at the first attempt, or
// split the header. The error does not quote the value, which may be a secret; it completes "the token ...".
func checkHeaderValue(v string) error {
	for i := 0; i < len(v); i++ {
		switch b := v[i]; {
		case b == '\r' || b == '\n':
			return fmt.Errorf("contains a line break (byte %d), which a header value cannot hold", i)
		case b < ' ' && b != '\t' || b == 0x7f:
			return fmt.Errorf("contains the control character %#x (byte %d), which a header value cannot hold", b, i)
		}
	}
	return nil
}
