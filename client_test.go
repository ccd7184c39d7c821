package okta

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func mustParseOrg(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := parseOrgURL(s, false)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestOrgURLValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		insecure bool
		want     string // the URL kept, or "" for an error
		errHas   string
	}{
		{in: "https://dev-123.okta.com", want: "https://dev-123.okta.com"},
		{in: "https://dev-123.okta.com/", want: "https://dev-123.okta.com"},
		{in: "https://Dev-123.OKTA.com:8443", want: "https://dev-123.okta.com:8443"},
		{in: "http://127.0.0.1:8080", insecure: true, want: "http://127.0.0.1:8080"},
		{in: "", errHas: "missing"},
		{in: "https://{yourOktaDomain}", errHas: "{yourOktaDomain}"},
		{in: "http://dev-123.okta.com", errHas: "https"},
		{in: "dev-123.okta.com", errHas: "https://"},
		{in: "https://dev-123-admin.okta.com", errHas: "use dev-123.okta.com"},
		{in: "https://dev-123.okta.com.com", errHas: ".com.com"},
		{in: "https://https://dev-123.okta.com", errHas: "more than once"},
		{in: "https://dev-123.okta.com/api/v1", errHas: "path"},
		{in: "https://dev-123.okta.com?x=1", errHas: "query"},
		{in: "https://dev-123.okta.com#frag", errHas: "fragment"},
		{in: "https://user:pw@dev-123.okta.com", errHas: "credentials"},
		{in: "https://", errHas: "no host"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			opts := []Option{WithOrgURL(tt.in), WithAPIToken("t")}
			if tt.insecure {
				opts = append(opts, WithInsecureHTTP())
			}
			c, err := NewClient(opts...)
			if tt.want != "" {
				if err != nil || c.OrgURL() != tt.want {
					t.Fatalf("NewClient(%q) = %v, %v; want %s", tt.in, c, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("NewClient(%q) err = %v, want one mentioning %q", tt.in, err, tt.errHas)
			}
		})
	}
}

func TestOptionsValidateEagerly(t *testing.T) {
	t.Parallel()
	org := WithOrgURL("https://dev-1.okta.com")
	tests := []struct {
		name   string
		opts   []Option
		errHas string
	}{
		{"no credentials", []Option{org}, "no credentials"},
		{"two kinds of credentials", []Option{org, WithAPIToken("a"), WithBearerToken("b")}, "more than one"},
		{"empty token", []Option{org, WithAPIToken(" ")}, "empty"},
		{"nil HTTP client", []Option{org, WithAPIToken("a"), WithHTTPClient(nil)}, "nil"},
		{"negative retries", []Option{org, WithAPIToken("a"), WithMaxRetries(-1)}, "negative"},
		{"zero max wait", []Option{org, WithAPIToken("a"), WithMaxWait(0)}, "not positive"},
		{"proxy without host", []Option{org, WithAPIToken("a"), WithProxy(&url.URL{})}, "no host"},
		{"SDK-owned header", []Option{org, WithAPIToken("a"), WithHeader("authorization", "x")}, "Authorization"},
		{"malformed header name", []Option{org, WithAPIToken("a"), WithHeader("bad name", "x")}, "not a valid header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := NewClient(tt.opts...)
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("err = %v, want one mentioning %q", err, tt.errHas)
			}
		})
	}
}

func TestRequestHeaders(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithUserAgent("my-tool/1.2"), WithHeader("X-Tenant", "blue"))
	var got http.Header
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		serveJSON(w, 200, []byte(`{"id":"00u1"}`))
	})
	ctx := ContextWithHeader(t.Context(), "X-Trace", "abc")
	ctx = ContextWithHeader(ctx, "Authorization", "ignored")
	if _, _, err := c.Users.Get(ctx, "00u1", nil); err != nil {
		t.Fatal(err)
	}
	wantUA := "okta-go/" + Version + " go/" + strings.TrimPrefix(runtime.Version(), "go") + " " + runtime.GOOS + "/" + runtime.GOARCH + " my-tool/1.2"
	for k, want := range map[string]string{
		"User-Agent":    wantUA,
		"Authorization": "SSWS " + testToken,
		"Accept":        "application/json",
		"X-Tenant":      "blue",
		"X-Trace":       "abc",
	} {
		if got.Get(k) != want {
			t.Errorf("%s = %q, want %q", k, got.Get(k), want)
		}
	}
	h := c.Headers()
	if h.Get("User-Agent") != wantUA || h.Get("X-Tenant") != "blue" || h.Get("Authorization") != "" {
		t.Errorf("Headers() = %v", h)
	}
	h.Set("X-Tenant", "changed")
	if c.Headers().Get("X-Tenant") != "blue" {
		t.Error("Headers() returned the client's own map")
	}
}

func TestBearerToken(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	c2, err := NewClient(WithOrgURL(c.OrgURL()), WithInsecureHTTP(), WithBearerToken("access-token"))
	if err != nil {
		t.Fatal(err)
	}
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer access-token" {
			t.Errorf("Authorization = %q", got)
		}
		serveJSON(w, 200, []byte(`{}`))
	})
	if _, _, err := c2.Users.Get(t.Context(), "me", nil); err != nil {
		t.Fatal(err)
	}
}

func TestPathIDsAreEscapedAndRequired(t *testing.T) {
	t.Parallel()
	tests := []struct {
		id       string
		wantPath string // escaped path the server sees
	}{
		{"00u1", "/api/v1/users/00u1"},
		{"a.user@example.com", "/api/v1/users/a.user@example.com"},
		{"../groups/x", "/api/v1/users/..%2Fgroups%2Fx"},
		{"..", "/api/v1/users/%2E%2E"},
		{"a b?c#d", "/api/v1/users/a%20b%3Fc%23d"},
	}
	c, mux := setup(t)
	var seen atomic.Value
	mux.HandleFunc("/api/v1/users/", func(w http.ResponseWriter, r *http.Request) {
		seen.Store(r.URL.EscapedPath())
		serveJSON(w, 200, []byte(`{"id":"x"}`))
	})
	for _, tt := range tests {
		if _, _, err := c.Users.Get(t.Context(), tt.id, nil); err != nil {
			t.Fatalf("Get(%q): %v", tt.id, err)
		}
		if got := seen.Load(); got != tt.wantPath {
			t.Errorf("Get(%q) requested %v, want %s", tt.id, got, tt.wantPath)
		}
	}
	for _, id := range []string{"", "  "} {
		u, resp, err := c.Users.Get(t.Context(), id, nil)
		if err == nil || !strings.Contains(err.Error(), "userId is empty") || u != nil || resp != nil {
			t.Errorf("Get(%q) = %v, %v, %v; want an error before any request", id, u, resp, err)
		}
	}
}

func TestHTTPClientIsWrappedNotReplaced(t *testing.T) {
	t.Parallel()
	c0, mux := setup(t)
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, []byte(`{"id":"00u1"}`))
	})
	var used atomic.Int32
	base := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS13}}
	hc := &http.Client{Timeout: 7 * time.Second, Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		used.Add(1)
		return base.RoundTrip(r)
	})}
	c, err := NewClient(WithOrgURL(c0.OrgURL()), WithInsecureHTTP(), WithAPIToken(testToken), WithHTTPClient(hc))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Users.Get(t.Context(), "00u1", nil); err != nil {
		t.Fatal(err)
	}
	if used.Load() != 1 {
		t.Errorf("the caller's transport carried %d requests, want 1", used.Load())
	}
	if got := c.http.HTTPClient.Timeout; got != 7*time.Second {
		t.Errorf("Timeout = %v, want the caller's 7s", got)
	}
	if _, ok := hc.Transport.(roundTripFunc); !ok {
		t.Error("the caller's client was modified")
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestResponseCarriesOktaHeaders(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Okta-Request-Id", "X0f5vae0ikvd@6cIht6LagAAAc8")
		w.Header().Set("X-Rate-Limit-Limit", "600")
		w.Header().Set("X-Rate-Limit-Remaining", "598")
		w.Header().Set("X-Rate-Limit-Reset", "1598552525")
		serveJSON(w, 200, fixture(t, "core/user.json"))
	})
	u, resp, err := c.Users.Get(t.Context(), "00usfaqd0W13ur5VR4x6", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := RateLimit{Limit: 600, Remaining: 598, Reset: time.Unix(1598552525, 0)}
	if resp.RequestID != "X0f5vae0ikvd@6cIht6LagAAAc8" || resp.RateLimit != want || resp.HasNextPage() {
		t.Errorf("resp = %+v", resp)
	}
	if u.ID != "00usfaqd0W13ur5VR4x6" || u.Status != UserStatusActive || u.Credentials.Provider.Type != "OKTA" {
		t.Errorf("user = %+v", u)
	}
}

func TestNilContextIsAnError(t *testing.T) {
	t.Parallel()
	c, _ := setup(t)
	//lint:ignore SA1012 the point of the test
	if _, _, err := c.Users.Get(nil, "00u1", nil); err == nil { //nolint:staticcheck
		t.Error("nil context accepted")
	}
	var ctx context.Context
	if _, _, err := c.Users.Get(ctx, "00u1", nil); err == nil {
		t.Error("nil context accepted")
	}
}
