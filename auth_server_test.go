package okta

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	gojose "github.com/go-jose/go-jose/v4"
)

// This file holds a fake Okta org that demands OAuth as a real one does, and the keys the tests use.

const (
	oauthClientID  = "0oa1serviceapp"
	oauthScopes    = "okta.users.read okta.users.manage"
	oauthUsersJSON = `[{"id":"00u1","status":"ACTIVE","profile":{"login":"ada@example.com"}}]`
)

// Test keys are made once per test binary: RSA key generation is slow.
var (
	oauthRSAKey  = sync.OnceValue(func() *rsa.PrivateKey { return authMust(rsa.GenerateKey(rand.Reader, 2048)) })
	oauthP256Key = sync.OnceValue(func() *ecdsa.PrivateKey { return authMust(ecdsa.GenerateKey(elliptic.P256(), rand.Reader)) })
	oauthP384Key = sync.OnceValue(func() *ecdsa.PrivateKey { return authMust(ecdsa.GenerateKey(elliptic.P384(), rand.Reader)) })
	oauthP521Key = sync.OnceValue(func() *ecdsa.PrivateKey { return authMust(ecdsa.GenerateKey(elliptic.P521(), rand.Reader)) })
)

func authMust[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func pemBlockText(typ string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

func pkcs1PEM(k *rsa.PrivateKey) string {
	return pemBlockText("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(k))
}
func pkcs8PEM(k crypto.Signer) string {
	return pemBlockText("PRIVATE KEY", authMust(x509.MarshalPKCS8PrivateKey(k)))
}
func sec1PEM(k *ecdsa.PrivateKey) string {
	return pemBlockText("EC PRIVATE KEY", authMust(x509.MarshalECPrivateKey(k)))
}

// jwkJSON is k as a private JWK, as Okta's admin console generates it.
func jwkJSON(k crypto.Signer, kid string) string {
	alg := "RS256"
	if ec, ok := k.(*ecdsa.PrivateKey); ok {
		alg = map[int]string{256: "ES256", 384: "ES384", 521: "ES512"}[ec.Curve.Params().BitSize]
	}
	return string(authMust(json.Marshal(gojose.JSONWebKey{Key: k, KeyID: kid, Algorithm: alg, Use: "sig"})))
}

// keySecrets returns fragments of a key's private encodings that authMust never appear in an error or a log.
func keySecrets(k crypto.Signer) []string {
	var out []string
	for _, text := range []string{pkcs8PEM(k)} {
		for l := range strings.Lines(text) {
			if l = strings.TrimSpace(l); !strings.HasPrefix(l, "-----") {
				out = append(out, l)
			}
		}
	}
	var jwk struct {
		D string `json:"d"`
	}
	json.Unmarshal([]byte(jwkJSON(k, "")), &jwk)
	return append(out, jwk.D)
}

// jwsAlgFor is the JWS algorithm a client authMust use for pub.
func jwsAlgFor(pub crypto.PublicKey) string {
	if ec, ok := pub.(*ecdsa.PublicKey); ok {
		return map[int]string{256: "ES256", 384: "ES384", 521: "ES512"}[ec.Curve.Params().BitSize]
	}
	return "RS256"
}

// oauthServer is an Okta org that checks what a real one checks: the token endpoint verifies the client
// assertion (signature with the registered key, kid, alg, claims, lifetime, replay) and the form, and with
// DPoP the proof (signature, typ, jwk, htm, htu, iat, jti, nonce); /api/v1/users accepts only tokens it
// issued, unexpired, with the right scheme, and with DPoP a proof by the key the token is bound to, with ath.
type oauthServer struct {
	t    *testing.T
	base string // the org URL
	http *http.Client

	pub           crypto.PublicKey // the key registered with the service app
	kid           string           // the kid the assertion authMust carry ("" for none)
	dpop          bool             // the app requires DPoP
	tokenNonce    bool             // the token endpoint demands a nonce, as Okta does
	resourceNonce bool             // the resource server demands its own nonce
	rotateRSNonce bool             // the resource server announces a new nonce with every success
	ttl           time.Duration
	now           func() time.Time

	// onToken and onResource, when set, see each request first; returning true means they answered it.
	onToken    func(w http.ResponseWriter, r *http.Request) bool
	onResource func(w http.ResponseWriter, r *http.Request) bool

	mu               sync.Mutex
	tokens           map[string]*issuedToken
	jtis             map[string]bool
	nonce            string // the token endpoint's current nonce
	rsNonce          string // the resource server's current nonce
	rsNonceCount     int
	rejectAll        bool // refuse every access token
	tokenRequests    int
	resourceRequests int
	secrets          []string // every assertion, proof and access token seen
	bodies           []string // the bodies of POST /api/v1/users
	jkts             []string // the key thumbprint of each issued token, in order
}

type issuedToken struct {
	expiry  time.Time
	jkt     string
	revoked bool
}

// newOAuthServer starts a fake org on an httptest server, for a service app whose registered key is pub.
func newOAuthServer(t *testing.T, pub crypto.PublicKey) *oauthServer {
	f := newOAuthHandler(t, pub)
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	f.base = srv.URL
	return f
}

// newMemOAuthServer is a fake org served in memory (no network), for tests in a synctest bubble.
func newMemOAuthServer(t *testing.T, pub crypto.PublicKey) *oauthServer {
	f := newOAuthHandler(t, pub)
	f.base = "https://acme.okta.com"
	f.http = &http.Client{Transport: memTransport{f}}
	return f
}

func newOAuthHandler(t *testing.T, pub crypto.PublicKey) *oauthServer {
	return &oauthServer{
		t: t, pub: pub, ttl: time.Hour, now: time.Now,
		tokens: map[string]*issuedToken{}, jtis: map[string]bool{},
		nonce: "as-nonce-1", rsNonce: "rs-nonce-1",
	}
}

// withDPoP makes the service app require DPoP, with nonces at the token endpoint as Okta does.
func (f *oauthServer) withDPoP() *oauthServer {
	f.dpop, f.tokenNonce = true, true
	return f
}

// client returns a client of the fake org configured with only a client ID, scopes and key, plus opts.
func (f *oauthServer) client(t *testing.T, key []byte, opts ...Option) *Client {
	t.Helper()
	base := []Option{WithOrgURL(f.base), WithMaxWait(time.Millisecond), WithPrivateKey(oauthClientID, key, strings.Fields(oauthScopes)...)}
	return f.clientWith(t, append(base, opts...)...)
}

// clientWith returns a client of the fake org with the credentials opts give.
func (f *oauthServer) clientWith(t *testing.T, opts ...Option) *Client {
	t.Helper()
	base := []Option{WithOrgURL(f.base), WithMaxWait(time.Millisecond)}
	if f.http != nil {
		base = append(base, WithHTTPClient(f.http))
	} else {
		base = append(base, WithInsecureHTTP())
	}
	c, err := NewClient(append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	if tc, ok := c.creds.(*tokenCredentials); ok {
		tc.src.now = f.now
	}
	return c
}

func (f *oauthServer) counts() (token, resource int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tokenRequests, f.resourceRequests
}

func (f *oauthServer) seen() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.secrets...)
}

func (f *oauthServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/oauth2/v1/token":
		f.token(w, r)
	case "/api/v1/users":
		f.users(w, r)
	default:
		f.t.Errorf("unexpected request %s %s", r.Method, r.URL)
		http.NotFound(w, r)
	}
}

// oauthError is an error answer of the token endpoint.
type oauthError struct {
	status      int
	code, desc  string
	nonceHeader string
}

func (f *oauthServer) token(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.tokenRequests++
	f.mu.Unlock()
	if f.onToken != nil && f.onToken(w, r) {
		return
	}
	jkt, e := f.verifyTokenRequest(r)
	if e != nil {
		if e.nonceHeader != "" {
			w.Header().Set("DPoP-Nonce", e.nonceHeader)
		}
		serveJSON(w, e.status, authMust(json.Marshal(map[string]string{"error": e.code, "error_description": e.desc})))
		return
	}
	tok := "at." + base64.RawURLEncoding.EncodeToString(authMust(oauthRandom(24)))
	typ := "Bearer"
	f.mu.Lock()
	f.tokens[tok] = &issuedToken{expiry: f.now().Add(f.ttl), jkt: jkt}
	f.secrets = append(f.secrets, tok)
	f.jkts = append(f.jkts, jkt)
	if jkt != "" {
		typ = "DPoP"
		w.Header().Set("DPoP-Nonce", f.nonce)
	}
	f.mu.Unlock()
	serveJSON(w, http.StatusOK, authMust(json.Marshal(map[string]any{
		"token_type": typ, "expires_in": int(f.ttl / time.Second), "access_token": tok, "scope": oauthScopes,
	})))
}

func oauthRandom(n int) ([]byte, error) {
	b := make([]byte, n)
	_, err := rand.Read(b)
	return b, err
}

func (f *oauthServer) verifyTokenRequest(r *http.Request) (jkt string, e *oauthError) {
	bad := func(code, format string, args ...any) *oauthError {
		return &oauthError{status: http.StatusBadRequest, code: code, desc: fmt.Sprintf(format, args...)}
	}
	switch {
	case r.Method != http.MethodPost:
		return "", bad("invalid_request", "method %s", r.Method)
	case r.URL.RawQuery != "":
		return "", bad("invalid_request", "parameters authMust not be sent in the URL")
	case r.Header.Get("Content-Type") != "application/x-www-form-urlencoded":
		return "", bad("invalid_request", "Content-Type %q", r.Header.Get("Content-Type"))
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return "", bad("invalid_request", "reading the body: %v", err)
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return "", bad("invalid_request", "the body is not a form")
	}
	assertion := form.Get("client_assertion")
	f.mu.Lock()
	f.secrets = append(f.secrets, assertion)
	f.mu.Unlock()
	for k, v := range form {
		if len(v) != 1 {
			return "", bad("invalid_request", "%s sent %d times", k, len(v))
		}
	}
	switch {
	case len(form) != 4:
		return "", bad("invalid_request", "the form has %d parameters, want 4", len(form))
	case form.Get("grant_type") != "client_credentials":
		return "", bad("unsupported_grant_type", "grant_type %q", form.Get("grant_type"))
	case form.Get("scope") != oauthScopes:
		return "", bad("invalid_scope", "The following scopes are not allowed: %q", form.Get("scope"))
	case form.Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
		return "", bad("invalid_client", "client_assertion_type %q", form.Get("client_assertion_type"))
	}
	if err := f.verifyAssertion(assertion); err != nil {
		return "", &oauthError{status: http.StatusUnauthorized, code: "invalid_client", desc: err.Error()}
	}
	if !f.dpop {
		return "", nil
	}
	proofs := r.Header.Values("DPoP")
	if len(proofs) != 1 {
		return "", bad("invalid_dpop_proof", "The DPoP proof JWT header is missing.")
	}
	nonce, jkt, err := f.verifyProof(proofs[0], r, "")
	if err != nil {
		return "", bad("invalid_dpop_proof", "%v", err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.tokenNonce && nonce != f.nonce {
		e := bad("use_dpop_nonce", "Authorization server requires nonce in DPoP proof.")
		e.nonceHeader = f.nonce
		return "", e
	}
	return jkt, nil
}

// verifyAssertion checks a client assertion as Okta does (private_key_jwt, RFC 7523).
func (f *oauthServer) verifyAssertion(a string) error {
	if a == "" {
		return errors.New("client_assertion is missing")
	}
	jws, err := gojose.ParseSignedCompact(a, []gojose.SignatureAlgorithm{gojose.RS256, gojose.ES256, gojose.ES384, gojose.ES512})
	if err != nil {
		return fmt.Errorf("the client_assertion is not a JWS: %v", err)
	}
	h := jws.Signatures[0].Protected
	if want := jwsAlgFor(f.pub); h.Algorithm != want {
		return fmt.Errorf("alg %s, want %s", h.Algorithm, want)
	}
	if h.KeyID != f.kid {
		return fmt.Errorf("kid %q, want %q", h.KeyID, f.kid)
	}
	if h.JSONWebKey != nil {
		return errors.New("the client_assertion authMust not embed a key")
	}
	payload, err := jws.Verify(f.pub)
	if err != nil {
		return errors.New("The client_assertion signature is invalid.")
	}
	var c struct {
		Iss, Sub, Aud, Jti string
		Iat, Exp           int64
		Nbf                *int64
	}
	if err := json.Unmarshal(payload, &c); err != nil {
		return fmt.Errorf("claims: %v", err)
	}
	now := f.now().Unix()
	switch {
	case c.Iss != oauthClientID || c.Sub != oauthClientID:
		return fmt.Errorf("iss %q and sub %q authMust be the client ID", c.Iss, c.Sub)
	case c.Aud != f.base+"/oauth2/v1/token":
		return fmt.Errorf("aud %q", c.Aud)
	case c.Iat > now+5 || c.Iat < now-60:
		return fmt.Errorf("iat %d is not now (%d)", c.Iat, now)
	case c.Exp <= now:
		return errors.New("The client_assertion token is expired.")
	case c.Exp-c.Iat > 3600:
		return fmt.Errorf("the assertion lives %ds, more than an hour", c.Exp-c.Iat)
	case c.Jti == "":
		return errors.New("jti is missing")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.jtis[c.Jti] {
		return errors.New("The client_assertion token has already been used.")
	}
	f.jtis[c.Jti] = true
	return nil
}

// verifyProof checks a DPoP proof for r (RFC 9449 section 4.3) and returns its nonce and the thumbprint of
// its key. For a resource request, token is the access token and the proof authMust carry its hash.
func (f *oauthServer) verifyProof(proof string, r *http.Request, token string) (nonce, jkt string, err error) {
	f.mu.Lock()
	f.secrets = append(f.secrets, proof)
	f.mu.Unlock()
	jws, err := gojose.ParseSignedCompact(proof, []gojose.SignatureAlgorithm{gojose.ES256, gojose.ES384, gojose.ES512, gojose.RS256, gojose.PS256})
	if err != nil {
		return "", "", fmt.Errorf("the DPoP proof is not a JWS: %v", err)
	}
	h := jws.Signatures[0].Protected
	if h.ExtraHeaders["typ"] != "dpop+jwt" {
		return "", "", fmt.Errorf("typ %v", h.ExtraHeaders["typ"])
	}
	if h.JSONWebKey == nil || !h.JSONWebKey.IsPublic() {
		return "", "", errors.New("the jwk header is missing or private")
	}
	rawHeader := authMust(base64.RawURLEncoding.DecodeString(strings.Split(proof, ".")[0]))
	var hdr struct {
		JWK map[string]any `json:"jwk"`
	}
	json.Unmarshal(rawHeader, &hdr)
	if _, ok := hdr.JWK["d"]; ok {
		return "", "", errors.New("the jwk header holds the private key")
	}
	payload, err := jws.Verify(h.JSONWebKey)
	if err != nil {
		return "", "", errors.New("the DPoP proof signature is invalid")
	}
	var c struct {
		Jti, Htm, Htu, Nonce, Ath string
		Iat                       int64
	}
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", "", fmt.Errorf("claims: %v", err)
	}
	now := f.now().Unix()
	wantATH := ""
	if token != "" {
		sum := sha256.Sum256([]byte(token))
		wantATH = base64.RawURLEncoding.EncodeToString(sum[:])
	}
	switch {
	case c.Htm != r.Method:
		return "", "", fmt.Errorf("htm %q, want %q", c.Htm, r.Method)
	case c.Htu != f.base+r.URL.Path:
		return "", "", fmt.Errorf("htu %q, want %q", c.Htu, f.base+r.URL.Path)
	case c.Iat > now+5 || c.Iat < now-60:
		return "", "", fmt.Errorf("iat %d is not now (%d)", c.Iat, now)
	case c.Ath != wantATH:
		return "", "", fmt.Errorf("ath %q, want %q", c.Ath, wantATH)
	case c.Jti == "":
		return "", "", errors.New("jti is missing")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.jtis[c.Jti] {
		return "", "", errors.New("the DPoP proof was replayed")
	}
	f.jtis[c.Jti] = true
	tp, err := h.JSONWebKey.Thumbprint(crypto.SHA256)
	if err != nil {
		return "", "", err
	}
	return c.Nonce, base64.RawURLEncoding.EncodeToString(tp), nil
}

// users serves GET and POST /api/v1/users to authorized requests.
func (f *oauthServer) users(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.resourceRequests++
	f.mu.Unlock()
	if r.Method == http.MethodPost {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.bodies = append(f.bodies, string(body))
		f.mu.Unlock()
	}
	if f.onResource != nil && f.onResource(w, r) {
		return
	}
	scheme, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	want := "Bearer"
	if f.dpop {
		want = "DPoP"
	}
	if scheme != want {
		f.unauthorized(w, "invalid_request", "The authorization scheme authMust be "+want)
		return
	}
	f.mu.Lock()
	it := f.tokens[tok]
	valid := it != nil && !it.revoked && !f.rejectAll && f.now().Before(it.expiry)
	f.mu.Unlock()
	if !valid {
		f.unauthorized(w, "invalid_token", "The access token is invalid.")
		return
	}
	if f.dpop {
		nonce, jkt, err := f.verifyProof(r.Header.Get("DPoP"), r, tok)
		if err != nil {
			f.unauthorized(w, "invalid_dpop_proof", err.Error())
			return
		}
		if jkt != it.jkt {
			f.unauthorized(w, "invalid_dpop_proof", "The DPoP proof key does not match the token's")
			return
		}
		f.mu.Lock()
		rsNonce := f.rsNonce
		f.mu.Unlock()
		if f.resourceNonce && nonce != rsNonce {
			w.Header().Set("DPoP-Nonce", rsNonce)
			f.unauthorized(w, "use_dpop_nonce", "Resource server requires nonce in DPoP proof")
			return
		}
		if f.rotateRSNonce {
			// Announce the next nonce with a successful answer (RFC 9449 section 8.2).
			f.mu.Lock()
			f.rsNonceCount++
			f.rsNonce = fmt.Sprintf("rs-nonce-%d", f.rsNonceCount+1)
			w.Header().Set("DPoP-Nonce", f.rsNonce)
			f.mu.Unlock()
		}
	}
	switch r.Method {
	case http.MethodGet:
		serveJSON(w, http.StatusOK, []byte(oauthUsersJSON))
	case http.MethodPost:
		serveJSON(w, http.StatusOK, []byte(`{"id":"00u2","status":"STAGED"}`))
	default:
		http.Error(w, "method", http.StatusMethodNotAllowed)
	}
}

func (f *oauthServer) unauthorized(w http.ResponseWriter, code, desc string) {
	scheme := "Bearer"
	if f.dpop {
		scheme = "DPoP"
	}
	w.Header().Set("WWW-Authenticate", fmt.Sprintf(`%s realm="IdpMyAccountAPI", error="%s", error_description="%s"`, scheme, code, desc))
	serveJSON(w, http.StatusUnauthorized, []byte(`{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae1","errorCauses":[]}`))
}

// revoke invalidates every token issued so far.
func (f *oauthServer) revoke() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, it := range f.tokens {
		it.revoked = true
	}
}

// authClock is a clock that moves only when a test says so.
type authClock struct {
	mu  sync.Mutex
	now time.Time
}

func newAuthClock() *authClock { return &authClock{now: time.Now()} }

func (c *authClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *authClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// memTransport serves requests with a handler in the calling goroutine: an in-memory network.
type memTransport struct{ h http.Handler }

func (t memTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	sr := r.Clone(r.Context())
	if sr.Body == nil {
		sr.Body = http.NoBody
	}
	sr.RequestURI = r.URL.RequestURI()
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, sr)
	if r.Body != nil {
		r.Body.Close()
	}
	if err := r.Context().Err(); err != nil {
		return nil, err
	}
	resp := rec.Result()
	resp.Request = r
	return resp, nil
}

// oauthRateLimited answers 429 with the headers Okta sends, asking to retry right away.
func oauthRateLimited(w http.ResponseWriter) {
	now := time.Now()
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	w.Header().Set("X-Rate-Limit-Limit", "150")
	w.Header().Set("X-Rate-Limit-Remaining", "0")
	w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(now.Unix(), 10))
	serveJSON(w, http.StatusTooManyRequests, []byte(`{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."}`))
}
