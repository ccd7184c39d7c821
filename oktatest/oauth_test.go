package oktatest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// rsaKey is one RSA key for all tests: generating one takes a while.
var rsaKey = sync.OnceValue(func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
})

const clientID = "0oaservice"

// assertion builds a client assertion by hand: a JWT signed with key, with the standard claims for the
// server, changed by edit.
func assertion(t *testing.T, s *Server, key crypto.Signer, alg jose.SignatureAlgorithm, edit func(c map[string]any)) string {
	t.Helper()
	now := time.Now()
	claims := map[string]any{
		"iss": clientID, "sub": clientID, "aud": s.URL + "/oauth2/v1/token",
		"iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(), "jti": rand.Text(),
	}
	if edit != nil {
		edit(claims)
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: alg, Key: key}, (&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := jwt.Signed(signer).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// tokenRequest posts a token request and returns the answer.
func tokenRequest(t *testing.T, s *Server, form url.Values, header ...string) response {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), "POST", s.URL+"/oauth2/v1/token", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := s.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: body}
}

func tokenForm(assertion, scope string) url.Values {
	return url.Values{
		"grant_type":            {"client_credentials"},
		"scope":                 {scope},
		"client_assertion_type": {"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"},
		"client_assertion":      {assertion},
	}
}

// oauthError fails the test unless the answer is the OAuth error code with status.
func (r response) oauthError(t *testing.T, status int, code string) string {
	t.Helper()
	m := r.object(t, status)
	if m["error"] != code {
		t.Fatalf("error = %v, want %s: %s", m["error"], code, r.body)
	}
	desc, _ := m["error_description"].(string)
	if desc == "" {
		t.Errorf("no error_description: %s", r.body)
	}
	return desc
}

func TestTokenEndpoint(t *testing.T) {
	t.Parallel()
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	otherKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s := newTestServer(t,
		WithServiceApp(clientID, rsaKey().Public(), "okta.users.read", "okta.users.manage"),
		WithServiceApp("0oaec", ecKey.Public(), "okta.groups.read"))
	rs := func(edit func(map[string]any)) string { return assertion(t, s, rsaKey(), jose.RS256, edit) }

	tok := tokenRequest(t, s, tokenForm(rs(nil), "okta.users.read")).object(t, 200)
	if tok["token_type"] != "Bearer" || tok["expires_in"] != 3600.0 || tok["scope"] != "okta.users.read" || tok["access_token"] == "" {
		t.Errorf("token response = %v", tok)
	}
	ec := assertion(t, s, ecKey, jose.ES256, func(c map[string]any) { c["iss"], c["sub"] = "0oaec", "0oaec" })
	tokenRequest(t, s, tokenForm(ec, "okta.groups.read")).object(t, 200)

	reused := rs(nil)
	tokenRequest(t, s, tokenForm(reused, "okta.users.read")).object(t, 200)

	tests := []struct {
		name   string
		form   url.Values
		status int
		code   string
		want   string
	}{
		{"reused jti", tokenForm(reused, "okta.users.read"), 401, "invalid_client", "already been used"},
		{"wrong key", tokenForm(assertion(t, s, otherKey, jose.ES256, nil), "okta.users.read"), 401, "invalid_client", "signature is invalid"},
		{"unknown client", tokenForm(rs(func(c map[string]any) { c["iss"], c["sub"] = "0oanope", "0oanope" }), "okta.users.read"), 401, "invalid_client", "client_id \"0oanope\" is invalid"},
		{"sub is not the client", tokenForm(rs(func(c map[string]any) { c["sub"] = "someone" }), "okta.users.read"), 401, "invalid_client", "iss and sub"},
		{"wrong audience", tokenForm(rs(func(c map[string]any) { c["aud"] = "https://example.okta.com/oauth2/v1/token" }), "okta.users.read"), 401, "invalid_client", "audience"},
		{"expired", tokenForm(rs(func(c map[string]any) { c["exp"] = time.Now().Add(-time.Minute).Unix() }), "okta.users.read"), 401, "invalid_client", "expired"},
		{"no expiry", tokenForm(rs(func(c map[string]any) { delete(c, "exp") }), "okta.users.read"), 401, "invalid_client", "no expiration"},
		{"expiry too far", tokenForm(rs(func(c map[string]any) { c["exp"] = time.Now().Add(2 * time.Hour).Unix() }), "okta.users.read"), 401, "invalid_client", "too far"},
		{"no jti", tokenForm(rs(func(c map[string]any) { delete(c, "jti") }), "okta.users.read"), 401, "invalid_client", "no jti"},
		{"not a JWT", tokenForm("not.a.jwt", "okta.users.read"), 401, "invalid_client", "not a valid signed JWT"},
		{"no assertion", url.Values{"grant_type": {"client_credentials"}, "scope": {"okta.users.read"},
			"client_assertion_type": {"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}}, 401, "invalid_client", "missing"},
		{"wrong assertion type", url.Values{"grant_type": {"client_credentials"}, "scope": {"okta.users.read"},
			"client_assertion": {rs(nil)}}, 401, "invalid_client", "client_assertion_type"},
		{"client secret", url.Values{"grant_type": {"client_credentials"}, "client_id": {clientID}, "client_secret": {"s"}}, 401, "invalid_client", "client secret"},
		{"other grant", url.Values{"grant_type": {"password"}}, 400, "unsupported_grant_type", "grant type"},
		{"scope not granted", tokenForm(rs(nil), "okta.users.read okta.apps.manage"), 400, "invalid_scope", "okta.apps.manage"},
		{"no scope", tokenForm(rs(nil), ""), 400, "invalid_scope", "'scope' must be provided"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			desc := tokenRequest(t, s, tt.form).oauthError(t, tt.status, tt.code)
			if !strings.Contains(desc, tt.want) {
				t.Errorf("error_description = %q, want it to say %q", desc, tt.want)
			}
			if strings.Contains(desc, "eyJ") {
				t.Errorf("the error description repeats the assertion: %s", desc)
			}
		})
	}
}

// accessToken gets an access token for the scopes.
func getAccessToken(t *testing.T, s *Server, scopes string) string {
	t.Helper()
	tok := tokenRequest(t, s, tokenForm(assertion(t, s, rsaKey(), jose.RS256, nil), scopes)).object(t, 200)
	return tok["access_token"].(string)
}

func TestAccessTokenScopes(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithServiceApp(clientID, rsaKey().Public(),
		"okta.users.read", "okta.users.manage", "okta.groups.read", "okta.apps.manage", "okta.policies.read"))
	read := "Bearer " + getAccessToken(t, s, "okta.users.read okta.groups.read okta.policies.read")
	manage := "Bearer " + getAccessToken(t, s, "okta.users.manage okta.apps.manage")
	tests := []struct {
		token, method, path string
		body                any
		status              int
	}{
		{read, "GET", "/api/v1/users", nil, 200},
		{read, "POST", "/api/v1/users", newUserBody("r@example.com", ""), 403},
		{read, "POST", "/api/v1/users/00u1/lifecycle/suspend", nil, 403},
		{read, "GET", "/api/v1/groups", nil, 200},
		{read, "POST", "/api/v1/groups", map[string]any{"profile": map[string]any{"name": "G"}}, 403},
		{read, "GET", "/api/v1/apps", nil, 403},
		{read, "GET", "/api/v1/policies?type=PASSWORD", nil, 200},
		{manage, "POST", "/api/v1/users", newUserBody("m@example.com", ""), 200},
		{manage, "GET", "/api/v1/users", nil, 200}, // manage implies read
		{manage, "POST", "/api/v1/apps", bookmarkApp("A"), 200},
		{manage, "GET", "/api/v1/groups", nil, 403},
		{manage, "GET", "/api/v1/policies?type=PASSWORD", nil, 403},
	}
	for _, tt := range tests {
		r := send(t, s, tt.method, tt.path, tt.body, "Authorization", tt.token)
		if tt.status != 403 {
			r.ok(t, tt.status)
			continue
		}
		r.oktaError(t, 403, "E0000006")
		if h := r.header.Get("WWW-Authenticate"); !strings.Contains(h, `error="insufficient_scope"`) {
			t.Errorf("%s %s: WWW-Authenticate = %q", tt.method, tt.path, h)
		}
	}
}

func TestAccessTokenExpires(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	// The assertion's times come from the real clock; the server's clock runs close to it.
	clock.now = time.Now()
	s := newTestServer(t, WithClock(clock.Now), WithTokenLifetime(time.Minute),
		WithServiceApp(clientID, rsaKey().Public(), "okta.users.read"))
	tok := tokenRequest(t, s, tokenForm(assertion(t, s, rsaKey(), jose.RS256, nil), "okta.users.read")).object(t, 200)
	if tok["expires_in"] != 60.0 {
		t.Errorf("expires_in = %v", tok["expires_in"])
	}
	bearer := "Bearer " + tok["access_token"].(string)
	send(t, s, "GET", "/api/v1/users", nil, "Authorization", bearer).ok(t, 200)
	clock.Advance(time.Minute)
	r := send(t, s, "GET", "/api/v1/users", nil, "Authorization", bearer)
	r.oktaError(t, 401, "E0000011")
	if h := r.header.Get("WWW-Authenticate"); !strings.Contains(h, `Bearer error="invalid_token"`) {
		t.Errorf("WWW-Authenticate = %q", h)
	}
}

// dpopProof builds a DPoP proof by hand.
func dpopProof(t *testing.T, key *ecdsa.PrivateKey, method, u string, extra map[string]any) string {
	t.Helper()
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.ES256, Key: key},
		(&jose.SignerOptions{EmbedJWK: true}).WithType("dpop+jwt"))
	if err != nil {
		t.Fatal(err)
	}
	claims := map[string]any{"jti": rand.Text(), "htm": method, "htu": u, "iat": time.Now().Unix()}
	for k, v := range extra {
		claims[k] = v
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := signer.Sign(payload)
	if err != nil {
		t.Fatal(err)
	}
	out, err := sig.CompactSerialize()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDPoP(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithServiceApp(clientID, rsaKey().Public(), "okta.users.read"), WithDPoPRequired(clientID))
	dpopKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tokenURL := s.URL + "/oauth2/v1/token"
	form := func() url.Values { return tokenForm(assertion(t, s, rsaKey(), jose.RS256, nil), "okta.users.read") }

	tokenRequest(t, s, form()).oauthError(t, 400, "invalid_dpop_proof")
	r := tokenRequest(t, s, form(), "DPoP", dpopProof(t, dpopKey, "POST", tokenURL, nil))
	r.oauthError(t, 400, "use_dpop_nonce")
	nonce := r.header.Get("DPoP-Nonce")
	if nonce == "" {
		t.Fatal("no DPoP-Nonce header")
	}
	tokenRequest(t, s, form(), "DPoP", dpopProof(t, dpopKey, "GET", tokenURL, map[string]any{"nonce": nonce})).oauthError(t, 400, "invalid_dpop_proof")
	tok := tokenRequest(t, s, form(), "DPoP", dpopProof(t, dpopKey, "POST", tokenURL, map[string]any{"nonce": nonce})).object(t, 200)
	if tok["token_type"] != "DPoP" {
		t.Fatalf("token_type = %v", tok["token_type"])
	}
	at := tok["access_token"].(string)
	sum := sha256.Sum256([]byte(at))
	ath := base64.RawURLEncoding.EncodeToString(sum[:])
	usersURL := s.URL + "/api/v1/users"

	proof := dpopProof(t, dpopKey, "GET", usersURL, map[string]any{"ath": ath})
	send(t, s, "GET", "/api/v1/users?limit=5", nil, "Authorization", "DPoP "+at, "DPoP", proof).ok(t, 200)
	otherKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tests := []struct {
		name, authorization, proof, want string
	}{
		{"bearer scheme", "Bearer " + at, "", "bound to a DPoP key"},
		{"no proof", "DPoP " + at, "", "not a valid signed JWT"},
		{"reused proof", "DPoP " + at, proof, "already been used"},
		{"wrong ath", "DPoP " + at, dpopProof(t, dpopKey, "GET", usersURL, map[string]any{"ath": "abc"}), "ath"},
		{"wrong URL", "DPoP " + at, dpopProof(t, dpopKey, "GET", s.URL+"/api/v1/groups", map[string]any{"ath": ath}), "htu"},
		{"other key", "DPoP " + at, dpopProof(t, otherKey, "GET", usersURL, map[string]any{"ath": ath}), "another key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := send(t, s, "GET", "/api/v1/users", nil, "Authorization", tt.authorization, "DPoP", tt.proof)
			r.oktaError(t, 401, "E0000011")
			if h := r.header.Get("WWW-Authenticate"); !strings.Contains(h, `error="invalid_token"`) || !strings.Contains(h, tt.want) {
				t.Errorf("WWW-Authenticate = %q, want invalid_token saying %q", h, tt.want)
			}
		})
	}
}
