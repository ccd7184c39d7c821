package okta

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/oauth2"
)

// attackerServer is a host that is not the org: whatever reaches it has leaked.
type attackerServer struct {
	*httptest.Server
	mu       sync.Mutex
	received []string // method, path, headers and body of each request
}

func newAttacker(t *testing.T) *attackerServer {
	a := &attackerServer{}
	a.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		a.mu.Lock()
		a.received = append(a.received, fmt.Sprintf("%s %s %v %s", r.Method, r.URL, r.Header, body))
		a.mu.Unlock()
		serveJSON(w, http.StatusOK, []byte(`[{"id":"00uEVIL"}]`))
	}))
	t.Cleanup(a.Close)
	return a
}

func (a *attackerServer) got() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.received...)
}

// redirectTo answers every request with a redirect of the given status to target.
func redirectTo(status int, target string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		http.Redirect(w, r, target, status)
	}
}

// TestCredentialsNeverFollowRedirects checks that when the org (or anything in front of it) redirects a call
// or a token request to another host, that host receives nothing (no API token, access token, DPoP proof,
// client assertion or body) and the call fails naming the target.
func TestCredentialsNeverFollowRedirects(t *testing.T) {
	t.Parallel()
	key := oauthP256Key()
	pemKey := []byte(sec1PEM(key))
	scopes := strings.Fields(oauthScopes)
	type creds struct {
		name  string
		oauth bool // the org is an oauthServer that issues tokens
		dpop  bool
		opts  []Option
	}
	kinds := []creds{
		{name: "SSWS", opts: []Option{WithAPIToken(testToken)}},
		{name: "Bearer", opts: []Option{WithBearerToken("bearer-secret-token")}},
		{name: "TokenSource", opts: []Option{WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "source-secret-token"}))}},
		{name: "PrivateKey", oauth: true, opts: []Option{WithPrivateKey(oauthClientID, pemKey, scopes...)}},
		{name: "DPoP", oauth: true, dpop: true, opts: []Option{WithPrivateKey(oauthClientID, pemKey, scopes...), WithDPoP()}},
	}
	clients := []struct {
		name string
		opt  Option
	}{
		{"default client", nil},
		{"caller's client", WithHTTPClient(&http.Client{})},
		{"caller's client that follows everything", WithHTTPClient(&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return nil }})},
	}
	for _, kind := range kinds {
		for _, status := range []int{http.StatusMovedPermanently, http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
			for _, hc := range clients {
				targets := []string{"API call"}
				if kind.oauth {
					targets = append(targets, "token request")
				}
				for _, what := range targets {
					for _, method := range []string{http.MethodGet, http.MethodPost} {
						t.Run(fmt.Sprintf("%s/%d/%s/%s/%s", kind.name, status, hc.name, what, method), func(t *testing.T) {
							t.Parallel()
							attacker := newAttacker(t)
							target := attacker.URL + "/steal/here"
							var orgURL string
							if kind.oauth {
								f := newOAuthServer(t, key.Public())
								if kind.dpop {
									f.withDPoP()
								}
								if what == "token request" {
									f.onToken = func(w http.ResponseWriter, r *http.Request) bool { redirectTo(status, target)(w, r); return true }
								} else {
									f.onResource = func(w http.ResponseWriter, r *http.Request) bool { redirectTo(status, target)(w, r); return true }
								}
								orgURL = f.base
							} else {
								org := httptest.NewServer(redirectTo(status, target))
								t.Cleanup(org.Close)
								orgURL = org.URL
							}
							opts := append([]Option{WithOrgURL(orgURL), WithInsecureHTTP(), WithMaxWait(time.Millisecond)}, kind.opts...)
							if hc.opt != nil {
								opts = append(opts, hc.opt)
							}
							c, err := NewClient(opts...)
							if err != nil {
								t.Fatal(err)
							}
							if method == http.MethodGet {
								_, _, err = c.Users.List(t.Context(), nil)
							} else {
								_, _, err = c.Users.Create(t.Context(), &CreateUserRequest{Profile: &UserProfile{Login: "secret-body@example.com"}}, nil)
							}
							if got := attacker.got(); len(got) > 0 {
								t.Errorf("the other host received %d requests: %q", len(got), got)
							}
							if err == nil || !strings.Contains(err.Error(), target) {
								t.Errorf("error = %v, want one naming the redirect target %s", err, target)
							}
							if !errors.Is(err, ErrRedirect) {
								t.Errorf("error = %v, want errors.Is(err, ErrRedirect)", err)
							}
						})
					}
				}
			}
		}
	}
}

// TestSecretsDoNotPrint checks that printing a client, in every fmt verb, shows none of its secrets: the API
// token, a bearer token, the private key, or the access token it obtained.
func TestSecretsDoNotPrint(t *testing.T) {
	t.Parallel()
	key := oauthRSAKey()
	pemKey := pkcs8PEM(key)
	tests := []struct {
		name    string
		oauth   bool
		opts    []Option
		secrets []string
	}{
		{"SSWS", false, []Option{WithAPIToken("ssws-secret-token-1234")}, []string{"ssws-secret-token-1234"}},
		{"Bearer", false, []Option{WithBearerToken("bearer-secret-token-1234")}, []string{"bearer-secret-token-1234"}},
		{"TokenSource", false, []Option{WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "source-secret-token-1234"}))}, []string{"source-secret-token-1234"}},
		{"PrivateKey", true, []Option{WithPrivateKey(oauthClientID, []byte(pemKey), strings.Fields(oauthScopes)...)}, keySecrets(key)},
		{"DPoP", true, []Option{WithPrivateKey(oauthClientID, []byte(pemKey), strings.Fields(oauthScopes)...), WithDPoP()}, keySecrets(key)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var c *Client
			var f *oauthServer
			if tt.oauth {
				f = newOAuthServer(t, key.Public())
				if strings.Contains(tt.name, "DPoP") {
					f.withDPoP()
				}
				c = f.clientWith(t, tt.opts...)
			} else {
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { serveJSON(w, 200, []byte(`[]`)) }))
				t.Cleanup(srv.Close)
				var err error
				if c, err = NewClient(append([]Option{WithOrgURL(srv.URL), WithInsecureHTTP()}, tt.opts...)...); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := c.Users.List(t.Context(), nil); err != nil {
				t.Fatal(err)
			}
			secrets := tt.secrets
			if f != nil {
				secrets = append(secrets, f.seen()...)
			}
			for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
				assertNoSecrets(t, verb+" of the client", fmt.Sprintf(verb, c), secrets)
				assertNoSecrets(t, verb+" of *client", fmt.Sprintf(verb, *c), secrets)
				assertNoSecrets(t, verb+" of a service", fmt.Sprintf(verb, *c.Users), secrets)
			}
		})
	}
}

// TestErrorsCarryNoCredentials checks that the request an *Error (and a successful Response) keeps has no
// Authorization or DPoP header, and no way to replay the body of a token request (its client assertion).
func TestErrorsCarryNoCredentials(t *testing.T) {
	t.Parallel()
	key := oauthP256Key()
	pemKey := []byte(sec1PEM(key))
	check := func(t *testing.T, what string, req *http.Request, secrets []string) {
		t.Helper()
		if req == nil {
			return
		}
		for _, h := range []string{"Authorization", "Dpop"} {
			if v := req.Header.Values(h); len(v) > 0 {
				t.Errorf("%s: Request.Header[%s] = %q", what, h, v)
			}
		}
		if req.GetBody != nil {
			if b, err := req.GetBody(); err == nil {
				data, _ := io.ReadAll(b)
				assertNoSecrets(t, what+": the request body", string(data), secrets)
			}
		}
		assertNoSecrets(t, what+": the request", fmt.Sprintf("%#v", req), secrets)
	}
	t.Run("SSWS", func(t *testing.T) {
		t.Parallel()
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/api/v1/users/missing" {
				serveJSON(w, 404, []byte(`{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: missing (User)"}`))
				return
			}
			serveJSON(w, 200, []byte(`{"id":"00u1"}`))
		}))
		t.Cleanup(srv.Close)
		c, err := NewClient(WithOrgURL(srv.URL), WithInsecureHTTP(), WithAPIToken("ssws-secret-token-1234"))
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = c.Users.Get(t.Context(), "missing", nil)
		var oe *Error
		if !errors.As(err, &oe) || oe.Response == nil {
			t.Fatalf("err = %v, want an *Error with its Response", err)
		}
		check(t, "error", oe.Response.Request, []string{"ssws-secret-token-1234"})
		_, resp, err := c.Users.Get(t.Context(), "00u1", nil)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "success", resp.Request, []string{"ssws-secret-token-1234"})
	})
	t.Run("DPoP API call", func(t *testing.T) {
		t.Parallel()
		f := newOAuthServer(t, key.Public()).withDPoP()
		f.onResource = func(w http.ResponseWriter, r *http.Request) bool {
			serveJSON(w, 403, []byte(`{"errorCode":"E0000006","errorSummary":"You do not have permission"}`))
			return true
		}
		c := f.client(t, pemKey, WithDPoP())
		_, _, err := c.Users.List(t.Context(), nil)
		var oe *Error
		if !errors.As(err, &oe) || oe.Response == nil {
			t.Fatalf("err = %v, want an *Error with its Response", err)
		}
		check(t, "error", oe.Response.Request, f.seen())
	})
	t.Run("token request", func(t *testing.T) {
		t.Parallel()
		f := newOAuthServer(t, key.Public()).withDPoP()
		var assertions []string
		var mu sync.Mutex
		f.onToken = func(w http.ResponseWriter, r *http.Request) bool {
			r.ParseForm()
			mu.Lock()
			assertions = append(assertions, r.PostForm.Get("client_assertion"), r.Header.Get("DPoP"))
			mu.Unlock()
			serveJSON(w, 401, []byte(`{"error":"invalid_client","error_description":"The client_assertion signature is invalid."}`))
			return true
		}
		c := f.client(t, pemKey, WithDPoP())
		_, _, err := c.Users.List(t.Context(), nil)
		var oe *Error
		if !errors.As(err, &oe) || oe.Response == nil {
			t.Fatalf("err = %v, want an *Error with its Response", err)
		}
		mu.Lock()
		defer mu.Unlock()
		check(t, "token error", oe.Response.Request, append(assertions, keySecrets(key)...))
		if oe.Response.Request != nil && oe.Response.Request.GetBody != nil {
			t.Error("the token request's body (a client assertion) can be replayed from the error")
		}
	})
}

// endlessBody is a 2xx body that never ends (up to limit, so that a client without a cap still returns):
// the start of a JSON array, then spaces. It counts what was read.
type endlessBody struct {
	read  atomic.Int64
	limit int64
}

func (b *endlessBody) Read(p []byte) (int, error) {
	n := b.read.Load()
	if n >= b.limit {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), b.limit-n)]
	for i := range p {
		p[i] = ' '
	}
	if n == 0 && len(p) > 0 {
		p[0] = '['
	}
	b.read.Add(int64(len(p)))
	return len(p), nil
}

func (b *endlessBody) Close() error { return nil }

// endlessClient serves every request with an endless 200 body, in memory.
func endlessClient(body *endlessBody) *http.Client {
	return &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: body, Request: r}, nil
	})}
}

// TestResponseBodyIsCapped checks that a success body is read up to the cap and no further, and that the call
// fails saying so; memory is measured by what was read from the body.
func TestResponseBodyIsCapped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		opts []Option
		cap  int64
	}{
		{"WithMaxResponseBytes", []Option{WithMaxResponseBytes(1 << 20)}, 1 << 20},
		{"default", nil, DefaultMaxResponseBytes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			body := &endlessBody{limit: 4 * tt.cap}
			c, err := NewClient(append([]Option{WithOrgURL("https://acme.okta.com"), WithAPIToken(testToken), WithHTTPClient(endlessClient(body))}, tt.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			users, _, err := c.Users.List(t.Context(), nil)
			if !errors.Is(err, ErrResponseTooLarge) || !strings.Contains(err.Error(), "GET /api/v1/users") || users != nil {
				t.Errorf("List = %d users, %v; want ErrResponseTooLarge naming the call", len(users), err)
			}
			if got := body.read.Load(); got > tt.cap+1 {
				t.Errorf("read %d bytes of the body, want at most the cap %d + 1", got, tt.cap)
			}
		})
	}
}

func TestWithMaxResponseBytesValidates(t *testing.T) {
	t.Parallel()
	for _, n := range []int64{0, -1} {
		if _, err := NewClient(WithOrgURL("https://acme.okta.com"), WithAPIToken(testToken), WithMaxResponseBytes(n)); err == nil || !strings.Contains(err.Error(), "WithMaxResponseBytes") {
			t.Errorf("WithMaxResponseBytes(%d): err = %v", n, err)
		}
	}
}

// TestTokenRequestRetriedOnServerErrors checks that a token request, safe to repeat, is retried after a 5xx or
// a dropped connection like any idempotent call, with the same cap on retries, and a fresh assertion each time.
func TestTokenRequestRetriedOnServerErrors(t *testing.T) {
	t.Parallel()
	key := oauthP256Key()
	fail500 := func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) }
	fail503 := func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) }
	drop := func(w http.ResponseWriter, _ *http.Request) { hangUp(w, 0) }
	tests := []struct {
		name       string
		fail       func(w http.ResponseWriter, r *http.Request)
		failures   int // how many token requests fail before the server recovers
		wantTokens int
		wantErr    bool
	}{
		{"503 then success", fail503, 2, 3, false},
		{"500 then success", fail500, 1, 2, false},
		{"connection dropped then success", drop, 2, 3, false},
		{"500 beyond the retries", fail500, 10, 1 + DefaultMaxRetries, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newOAuthServer(t, key.Public())
			f.onToken = func(w http.ResponseWriter, r *http.Request) bool {
				if n, _ := f.counts(); n <= tt.failures {
					tt.fail(w, r)
					return true
				}
				return false
			}
			c := f.client(t, []byte(sec1PEM(key)))
			_, _, err := c.Users.List(t.Context(), nil)
			if (err != nil) != tt.wantErr {
				t.Errorf("List error = %v, want error %v", err, tt.wantErr)
			}
			if tokens, resources := f.counts(); tokens != tt.wantTokens || resources != map[bool]int{false: 1, true: 0}[tt.wantErr] {
				t.Errorf("token requests = %d, resource requests = %d; want %d token requests", tokens, resources, tt.wantTokens)
			}
		})
	}
}

// TestHangingServerTimesOut checks that a server that accepts a request and never answers does not block a
// call: the SDK's own transport has a response-header timeout, by default and as WithResponseHeaderTimeout
// sets it.
func TestHangingServerTimesOut(t *testing.T) {
	t.Parallel()
	c, err := NewClient(WithOrgURL("https://acme.okta.com"), WithAPIToken(testToken))
	if err != nil {
		t.Fatal(err)
	}
	base := c.http.HTTPClient.Transport.(*authTransport).base
	if lt, isLimit := base.(*limitTransport); isLimit {
		base = lt.base
	}
	tr, ok := base.(*http.Transport)
	if !ok || tr.ResponseHeaderTimeout != DefaultResponseHeaderTimeout {
		t.Errorf("the default transport's ResponseHeaderTimeout = %v, want %v", tr.ResponseHeaderTimeout, DefaultResponseHeaderTimeout)
	}

	release := make(chan struct{})
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	c, err = NewClient(WithOrgURL(srv.URL), WithInsecureHTTP(), WithAPIToken(testToken), WithMaxWait(time.Millisecond),
		WithResponseHeaderTimeout(100*time.Millisecond), WithRequestTimeout(20*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Users.Get(t.Context(), "00u1", nil)
	if err == nil || !strings.Contains(err.Error(), "timeout awaiting response headers") {
		t.Errorf("Get error = %v, want a response-header timeout", err)
	}
	// The last attempt's handler may start after the client has given up on it (a loaded machine): wait for it.
	for deadline := time.Now().Add(2 * time.Second); requests.Load() < 1+DefaultMaxRetries && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if got := requests.Load(); got != 1+DefaultMaxRetries {
		t.Errorf("requests = %d, want %d: a GET that timed out is retried", got, 1+DefaultMaxRetries)
	}
}

// TestRateLimitResetBeyondMaxWaitFailsNow checks that a 429 whose reset is further away than the cap on one
// wait (an hourly or daily limit) fails the call at once instead of sleeping for the cap and asking again.
func TestRateLimitResetBeyondMaxWaitFailsNow(t *testing.T) {
	t.Parallel()
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		now := time.Now()
		w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
		w.Header().Set("X-Rate-Limit-Remaining", "0")
		w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(now.Add(time.Hour).Unix(), 10))
		serveJSON(w, http.StatusTooManyRequests, []byte(`{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."}`))
	}))
	t.Cleanup(srv.Close)
	// Default waits; the request timeout only keeps a broken policy from blocking the test for minutes.
	c, err := NewClient(WithOrgURL(srv.URL), WithInsecureHTTP(), WithAPIToken(testToken), WithRequestTimeout(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Users.Get(t.Context(), "00u1", nil)
	if !errors.Is(err, ErrRateLimited) {
		t.Errorf("Get error = %v, want the 429 (ErrRateLimited) at once", err)
	}
	if got := requests.Load(); got != 1 {
		t.Errorf("requests = %d, want 1", got)
	}
}

func TestTimeoutOptionsValidate(t *testing.T) {
	t.Parallel()
	for _, d := range []time.Duration{0, -time.Second} {
		if _, err := NewClient(WithOrgURL("https://acme.okta.com"), WithAPIToken(testToken), WithResponseHeaderTimeout(d)); err == nil || !strings.Contains(err.Error(), "WithResponseHeaderTimeout") {
			t.Errorf("WithResponseHeaderTimeout(%v): err = %v", d, err)
		}
	}
}
