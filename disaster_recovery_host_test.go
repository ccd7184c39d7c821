package okta

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func TestDisasterRecoveryURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		org     string
		dr      string // WithDisasterRecoveryURL, when set
		want    string
		wantErr string
	}{
		{name: "okta.com", org: "https://acme.okta.com", want: "https://drapp.acme.okta.com"},
		{name: "preview", org: "https://dev-123456.oktapreview.com", want: "https://drapp.dev-123456.oktapreview.com"},
		{name: "EMEA cell", org: "https://acme.okta-emea.com", want: "https://drapp.acme.okta-emea.com"},
		{name: "upper case and a trailing slash", org: "https://ACME.Okta.com/", want: "https://drapp.acme.okta.com"},
		{name: "port kept", org: "https://acme.okta.com:8443", want: "https://drapp.acme.okta.com:8443"},
		{name: "already the DR host", org: "https://drapp.acme.okta.com", want: "https://drapp.acme.okta.com"},
		{name: "custom domain is the org", org: "https://login.example.com", want: "https://login.example.com"},
		{name: "bare Okta domain is the org", org: "https://okta.com", want: "https://okta.com"},
		{name: "look-alike domain is the org", org: "https://acme.notokta.com", want: "https://acme.notokta.com"},
		{name: "test server is the org", org: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080"},
		{name: "explicit", org: "https://login.example.com", dr: "https://drapp.acme.okta.com/", want: "https://drapp.acme.okta.com"},
		{name: "explicit wins", org: "https://acme.okta.com", dr: "https://dr.example.net", want: "https://dr.example.net"},
		{name: "explicit with a path", org: "https://acme.okta.com", dr: "https://drapp.acme.okta.com/api/v1", wantErr: "okta: WithDisasterRecoveryURL: the org URL \"https://drapp.acme.okta.com/api/v1\" must not have a path"},
		{name: "explicit over http", org: "https://acme.okta.com", dr: "http://drapp.acme.okta.com", wantErr: "okta: WithDisasterRecoveryURL: the org URL \"http://drapp.acme.okta.com\" must use https"},
		{name: "explicit placeholder", org: "https://acme.okta.com", dr: "https://drapp.{yourOktaDomain}", wantErr: "okta: WithDisasterRecoveryURL: the org URL \"https://drapp.{yourOktaDomain}\" still contains the placeholder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opts := []Option{WithOrgURL(tt.org), WithAPIToken(testToken)}
			if strings.HasPrefix(tt.org, "http://") {
				opts = append(opts, WithInsecureHTTP())
			}
			if tt.dr != "" {
				opts = append(opts, WithDisasterRecoveryURL(tt.dr))
			}
			c, err := NewClient(opts...)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("NewClient error = %v, want one starting %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := c.drURL.String(); got != tt.want {
				t.Errorf("disaster recovery URL = %s, want %s", got, tt.want)
			}
		})
	}
}

// hostRouter is an in-memory network: it hands each request to the handler of its host and records where
// requests went.
type hostRouter struct {
	hosts map[string]http.Handler
	mu    sync.Mutex
	seen  []string // "host METHOD path" of each request
}

func (h *hostRouter) RoundTrip(r *http.Request) (*http.Response, error) {
	h.mu.Lock()
	h.seen = append(h.seen, fmt.Sprintf("%s %s %s", r.URL.Host, r.Method, r.URL.Path))
	h.mu.Unlock()
	handler, ok := h.hosts[r.URL.Host]
	if !ok {
		return nil, fmt.Errorf("no such host %s", r.URL.Host)
	}
	return memTransport{handler}.RoundTrip(r)
}

func (h *hostRouter) requests() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.seen...)
}

// TestDisasterRecoveryHost checks that the service's requests, its next pages included, go to the DR host with
// the access token the org issued, that the other services stay on the org, and that the DR host cannot
// redirect the credentials elsewhere.
func TestDisasterRecoveryHost(t *testing.T) {
	t.Parallel()
	key := oauthP256Key()
	org := newMemOAuthServer(t, key.Public())
	var attacker []string
	var mu sync.Mutex
	dr := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		org.mu.Lock()
		issued := org.tokens[tok] != nil
		org.mu.Unlock()
		if scheme != "Bearer" || !issued {
			t.Errorf("%s %s: Authorization %q is not a token the org issued", r.Method, r.URL, r.Header.Get("Authorization"))
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		switch {
		case r.URL.Path == "/api/v1/dr/status" && r.URL.Query().Get("after") == "":
			serveJSON(w, http.StatusOK, []byte(`{"status":[{"domain":"acme.okta.com","isFailedOver":false}],"_links":{"next":{"href":"https://drapp.acme.okta.com/api/v1/dr/status?after=2"}}}`))
		case r.URL.Path == "/api/v1/dr/status":
			serveJSON(w, http.StatusOK, []byte(`{"status":[{"domain":"login.example.com","isFailedOver":true}]}`))
		case r.URL.Path == "/api/v1/dr/failover":
			serveJSON(w, http.StatusOK, []byte(`{"results":[{"domain":"acme.okta.com","message":"Failover Successful"}]}`))
		case r.URL.Path == "/api/v1/dr/failback":
			http.Redirect(w, r, "https://evil.example.com/steal", http.StatusTemporaryRedirect)
		default:
			t.Errorf("unexpected request %s %s on the DR host", r.Method, r.URL)
			http.NotFound(w, r)
		}
	})
	evil := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		attacker = append(attacker, r.Method+" "+r.URL.String()+" "+r.Header.Get("Authorization"))
		mu.Unlock()
	})
	router := &hostRouter{hosts: map[string]http.Handler{"acme.okta.com": org, "drapp.acme.okta.com": dr, "evil.example.com": evil}}
	c, err := NewClient(WithOrgURL("https://acme.okta.com"), WithHTTPClient(&http.Client{Transport: router}),
		WithPrivateKey(oauthClientID, []byte(sec1PEM(key)), strings.Fields(oauthScopes)...), WithMaxWait(1e6))
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()

	var domains []string
	it := c.DisasterRecovery.ListStatusesIter(ctx)
	for it.Next() {
		domains = append(domains, it.Value().Domain)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(domains, ","), "acme.okta.com,login.example.com"; got != want {
		t.Errorf("domains = %s, want %s", got, want)
	}
	res, _, err := c.DisasterRecovery.StartFailover(ctx, &StartDRRequest{Domains: []string{"acme.okta.com"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) != 1 || res.Results[0].Domain != "acme.okta.com" {
		t.Errorf("failover results = %+v", res.Results)
	}
	if _, _, err := c.Users.List(ctx, nil); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.DisasterRecovery.StartFailback(ctx, nil)
	if !errors.Is(err, ErrRedirect) {
		t.Errorf("failback redirected off the org: error = %v, want ErrRedirect", err)
	}

	want := []string{
		"acme.okta.com POST /oauth2/v1/token",
		"drapp.acme.okta.com GET /api/v1/dr/status",
		"drapp.acme.okta.com GET /api/v1/dr/status",
		"drapp.acme.okta.com POST /api/v1/dr/failover",
		"acme.okta.com GET /api/v1/users",
		"drapp.acme.okta.com POST /api/v1/dr/failback",
	}
	if got := router.requests(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(attacker) > 0 {
		t.Errorf("the other host received %q", attacker)
	}
}
