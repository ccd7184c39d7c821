package okta

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
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
