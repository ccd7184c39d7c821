package oktatest

import (
	"crypto"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// serviceApp is an OAuth 2.0 client registered with WithServiceApp.
type serviceApp struct {
	clientID    string
	key         crypto.PublicKey
	scopes      []string
	requireDPoP bool
}

// accessToken is an access token the server issued.
type accessToken struct {
	clientID string
	scopes   []string
	expires  time.Time
	jkt      string // the thumbprint of the DPoP key the token is bound to, if any
}

// oauthState is the token endpoint's state. It has its own lock: the API only reads it.
type oauthState struct {
	mu       sync.Mutex
	apps     map[string]*serviceApp
	tokens   map[string]*accessToken
	usedJTIs map[string]time.Time // client assertion and DPoP proof IDs seen, until they expire
	nonce    string
	lifetime time.Duration
}

func newOAuthState(cfg *config) *oauthState {
	st := &oauthState{apps: map[string]*serviceApp{}, tokens: map[string]*accessToken{}, usedJTIs: map[string]time.Time{},
		lifetime: cfg.tokenLifetime}
	for _, a := range cfg.serviceApps {
		st.apps[a.clientID] = &a
	}
	for _, id := range cfg.dpopRequired {
		if a := st.apps[id]; a != nil {
			a.requireDPoP = true
		}
	}
	return st
}

// assertionAlgorithms are the signature algorithms Okta accepts for client assertions and DPoP proofs.
var assertionAlgorithms = []jose.SignatureAlgorithm{
	jose.RS256, jose.RS384, jose.RS512, jose.PS256, jose.PS384, jose.PS512, jose.ES256, jose.ES384, jose.ES512, jose.EdDSA,
}

// oauthError is an error of the token endpoint, in the OAuth 2.0 model.
type oauthError struct {
	status      int
	code, desc  string
	nonceHeader string
}

func (s *Server) writeOAuthError(w http.ResponseWriter, e *oauthError) {
	if e.nonceHeader != "" {
		w.Header().Set("DPoP-Nonce", e.nonceHeader)
	}
	writeJSON(w, e.status, map[string]string{"error": e.code, "error_description": e.desc})
}

func invalidClient(format string, args ...any) *oauthError {
	return &oauthError{status: http.StatusUnauthorized, code: "invalid_client", desc: fmt.Sprintf(format, args...)}
}

func invalidRequest(format string, args ...any) *oauthError {
	return &oauthError{status: http.StatusBadRequest, code: "invalid_request", desc: fmt.Sprintf(format, args...)}
}

// token is POST /oauth2/v1/token: the client credentials grant with a private_key_jwt client assertion.
func (s *Server) token(w http.ResponseWriter, r *http.Request, now time.Time) {
	w.Header().Set("Pragma", "no-cache")
	if err := r.ParseForm(); err != nil {
		s.writeOAuthError(w, invalidRequest("The request body is not a valid form."))
		return
	}
	tok, oerr := s.oauth.issue(r, s.URL, now)
	if oerr != nil {
		s.writeOAuthError(w, oerr)
		return
	}
	writeJSON(w, http.StatusOK, tok)
}

type tokenResponse struct {
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
	AccessToken string `json:"access_token"`
	Scope       string `json:"scope"`
}

func (st *oauthState) issue(r *http.Request, orgURL string, now time.Time) (*tokenResponse, *oauthError) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.forgetExpired(now)
	if gt := r.PostForm.Get("grant_type"); gt != "client_credentials" {
		return nil, &oauthError{status: http.StatusBadRequest, code: "unsupported_grant_type",
			desc: fmt.Sprintf("The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials]. Requested: %q.", gt)}
	}
	if r.PostForm.Get("client_secret") != "" {
		return nil, invalidClient("Client authentication with a client secret is not supported: use private_key_jwt.")
	}
	if r.PostForm.Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" {
		return nil, invalidClient("The client_assertion_type is invalid: it must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.")
	}
	assertion := r.PostForm.Get("client_assertion")
	if assertion == "" {
		return nil, invalidClient("The client_assertion is missing.")
	}
	parsed, err := jwt.ParseSigned(assertion, assertionAlgorithms)
	if err != nil {
		return nil, invalidClient("The client_assertion is not a valid signed JWT.")
	}
	var unverified jwt.Claims
	if err := parsed.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return nil, invalidClient("The client_assertion is not a valid signed JWT.")
	}
	clientID := r.PostForm.Get("client_id")
	if clientID == "" {
		clientID = unverified.Issuer
	}
	app := st.apps[clientID]
	if app == nil {
		return nil, invalidClient("The client_id %q is invalid.", clientID)
	}
	var claims jwt.Claims
	if err := parsed.Claims(app.key, &claims); err != nil {
		return nil, invalidClient("The client_assertion signature is invalid.")
	}
	aud := orgURL + "/oauth2/v1/token"
	switch {
	case claims.Issuer != app.clientID || claims.Subject != app.clientID:
		return nil, invalidClient("The client_assertion's iss and sub claims must both be the client_id.")
	case !claims.Audience.Contains(aud):
		return nil, invalidClient("The audience claim for client_assertion must be the endpoint invoked for the request: %s.", aud)
	case claims.Expiry == nil:
		return nil, invalidClient("The client_assertion has no expiration time (exp).")
	case !now.Before(claims.Expiry.Time()):
		return nil, invalidClient("The client_assertion token is expired.")
	case claims.Expiry.Time().After(now.Add(time.Hour + time.Minute)):
		return nil, invalidClient("The client_assertion token has an expiration too far in the future.")
	case claims.IssuedAt != nil && claims.IssuedAt.Time().After(now.Add(time.Minute)):
		return nil, invalidClient("The client_assertion was issued in the future (iat).")
	case claims.NotBefore != nil && claims.NotBefore.Time().After(now.Add(time.Minute)):
		return nil, invalidClient("The client_assertion is not valid yet (nbf).")
	case claims.ID == "":
		return nil, invalidClient("The client_assertion has no jti claim.")
	}
	if _, used := st.usedJTIs["assertion:"+claims.ID]; used {
		return nil, invalidClient("The client_assertion token has already been used (jti %q).", claims.ID)
	}

	scopes := strings.Fields(r.PostForm.Get("scope"))
	if len(scopes) == 0 {
		return nil, &oauthError{status: http.StatusBadRequest, code: "invalid_scope",
			desc: "The authorization server resource does not have any configured default scopes, 'scope' must be provided."}
	}
	var denied []string
	for _, sc := range scopes {
		if !slices.Contains(app.scopes, sc) {
			denied = append(denied, sc)
		}
	}
	if len(denied) > 0 {
		return nil, &oauthError{status: http.StatusBadRequest, code: "invalid_scope",
			desc: "The following scopes are not allowed: " + strings.Join(denied, ", ")}
	}

	resp := &tokenResponse{TokenType: "Bearer", ExpiresIn: int(st.lifetime / time.Second), Scope: strings.Join(scopes, " ")}
	at := &accessToken{clientID: app.clientID, scopes: scopes, expires: now.Add(st.lifetime)}
	if proof := r.Header.Get("DPoP"); proof != "" || app.requireDPoP {
		if proof == "" {
			return nil, &oauthError{status: http.StatusBadRequest, code: "invalid_dpop_proof", desc: "The DPoP proof JWT header is missing."}
		}
		jkt, oerr := st.checkProof(proof, http.MethodPost, aud, "", true, now)
		if oerr != nil {
			return nil, oerr
		}
		at.jkt, resp.TokenType = jkt, "DPoP"
	}
	st.usedJTIs["assertion:"+claims.ID] = claims.Expiry.Time()
	resp.AccessToken = randomToken()
	st.tokens[resp.AccessToken] = at
	return resp, nil
}

// forgetExpired drops the used JTIs and tokens that have expired.
func (st *oauthState) forgetExpired(now time.Time) {
	for k, exp := range st.usedJTIs {
		if now.After(exp) {
			delete(st.usedJTIs, k)
		}
	}
	for k, t := range st.tokens {
		if now.After(t.expires) {
			delete(st.tokens, k)
		}
	}
}

// dpopProofClaims are the claims of a DPoP proof (RFC 9449).
type dpopProofClaims struct {
	jwt.Claims
	HTM   string `json:"htm"`
	HTU   string `json:"htu"`
	ATH   string `json:"ath"`
	Nonce string `json:"nonce"`
}

// checkProof verifies a DPoP proof for a request with method and URL (no query): signed by the key in its own
// header, typ dpop+jwt, fresh, never seen before, with the server's nonce at the token endpoint, and with the
// hash of the access token at the API. It returns the key's thumbprint.
func (st *oauthState) checkProof(proof, method, u, accessToken string, tokenEndpoint bool, now time.Time) (string, *oauthError) {
	bad := func(desc string) (string, *oauthError) {
		return "", &oauthError{status: http.StatusBadRequest, code: "invalid_dpop_proof", desc: desc}
	}
	sig, err := jose.ParseSignedCompact(proof, assertionAlgorithms)
	if err != nil || len(sig.Signatures) != 1 {
		return bad("The DPoP proof is not a valid signed JWT.")
	}
	hdr := sig.Signatures[0].Protected
	if typ, _ := hdr.ExtraHeaders[jose.HeaderType].(string); typ != "dpop+jwt" {
		return bad("The DPoP proof's typ header must be dpop+jwt.")
	}
	if hdr.JSONWebKey == nil || !hdr.JSONWebKey.IsPublic() {
		return bad("The DPoP proof's jwk header must be a public key.")
	}
	payload, err := sig.Verify(hdr.JSONWebKey)
	if err != nil {
		return bad("The DPoP proof signature is invalid.")
	}
	var c dpopProofClaims
	if err := json.Unmarshal(payload, &c); err != nil {
		return bad("The DPoP proof's claims are malformed.")
	}
	switch {
	case !strings.EqualFold(c.HTM, method):
		return bad("The DPoP proof's htm claim does not match the request method.")
	case c.HTU != u:
		return bad("The DPoP proof's htu claim does not match the request URL.")
	case c.IssuedAt == nil || c.IssuedAt.Time().Before(now.Add(-5*time.Minute)) || c.IssuedAt.Time().After(now.Add(time.Minute)):
		return bad("The DPoP proof's iat claim is missing or not recent.")
	case c.ID == "":
		return bad("The DPoP proof has no jti claim.")
	}
	if _, used := st.usedJTIs["dpop:"+c.ID]; used {
		return bad("The DPoP proof has already been used.")
	}
	if tokenEndpoint {
		if st.nonce == "" {
			st.nonce = randomToken()
		}
		if c.Nonce != st.nonce {
			return "", &oauthError{status: http.StatusBadRequest, code: "use_dpop_nonce",
				desc: "Authorization server requires nonce in DPoP proof.", nonceHeader: st.nonce}
		}
	} else {
		sum := sha256.Sum256([]byte(accessToken))
		if c.ATH != base64.RawURLEncoding.EncodeToString(sum[:]) {
			return bad("The DPoP proof's ath claim does not match the access token.")
		}
	}
	tp, err := hdr.JSONWebKey.Thumbprint(crypto.SHA256)
	if err != nil {
		return bad("The DPoP proof's jwk header is not a supported key.")
	}
	st.usedJTIs["dpop:"+c.ID] = c.IssuedAt.Time().Add(10 * time.Minute)
	return base64.RawURLEncoding.EncodeToString(tp), nil
}

func randomToken() string {
	return newIDGen().random(48)
}

// principal is who a request authenticated as.
type principal struct {
	apiToken bool
	scopes   []string
	scheme   string
}

// allow checks that the principal may call an operation guarded by the scope family (okta.users, ...) with
// method: an API token may do anything, an access token needs <family>.read for GET and <family>.manage for
// everything.
func (p *principal) allow(family, method string) *apiError {
	if p.apiToken || family == "" {
		return nil
	}
	manage := family + ".manage"
	if slices.Contains(p.scopes, manage) {
		return nil
	}
	read := family + ".read"
	if (method == http.MethodGet || method == http.MethodHead) && slices.Contains(p.scopes, read) {
		return nil
	}
	need := manage
	if method == http.MethodGet || method == http.MethodHead {
		need = read
	}
	e := errForbidden("The access token does not grant the scope " + need + ".")
	e.header = http.Header{"Www-Authenticate": {fmt.Sprintf(
		`%s error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", scope=%q`,
		p.scheme, need)}}
	return e
}

// authenticate checks the request's credentials: the API token, or an access token the server issued
// (Bearer, or DPoP with a valid proof).
func (s *Server) authenticate(r *http.Request, now time.Time) (*principal, *apiError) {
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		return &principal{apiToken: true}, nil
	}
	scheme, cred, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	cred = strings.TrimSpace(cred)
	invalid := func(desc string) *apiError {
		e := errInvalidToken()
		if scheme == "Bearer" || scheme == "DPoP" {
			e.header = http.Header{"Www-Authenticate": {fmt.Sprintf(`%s error="invalid_token", error_description=%q`, scheme, desc)}}
		}
		return e
	}
	switch scheme {
	case "SSWS":
		if cred != "" && subtle.ConstantTimeCompare([]byte(cred), []byte(s.Token)) == 1 {
			return &principal{apiToken: true}, nil
		}
		return nil, errInvalidToken()
	case "Bearer", "DPoP":
		st := s.oauth
		st.mu.Lock()
		defer st.mu.Unlock()
		at := st.tokens[cred]
		if at == nil || !now.Before(at.expires) {
			return nil, invalid("The access token is invalid or has expired.")
		}
		if scheme == "Bearer" && at.jkt != "" {
			return nil, invalid("The access token is bound to a DPoP key: send it with the DPoP scheme and a DPoP proof.")
		}
		if scheme == "DPoP" {
			if at.jkt == "" {
				return nil, invalid("The access token is not DPoP-bound: send it with the Bearer scheme.")
			}
			u := s.URL + r.URL.EscapedPath()
			jkt, oerr := st.checkProof(r.Header.Get("DPoP"), r.Method, u, cred, false, now)
			if oerr != nil {
				return nil, invalid(oerr.desc)
			}
			if jkt != at.jkt {
				return nil, invalid("The DPoP proof was signed by another key than the one the access token is bound to.")
			}
		}
		return &principal{scopes: at.scopes, scheme: scheme}, nil
	}
	return nil, errInvalidToken()
}
