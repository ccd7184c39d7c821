package okta

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// retryWaitMin is the first backoff step after a 5xx or a connection failure.
const retryWaitMin = 500 * time.Millisecond

// newRetryClient builds the one retrying HTTP client that every service shares. It follows redirects only
// within the org's origins (see sameOrigin).
func newRetryClient(s *settings, org origins, logger *slog.Logger) *retryablehttp.Client {
	hc := &http.Client{}
	if s.httpClient != nil {
		*hc = *s.httpClient // keep its Transport, Timeout and Jar, and its CheckRedirect within the org
		if hc.Transport == nil {
			hc.Transport = http.DefaultTransport
		}
	} else {
		t := http.DefaultTransport.(*http.Transport).Clone()
		if s.proxy != nil {
			t.Proxy = http.ProxyURL(s.proxy)
		}
		dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
		if s.connectionTimeout > 0 {
			dialer.Timeout = s.connectionTimeout
		}
		t.DialContext = dialer.DialContext
		t.ResponseHeaderTimeout = s.headerTimeout
		hc.Transport = t
	}
	hc.CheckRedirect = sameOrigin(org, hc.CheckRedirect)
	rc := &retryablehttp.Client{
		HTTPClient:   hc,
		RetryWaitMin: min(retryWaitMin, s.maxWait),
		RetryWaitMax: s.maxWait,
		RetryMax:     s.maxRetries,
		CheckRetry: func(ctx context.Context, resp *http.Response, err error) (bool, error) {
			return checkRetry(ctx, resp, err, s.maxWait)
		},
		Backoff:      backoff,
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
		PrepareRetry: prepareRetry,
	}
	rc.RequestLogHook = func(_ retryablehttp.Logger, req *http.Request, attempt int) {
		logger.LogAttrs(req.Context(), slog.LevelDebug, "okta request",
			slog.String("method", req.Method), slog.String("path", req.URL.Path), slog.Int("attempt", attempt+1))
	}
	rc.ResponseLogHook = func(_ retryablehttp.Logger, resp *http.Response) {
		logger.LogAttrs(resp.Request.Context(), slog.LevelDebug, "okta response",
			slog.String("method", resp.Request.Method), slog.String("path", resp.Request.URL.Path),
			slog.Int("status", resp.StatusCode), slog.String("requestId", resp.Header.Get("X-Okta-Request-Id")),
			slog.String("rateLimitRemaining", resp.Header.Get("X-Rate-Limit-Remaining")))
	}
	return rc
}

// ErrRedirect is matched (with errors.Is) by the error of a call that the org, or something in front of it,
// redirected to another scheme or host. The client follows no such redirect: the request, its credentials and
// its body never leave the org. Okta's API does not redirect; a redirect elsewhere is a misconfigured proxy or
// an attack.
var ErrRedirect = errors.New("okta: redirected off the org")

// redirectError is a refused redirect. It names the target, without its query.
type redirectError struct {
	target *url.URL
	org    *url.URL // the org's own origin, which the message names
}

func (e *redirectError) Error() string {
	t := url.URL{Scheme: e.target.Scheme, Host: e.target.Host, Path: e.target.Path, RawPath: e.target.RawPath}
	return fmt.Sprintf("the server redirected to %s, off the org %s: the client follows no redirect to another scheme or host", t.String(), e.org)
}

func (e *redirectError) Is(target error) bool { return target == ErrRedirect }

// rateLimitWindow is the length of Okta's rate-limit windows.
const rateLimitWindow = time.Minute

// maxRedirects is how many redirects within the org a call follows when the caller's client does not say.
const maxRedirects = 10

// sameOrigin returns a CheckRedirect function that refuses any redirect whose target is not on one of org's
// origins (scheme and host, port included), before it is sent, and otherwise defers to next (the caller's own
// policy; at most maxRedirects hops when nil). Without it, net/http would follow the redirect and the auth
// transport, which sits under the redirect handling, would authorize the new hop.
func sameOrigin(org origins, next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if !org.contain(req.URL) {
			return &redirectError{target: req.URL, org: org[0]}
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= maxRedirects {
			return fmt.Errorf("okta: stopped after %d redirects", maxRedirects)
		}
		return nil
	}
}

// onOrigin reports whether u is on org's scheme and host.
func onOrigin(org, u *url.URL) bool {
	return strings.EqualFold(u.Scheme, org.Scheme) && strings.EqualFold(u.Host, org.Host)
}

// origins are where the client sends requests and credentials: the org URL first, then the org's disaster
// recovery host when it has one apart from the org.
type origins []*url.URL

// contain reports whether u is on one of the origins.
func (o origins) contain(u *url.URL) bool {
	for _, origin := range o {
		if onOrigin(origin, u) {
			return true
		}
	}
	return false
}

// attempts is what the retry policy remembers about one call between its attempts.
type attempts struct {
	method        string
	repeatable    bool // safe to send again whatever the method: a token request
	count         int
	lastRequestID string
}

type attemptsKey struct{}

func withAttempts(ctx context.Context, method string) context.Context {
	return context.WithValue(ctx, attemptsKey{}, &attempts{method: method})
}

// withRepeatableAttempts is withAttempts for a request that is safe to send again although its method is not
// idempotent: a token request only asks for a new token, so 5xx answers and connection failures are retried.
func withRepeatableAttempts(ctx context.Context, method string) context.Context {
	return context.WithValue(ctx, attemptsKey{}, &attempts{method: method, repeatable: true})
}

func attemptsFrom(ctx context.Context) *attempts {
	if a, ok := ctx.Value(attemptsKey{}).(*attempts); ok {
		return a
	}
	return &attempts{method: http.MethodPost} // unknown: assume the least safe
}

// idempotent reports whether a request with this method may be sent twice without harm.
func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// checkRetry is Okta's retry policy. A 429 is retried whatever the method, since Okta did not process the
// request. 5xx answers and connection failures are retried only for methods that are safe to repeat: a
// lifecycle POST sends emails and changes state, so it is never sent twice once it may have reached Okta. A
// connection that was never opened is retried for any method. A 429 whose window resets further away than
// both maxWait and Okta's one-minute window (an hourly or daily limit) is not retried: waiting maxWait would only earn another 429, so the
// call fails at once and the caller reads the reset from the error's Response.
func checkRetry(ctx context.Context, resp *http.Response, err error, maxWait time.Duration) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	a := attemptsFrom(ctx)
	if err != nil {
		if permanent(err) {
			return false, err
		}
		return idempotent(a.method) || a.repeatable || neverSent(err), nil
	}
	a.lastRequestID = resp.Header.Get("X-Okta-Request-Id")
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		// rateLimitWait adds a second; a reset within Okta's one-minute window is always waited for (capped).
		if d, ok := rateLimitWait(resp.Header); ok && d > max(maxWait, rateLimitWindow)+time.Second {
			return false, nil
		}
		return true, nil
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return idempotent(a.method) || a.repeatable, nil
	}
	return false, nil
}

// permanent reports errors that another attempt cannot fix: bad certificates, failed authorization, a refused
// redirect. A timeout while the call's context is alive (a response-header timeout) is not one: checkRetry
// has already stopped for a context that ended.
func permanent(err error) bool {
	var unknownAuthority x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var apiErr *Error      // e.g. from the token endpoint
	var authErr *authError // the token request has had its own retries
	return errors.As(err, &unknownAuthority) || errors.As(err, &hostname) || errors.As(err, &invalid) ||
		errors.As(err, &apiErr) || errors.As(err, &authErr) || errors.Is(err, ErrRedirect) ||
		errors.Is(err, context.Canceled)
}

// neverSent reports connection failures that happened before any byte of the request left: the dial failed.
func neverSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

// prepareRetry marks a retry the way Okta asks: X-Okta-Retry-For names the request that failed, and
// X-Okta-Retry-Count counts the retries. Both are set, never appended.
func prepareRetry(req *http.Request) error {
	a := attemptsFrom(req.Context())
	a.count++
	req.Header = req.Header.Clone() // the previous attempt's request may still hold the old map
	if a.lastRequestID != "" {
		req.Header.Set("X-Okta-Retry-For", a.lastRequestID)
	} else {
		req.Header.Del("X-Okta-Retry-For")
	}
	req.Header.Set("X-Okta-Retry-Count", strconv.Itoa(a.count))
	a.lastRequestID = ""
	return nil
}

// backoff says how long to wait before a retry. After a 429 it waits until the rate-limit window resets, as
// measured by Okta's own clock (X-Rate-Limit-Reset against the Date header), plus a second; otherwise, and
// when those headers are missing, it backs off exponentially with jitter. Every wait is capped by max.
func backoff(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && resp.StatusCode == http.StatusTooManyRequests {
		if d, ok := rateLimitWait(resp.Header); ok {
			return min(d, maxWait)
		}
	}
	d := minWait << min(attempt, 16)
	if d <= 0 || d > maxWait {
		d = maxWait
	}
	// Full jitter in the upper half keeps many clients from retrying in lockstep.
	return d/2 + rand.N(d/2+1)
}

func rateLimitWait(h http.Header) (time.Duration, bool) {
	reset, ok := smallestReset(h)
	if !ok {
		return 0, false
	}
	date, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return 0, false
	}
	return max(time.Unix(reset, 0).Sub(date), 0) + time.Second, true
}
