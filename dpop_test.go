package okta

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	gojose "github.com/go-jose/go-jose/v4"
)

func TestDPoPProof(t *testing.T) {
	t.Parallel()
	d := newDPoP(0)
	now := time.Unix(1_700_000_000, 0)
	key, err := d.keyAt(now)
	if err != nil {
		t.Fatal(err)
	}
	u := authMust(url.Parse("https://Acme.Okta.com:8443/api/v1/users/a%2Fb?limit=1&after=x#frag"))
	d.observe(u, http.Header{"Dpop-Nonce": {"n-1"}})
	d.observe(authMust(url.Parse("https://other.okta.com/")), http.Header{"Dpop-Nonce": {"other"}})

	for _, token := range []string{"", "at.secret"} {
		proof, err := d.proof(key, http.MethodGet, u, token, now)
		if err != nil {
			t.Fatal(err)
		}
		jws, err := gojose.ParseSignedCompact(proof, []gojose.SignatureAlgorithm{gojose.ES256})
		if err != nil {
			t.Fatal(err)
		}
		h := jws.Signatures[0].Protected
		if h.ExtraHeaders["typ"] != "dpop+jwt" || h.Algorithm != "ES256" || h.KeyID != "" {
			t.Errorf("header typ=%v alg=%s kid=%q", h.ExtraHeaders["typ"], h.Algorithm, h.KeyID)
		}
		rawHeader := authMust(base64.RawURLEncoding.DecodeString(strings.Split(proof, ".")[0]))
		var hdr struct {
			JWK map[string]string `json:"jwk"`
		}
		if err := json.Unmarshal(rawHeader, &hdr); err != nil {
			t.Fatal(err)
		}
		if hdr.JWK["kty"] != "EC" || hdr.JWK["crv"] != "P-256" || hdr.JWK["x"] == "" || hdr.JWK["y"] == "" || len(hdr.JWK) != 4 {
			t.Errorf("jwk = %v, want exactly the public members kty, crv, x, y", hdr.JWK)
		}
		payload, err := jws.Verify(h.JSONWebKey)
		if err != nil {
			t.Fatalf("Verify: %v", err)
		}
		var claims map[string]any
		if err := json.Unmarshal(payload, &claims); err != nil {
			t.Fatal(err)
		}
		want := map[string]any{
			"htm": "GET", "htu": "https://acme.okta.com:8443/api/v1/users/a%2Fb", "iat": float64(now.Unix()), "nonce": "n-1",
		}
		if token != "" {
			sum := sha256.Sum256([]byte(token))
			want["ath"] = base64.RawURLEncoding.EncodeToString(sum[:])
		}
		jti, _ := claims["jti"].(string)
		delete(claims, "jti")
		if len(jti) < 16 {
			t.Errorf("jti = %q", jti)
		}
		if fmt.Sprint(claims) != fmt.Sprint(want) {
			t.Errorf("claims = %v, want %v", claims, want)
		}
	}
}

func TestDPoPKeyAt(t *testing.T) {
	t.Parallel()
	d := newDPoP(time.Hour)
	now := time.Now()
	k1 := authMust(d.keyAt(now))
	if k2 := authMust(d.keyAt(now.Add(59 * time.Minute))); k2 != k1 {
		t.Errorf("the key changed before the rotation interval")
	}
	if k3 := authMust(d.keyAt(now.Add(time.Hour))); k3 == k1 {
		t.Errorf("the key did not change after the rotation interval")
	}
	if newDPoP(0).rotation != DefaultDPoPKeyRotation {
		t.Errorf("default rotation = %v", newDPoP(0).rotation)
	}
}

func TestHTU(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"https://acme.okta.com/oauth2/v1/token":              "https://acme.okta.com/oauth2/v1/token",
		"https://ACME.okta.com/api/v1/users?limit=1":         "https://acme.okta.com/api/v1/users",
		"HTTP://127.0.0.1:8080/api/v1/users?q=a#frag":        "http://127.0.0.1:8080/api/v1/users",
		"https://acme.okta.com/api/v1/users/a%40b.com/roles": "https://acme.okta.com/api/v1/users/a%40b.com/roles",
		"https://user:pw@acme.okta.com/api":                  "https://acme.okta.com/api",
	}
	for in, want := range tests {
		if got := htu(authMust(url.Parse(in))); got != want {
			t.Errorf("htu(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestNonceChallenge(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status int
		www    string
		nonce  string
		want   bool
	}{
		{401, `DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"`, "n", true},
		{401, `DPoP realm="api", error="use_dpop_nonce"`, "n", true},
		{401, `dpop error=use_dpop_nonce`, "n", true},
		{401, `Bearer realm="api", DPoP error="use_dpop_nonce" algs="ES256"`, "n", true},
		{401, `DPoP error="use_dpop_nonce"`, "", false}, // no nonce to use
		{401, `DPoP error="invalid_token"`, "n", false},
		{400, `DPoP error="use_dpop_nonce"`, "n", false},
		{401, "", "n", false},
	}
	for _, tt := range tests {
		resp := &http.Response{StatusCode: tt.status, Header: http.Header{}}
		if tt.www != "" {
			resp.Header.Set("WWW-Authenticate", tt.www)
		}
		if tt.nonce != "" {
			resp.Header.Set("DPoP-Nonce", tt.nonce)
		}
		if got := nonceChallenge(resp); got != tt.want {
			t.Errorf("nonceChallenge(%d, %q, nonce %q) = %v, want %v", tt.status, tt.www, tt.nonce, got, tt.want)
		}
	}
}

func TestDPoPTokenNonceChallengeBounded(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthP256Key().Public()).withDPoP()
	f.onToken = func(w http.ResponseWriter, r *http.Request) bool {
		// A valid request, carrying the newest nonce after the first one.
		f.mu.Lock()
		first := f.tokenRequests == 1
		f.mu.Unlock()
		if _, e := f.verifyTokenRequest(r); (e != nil) != first || (first && e.code != "use_dpop_nonce") {
			t.Errorf("token request: %+v", e)
		}
		f.mu.Lock()
		f.nonce = fmt.Sprintf("as-nonce-%d", f.tokenRequests+1) // a new nonce every time
		w.Header().Set("DPoP-Nonce", f.nonce)
		f.mu.Unlock()
		serveJSON(w, http.StatusBadRequest, []byte(`{"error":"use_dpop_nonce","error_description":"Authorization server requires nonce in DPoP proof."}`))
		return true
	}
	c := f.client(t, []byte(pkcs8PEM(oauthP256Key())), WithDPoP())
	_, _, err := c.Users.List(t.Context(), nil)
	var oe *Error
	if !errors.As(err, &oe) || oe.StatusCode != http.StatusBadRequest || oe.ErrorCode != "use_dpop_nonce" {
		t.Fatalf("List error = %v, want the use_dpop_nonce *Error", err)
	}
	if tokens, resources := f.counts(); tokens != 1+maxNonceRetries || resources != 0 {
		t.Errorf("token requests = %d, resource requests = %d; want %d and 0", tokens, resources, 1+maxNonceRetries)
	}
}

func TestDPoPResourceNonce(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthRSAKey().Public()).withDPoP()
	f.resourceNonce = true
	c := f.client(t, []byte(jwkJSON(oauthRSAKey(), "")), WithDPoP())
	for range 2 {
		if _, _, err := c.Users.List(t.Context(), &UsersListOptions{Limit: 1}); err != nil {
			t.Fatalf("List: %v", err)
		}
	}
	// The first call met the challenge and retried; the second sent the nonce it had kept.
	if tokens, resources := f.counts(); tokens != 2 || resources != 3 {
		t.Errorf("token requests = %d, resource requests = %d; want 2 and 3", tokens, resources)
	}

	// A nonce announced with a successful answer is used from the next request on.
	f.mu.Lock()
	f.rotateRSNonce = true
	f.mu.Unlock()
	for range 3 {
		if _, _, err := c.Users.List(t.Context(), nil); err != nil {
			t.Fatalf("List: %v", err)
		}
	}
	if _, resources := f.counts(); resources != 6 {
		t.Errorf("resource requests = %d, want 6", resources)
	}
}

func TestDPoPResourceNonceChallengeBounded(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthP256Key().Public()).withDPoP()
	f.onResource = func(w http.ResponseWriter, r *http.Request) bool {
		f.mu.Lock()
		n := fmt.Sprintf("rs-nonce-%d", f.resourceRequests)
		f.mu.Unlock()
		w.Header().Set("DPoP-Nonce", n)
		f.unauthorized(w, "use_dpop_nonce", "Resource server requires nonce in DPoP proof")
		return true
	}
	c := f.client(t, []byte(sec1PEM(oauthP256Key())), WithDPoP())
	_, _, err := c.Users.List(t.Context(), nil)
	if !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("List error = %v, want 401", err)
	}
	if _, resources := f.counts(); resources != 1+maxNonceRetries {
		t.Errorf("resource requests = %d, want %d", resources, 1+maxNonceRetries)
	}
}

func TestDPoPTokenType(t *testing.T) {
	t.Parallel()
	// DPoP on, but the app issues Bearer tokens.
	f := newOAuthServer(t, oauthP256Key().Public())
	c := f.client(t, []byte(sec1PEM(oauthP256Key())), WithDPoP(), WithMaxRetries(0))
	_, _, err := c.Users.List(t.Context(), nil)
	if err == nil || !strings.Contains(err.Error(), `WithDPoP is on but the token endpoint issued a "Bearer" token`) {
		t.Errorf("List error = %v, want the token type mismatch", err)
	}

	// The app requires DPoP, the client has it off: Okta's answer comes back as is.
	f = newOAuthServer(t, oauthP256Key().Public()).withDPoP()
	c = f.client(t, []byte(sec1PEM(oauthP256Key())))
	_, _, err = c.Users.List(t.Context(), nil)
	var oe *Error
	if !errors.As(err, &oe) || oe.ErrorCode != "invalid_dpop_proof" || oe.ErrorSummary != "The DPoP proof JWT header is missing." {
		t.Errorf("List error = %v, want Okta's invalid_dpop_proof", err)
	}
}

func TestDPoPKeyRotation(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		opts    []Option
		rotated bool
	}{
		{"default", nil, false},
		{"30 minutes", []Option{WithDPoPKeyRotation(30 * time.Minute)}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clock := newAuthClock()
			f := newOAuthServer(t, oauthP256Key().Public()).withDPoP()
			f.now = clock.Now
			c := f.client(t, []byte(pkcs8PEM(oauthP256Key())), append(tt.opts, WithDPoP())...)
			// Past 30 minutes the token still lives and the key stays: the proofs still match the token.
			for range 3 {
				if _, _, err := c.Users.List(t.Context(), nil); err != nil {
					t.Fatalf("List: %v", err)
				}
				clock.Advance(40 * time.Minute)
			}
			f.mu.Lock()
			jkts := f.jkts
			f.mu.Unlock()
			if len(jkts) != 2 {
				t.Fatalf("issued %d tokens, want 2", len(jkts))
			}
			if rotated := jkts[0] != jkts[1]; rotated != tt.rotated {
				t.Errorf("key rotated = %v, want %v", rotated, tt.rotated)
			}
		})
	}
}
