package okta

import (
	"bytes"
	"context"
	"crypto"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-retryablehttp"
	"golang.org/x/oauth2"

	"github.com/oktakit/okta/internal/jose"
)

// credentials applies one authorization scheme to outgoing requests.
type credentials interface {
	// authorize sets the request's Authorization header, and any proof the scheme needs. It is called for
	// every attempt, retries included; st carries what the earlier attempts of one round trip learnt.
	authorize(req *http.Request, st *authState) error
	// retry reports whether resp, the answer to req, asks for req to be sent again with fresh credentials: an
	// expired or revoked token, a DPoP nonce challenge. It reads resp's headers only.
	retry(req *http.Request, resp *http.Response, st *authState) bool
	// identity names the credential in cache keys without revealing it.
	identity() string
}

// authState is what one round trip through authTransport remembers between its attempts.
type authState struct {
	token        *accessToken // the token the last attempt carried
	fetched      bool         // that token was fetched for this round trip rather than taken from the cache
	refreshed    bool         // a 401 already made the round trip drop a token and try again
	nonceRetries int          // how many DPoP nonce challenges were answered
}

// oauthSettings is what the OAuth options set.
type oauthSettings struct {
	clientID     string
	privateKey   []byte
	signer       crypto.Signer
	keyID        string
	scopes       []string
	tokenSource  oauth2.TokenSource
	dpop         bool
	dpopRotation time.Duration
}

// WithPrivateKey authenticates as an OAuth 2.0 service app: the client signs a JWT client assertion with
// privateKey and exchanges it at the org's token endpoint ({orgURL}/oauth2/v1/token) for access tokens with
// the given scopes (e.g. "okta.users.read"), which it caches and renews before they expire.
//
// The key may be PEM (PKCS#1 "RSA PRIVATE KEY", PKCS#8 "PRIVATE KEY" holding RSA or EC, SEC1 "EC PRIVATE
// KEY") or a JWK JSON object, as Okta's admin console generates it; indented PEM and PEM whose line breaks
// were written as literal \n (as in environment variables) are fine. RSA keys sign with RS256, EC keys with
// ES256, ES384 or ES512 by curve. A JWK's kid is sent in the assertion's header unless WithKeyID says
// otherwise. [ParsePrivateKey] checks a key the same way without building a client.
func WithPrivateKey(clientID string, privateKey []byte, scopes ...string) Option {
	return func(s *settings) error {
		if len(bytes.TrimSpace(privateKey)) == 0 {
			return errors.New("okta: WithPrivateKey: the private key is empty")
		}
		s.oauth.clientID = clientID
		s.oauth.privateKey = privateKey
		s.oauth.scopes = scopes
		return nil
	}
}

// WithKeyID sets the kid header of the client assertion: the ID Okta shows for the public key registered with
// the service app. It overrides the kid of a JWK private key and the kid passed to WithSigner.
func WithKeyID(kid string) Option {
	return func(s *settings) error {
		s.oauth.keyID = strings.TrimSpace(kid)
		return nil
	}
}

// WithSigner authenticates as an OAuth 2.0 service app, like WithPrivateKey, whose private key is held by
// signer: a key in a KMS or HSM, RSA (at least 2048 bits) or ECDSA (P-256, P-384, P-521). kid, if not empty,
// is sent in the assertion's header.
func WithSigner(clientID string, signer crypto.Signer, kid string, scopes ...string) Option {
	return func(s *settings) error {
		if signer == nil {
			return errors.New("okta: WithSigner: the signer is nil")
		}
		s.oauth.clientID = clientID
		s.oauth.signer = signer
		s.oauth.keyID = strings.TrimSpace(kid)
		s.oauth.scopes = scopes
		return nil
	}
}

// WithTokenSource authenticates with access tokens from ts, sent as "Authorization: Bearer <token>". ts is
// asked for a token before every request, so it should cache them (oauth2.ReuseTokenSource does).
func WithTokenSource(ts oauth2.TokenSource) Option {
	return func(s *settings) error {
		if ts == nil {
			return errors.New("okta: WithTokenSource: the token source is nil")
		}
		s.oauth.tokenSource = ts
		return nil
	}
}

// WithDPoP binds the service app's access tokens to a key pair the client holds (RFC 9449, Demonstrating
// Proof of Possession): a stolen token is useless without the key. The service app must have "Require DPoP"
// turned on; it works with WithPrivateKey and WithSigner only. Every token request and API call then carries
// a signed proof, and the client answers the servers' nonce challenges. The key pair (EC P-256) lives in
// memory and is replaced as WithDPoPKeyRotation says.
func WithDPoP() Option {
	return func(s *settings) error {
		s.oauth.dpop = true
		return nil
	}
}

// WithDPoPKeyRotation sets how long the client keeps one DPoP key pair (DefaultDPoPKeyRotation if unset). The
// key is replaced when the client next asks for an access token after d has passed, so a token and the
// proofs sent with it always use the same key.
func WithDPoPKeyRotation(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return fmt.Errorf("okta: WithDPoPKeyRotation: %v is not positive", d)
		}
		s.oauth.dpopRotation = d
		return nil
	}
}

// ParsePrivateKey parses a service app's private key as WithPrivateKey accepts it: PEM (PKCS#1, PKCS#8 or
// SEC1; indented, CRLF or with literal \n escapes) or a JWK JSON object. It returns the key and the JWK's kid
// (empty for PEM). The error says what is wrong with the key (encrypted, public, too short, an unsupported
// curve, ...) and never quotes it.
func ParsePrivateKey(data []byte) (crypto.Signer, string, error) {
	key, kid, err := jose.ParsePrivateKey(data)
	if err != nil {
		return nil, "", fmt.Errorf("okta: %w", err)
	}
	return key, kid, nil
}

// newCredentials picks the credentials the settings ask for. Exactly one kind must be configured. rc is the
// client's retrying HTTP client; it must still have its base transport, without authTransport, since the
// OAuth token requests go through a copy of it.
func newCredentials(s *settings, org *url.URL, rc *retryablehttp.Client) (credentials, error) {
	o := &s.oauth
	var kinds []string
	if s.apiToken != "" {
		kinds = append(kinds, "WithAPIToken")
	}
	if s.bearerToken != "" {
		kinds = append(kinds, "WithBearerToken")
	}
	if o.privateKey != nil {
		kinds = append(kinds, "WithPrivateKey")
	}
	if o.signer != nil {
		kinds = append(kinds, "WithSigner")
	}
	if o.tokenSource != nil {
		kinds = append(kinds, "WithTokenSource")
	}
	switch len(kinds) {
	case 0:
		return nil, errors.New("okta: no credentials: use WithAPIToken, WithPrivateKey, WithSigner, WithBearerToken or WithTokenSource (or OKTA_CLIENT_TOKEN)")
	case 1:
	default:
		return nil, fmt.Errorf("okta: more than one kind of credentials configured (%s): choose one", strings.Join(kinds, ", "))
	}
	kind := kinds[0]
	if o.dpop && o.privateKey == nil && o.signer == nil {
		return nil, fmt.Errorf("okta: WithDPoP works with WithPrivateKey or WithSigner only, not %s: the client must request the tokens itself to bind them to its key", kind)
	}
	switch kind {
	case "WithAPIToken":
		return staticToken{scheme: "SSWS", token: newSecret(s.apiToken)}, nil
	case "WithBearerToken":
		return staticToken{scheme: "Bearer", token: newSecret(s.bearerToken)}, nil
	case "WithTokenSource":
		return &sourceCredentials{ts: o.tokenSource, id: hashIdentity("token source", jose.NewID())}, nil
	}
	return newTokenCredentials(kind, s, org, rc)
}

// newTokenCredentials sets up private-key OAuth (WithPrivateKey or WithSigner, named by kind).
func newTokenCredentials(kind string, s *settings, org *url.URL, rc *retryablehttp.Client) (*tokenCredentials, error) {
	o := &s.oauth
	clientID := strings.TrimSpace(o.clientID)
	if clientID == "" {
		return nil, fmt.Errorf("okta: %s: the client ID is empty: pass the service app's client ID (0oa...)", kind)
	}
	var scopes []string
	for _, sc := range o.scopes {
		scopes = append(scopes, strings.Fields(sc)...) // "a b" from a config file counts as two scopes
	}
	if len(scopes) == 0 {
		return nil, fmt.Errorf("okta: %s: no scopes: name the scopes granted to the service app, e.g. okta.users.read", kind)
	}
	key, kid := o.signer, o.keyID
	if o.privateKey != nil {
		k, jwkKID, err := jose.ParsePrivateKey(o.privateKey)
		if err != nil {
			return nil, fmt.Errorf("okta: WithPrivateKey: %w", err)
		}
		key = k
		if kid == "" {
			kid = jwkKID
		}
	}
	assertion, err := jose.NewSigner(key, jose.Header{Type: "JWT", KeyID: kid})
	if err != nil {
		return nil, fmt.Errorf("okta: %s: %w", kind, err)
	}
	ts := &tokenSource{
		clientID:  clientID,
		scope:     strings.Join(scopes, " "),
		endpoint:  org.JoinPath("/oauth2/v1/token"),
		assertion: assertion,
		userAgent: userAgent(s.userAgent),
		now:       time.Now,
		logger:    s.logger,
	}
	if ts.logger == nil {
		ts.logger = slog.New(slog.DiscardHandler)
	}
	if o.dpop {
		ts.dpop = newDPoP(o.dpopRotation)
	}
	base := rc.HTTPClient.Transport
	if at, ok := base.(*authTransport); ok {
		base = at.base // token requests must not wait for a token
	}
	ts.http = tokenClient(rc, &tokenTransport{base: base, src: ts})
	return &tokenCredentials{src: ts, id: hashIdentity("oauth", org.String(), clientID, ts.scope)}, nil
}

// tokenClient returns a copy of rc, with its retry policy, backoff and logging, whose HTTP client sends
// through t.
func tokenClient(rc *retryablehttp.Client, t http.RoundTripper) *retryablehttp.Client {
	hc := *rc.HTTPClient // keep the caller's Timeout, Jar and CheckRedirect
	hc.Transport = t
	return &retryablehttp.Client{
		HTTPClient:      &hc,
		Logger:          rc.Logger,
		RetryWaitMin:    rc.RetryWaitMin,
		RetryWaitMax:    rc.RetryWaitMax,
		RetryMax:        rc.RetryMax,
		RequestLogHook:  rc.RequestLogHook,
		ResponseLogHook: rc.ResponseLogHook,
		CheckRetry:      rc.CheckRetry,
		Backoff:         rc.Backoff,
		ErrorHandler:    rc.ErrorHandler,
		PrepareRetry:    rc.PrepareRetry,
	}
}

// secret holds a credential so that fmt never prints it: fmt shows a func as an address whatever the verb
// and however deep it finds it, while it prints the strings and the structs behind pointers that it meets
// in unexported fields (fmt.Sprintf("%+v", client) would show a plain string field).
type secret func() string

func newSecret(s string) secret { return func() string { return s } }

// staticToken is an API token (SSWS) or an access token obtained elsewhere (Bearer).
type staticToken struct {
	scheme string
	token  secret
}

func (t staticToken) authorize(req *http.Request, _ *authState) error {
	req.Header.Set("Authorization", t.scheme+" "+t.token())
	return nil
}

func (staticToken) retry(*http.Request, *http.Response, *authState) bool { return false }

func (t staticToken) identity() string { return hashIdentity(t.scheme, t.token()) }

// hashIdentity derives a stable, non-secret name for a credential.
func hashIdentity(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// sourceCredentials sends the tokens of a caller's oauth2.TokenSource.
type sourceCredentials struct {
	ts oauth2.TokenSource
	id string
}

func (c *sourceCredentials) authorize(req *http.Request, _ *authState) error {
	if err := req.Context().Err(); err != nil {
		return err
	}
	tok, err := c.ts.Token()
	if err != nil {
		return fmt.Errorf("okta: the token source failed: %w", err)
	}
	if tok == nil || tok.AccessToken == "" {
		return errors.New("okta: the token source returned no access token")
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	return nil
}

// retry is false: a caller's token source cannot be told that its token was refused.
func (c *sourceCredentials) retry(*http.Request, *http.Response, *authState) bool { return false }

func (c *sourceCredentials) identity() string { return c.id }

// tokenCredentials sends the access tokens the client obtains with its private key, bound to its DPoP key
// when DPoP is on.
type tokenCredentials struct {
	src *tokenSource
	id  string
}

func (c *tokenCredentials) authorize(req *http.Request, st *authState) error {
	tok, fetched, err := c.src.token(req.Context())
	if err != nil {
		return err
	}
	st.token, st.fetched = tok, fetched
	if tok.key == nil {
		req.Header.Set("Authorization", "Bearer "+tok.value)
		return nil
	}
	proof, err := c.src.dpop.proof(tok.key, req.Method, req.URL, tok.value, c.src.now())
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "DPoP "+tok.value)
	req.Header.Set("DPoP", proof)
	return nil
}

// retry answers a DPoP nonce challenge (at most maxNonceRetries times) and a 401 to a request made with a
// cached token (once), after dropping that token: it may have been revoked or have expired early. A 401 to
// a token fetched for this very request is final.
func (c *tokenCredentials) retry(req *http.Request, resp *http.Response, st *authState) bool {
	if c.src.dpop != nil {
		c.src.dpop.observe(req.URL, resp.Header)
		if nonceChallenge(resp) {
			st.nonceRetries++
			if st.nonceRetries > maxNonceRetries {
				return false
			}
			c.src.logRetry(req, "the server asked for a new DPoP nonce")
			return true
		}
	}
	if resp.StatusCode != http.StatusUnauthorized || st.token == nil || st.fetched || st.refreshed {
		return false
	}
	st.refreshed = true
	c.src.drop(st.token)
	c.src.logRetry(req, "the cached access token was refused")
	return true
}

func (s *tokenSource) logRetry(req *http.Request, why string) {
	s.logger.LogAttrs(req.Context(), slog.LevelDebug, "okta retry", slog.String("method", req.Method),
		slog.String("path", req.URL.Path), slog.String("reason", why))
}

func (c *tokenCredentials) identity() string { return c.id }

// assertionLifetime is how long a client assertion is valid. Okta allows up to an hour; each assertion is
// used once, right away, so a few minutes leave room for clock skew and nothing more.
const assertionLifetime = 5 * time.Minute

// tokenRefreshMargin is how long before its expiry an access token is replaced, so that a request never
// leaves with a token about to expire. Short-lived tokens are replaced after half their lifetime.
const tokenRefreshMargin = time.Minute

// tokenSource obtains access tokens from the org authorization server with the client credentials grant and
// a private-key JWT client assertion (RFC 7523), and caches them. Concurrent callers share one token request.
// It is an oauth2.TokenSource.
type tokenSource struct {
	clientID  string
	scope     string // space-separated
	endpoint  *url.URL
	assertion *jose.Signer
	dpop      *dpop // nil without DPoP
	http      *retryablehttp.Client
	userAgent string
	now       func() time.Time
	logger    *slog.Logger

	mu   sync.Mutex
	tok  *accessToken // nil until the first token, and after a 401 drops it
	call *tokenCall   // the token request in flight, if any
}

var _ oauth2.TokenSource = (*tokenSource)(nil)

// accessToken is a token and what the client needs to use it.
type accessToken struct {
	value     string
	tokenType string
	expiry    time.Time // zero when the server did not say
	refreshAt time.Time // zero when the token is used until a 401 drops it
	key       *dpopKey  // the DPoP key the token is bound to; nil for a Bearer token
}

// tokenCall is one token request that any number of callers wait for. It stops when every caller has given up.
type tokenCall struct {
	done    chan struct{}
	tok     *accessToken
	err     error
	waiters int
	cancel  context.CancelFunc
}

// Token returns a valid access token, requesting one if needed. It implements oauth2.TokenSource; the
// client itself uses token, which honours a context.
func (s *tokenSource) Token() (*oauth2.Token, error) {
	t, _, err := s.token(context.Background())
	if err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: t.value, TokenType: t.tokenType, Expiry: t.expiry}, nil
}

// token returns a token to send, and whether it was requested for this call rather than taken from the
// cache. The first caller that finds no usable token starts a request; callers that come while it runs wait
// for it. A caller whose ctx ends stops waiting, and the request itself is cancelled once no one waits.
func (s *tokenSource) token(ctx context.Context) (*accessToken, bool, error) {
	s.mu.Lock()
	if t := s.tok; t != nil && (t.refreshAt.IsZero() || s.now().Before(t.refreshAt)) {
		s.mu.Unlock()
		return t, false, nil
	}
	c := s.call
	if c == nil {
		fctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		c = &tokenCall{done: make(chan struct{}), cancel: cancel}
		s.call = c
		go s.run(fctx, c)
	}
	c.waiters++
	s.mu.Unlock()

	select {
	case <-c.done:
		if c.err == nil {
			return c.tok, true, nil
		}
		// While the token endpoint fails, a token that is due for renewal but not yet expired still works.
		s.mu.Lock()
		t := s.tok
		s.mu.Unlock()
		if t != nil && (t.expiry.IsZero() || s.now().Before(t.expiry)) {
			return t, false, nil
		}
		return nil, false, c.err
	case <-ctx.Done():
		s.mu.Lock()
		c.waiters--
		if c.waiters == 0 && s.call == c {
			s.call = nil // the next caller starts afresh rather than join a cancelled request
			c.cancel()
		}
		s.mu.Unlock()
		return nil, false, ctx.Err()
	}
}

func (s *tokenSource) run(ctx context.Context, c *tokenCall) {
	defer c.cancel()
	tok, err := s.fetch(ctx)
	s.mu.Lock()
	if err == nil {
		s.tok = tok
	}
	if s.call == c {
		s.call = nil
	}
	c.tok, c.err = tok, err
	s.mu.Unlock()
	close(c.done)
}

// drop forgets t if it is still the cached token, so that the next caller requests a new one.
func (s *tokenSource) drop(t *accessToken) {
	s.mu.Lock()
	if s.tok == t {
		s.tok = nil
	}
	s.mu.Unlock()
}

// tokenResponse is the token endpoint's answer (RFC 6749 section 5.1).
type tokenResponse struct {
	AccessToken string      `json:"access_token"`
	TokenType   string      `json:"token_type"`
	ExpiresIn   json.Number `json:"expires_in"`
	Scope       string      `json:"scope"`
}

// fetch requests a new access token. With DPoP, a server that answers use_dpop_nonce is asked again with its
// nonce, at most maxNonceRetries times.
func (s *tokenSource) fetch(ctx context.Context) (*accessToken, error) {
	var key *dpopKey
	if s.dpop != nil {
		var err error
		if key, err = s.dpop.keyAt(s.now()); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		start := s.now()
		resp, err := s.post(ctx, key)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode >= 400 {
			body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			resp.Body.Close()
			if key != nil && attempt < maxNonceRetries && useDPoPNonce(resp, body) {
				s.logger.LogAttrs(ctx, slog.LevelDebug, "okta retry", slog.String("method", http.MethodPost),
					slog.String("path", s.endpoint.Path), slog.String("reason", "the server asked for a DPoP nonce"))
				continue // the transport kept the nonce
			}
			resp.Body = io.NopCloser(bytes.NewReader(body))
			resp.Request = redactRequest(resp.Request) // its body is a client assertion
			return nil, fmt.Errorf("okta: requesting an access token: %w", newError(newResponse(resp)))
		}
		return s.parse(resp, start, key)
	}
}

// useDPoPNonce reports whether a token endpoint's answer asks for a DPoP nonce (RFC 9449 section 8).
func useDPoPNonce(resp *http.Response, body []byte) bool {
	var e struct {
		Error string `json:"error"`
	}
	return resp.StatusCode == http.StatusBadRequest && resp.Header.Get("DPoP-Nonce") != "" &&
		json.Unmarshal(body, &e) == nil && e.Error == "use_dpop_nonce"
}

type dpopKeyContextKey struct{}

// post sends one token request through the retry policy, which retries it after a 429, a 5xx or a connection
// failure (asking for a token twice does no harm); tokenTransport signs each attempt.
func (s *tokenSource) post(ctx context.Context, key *dpopKey) (*http.Response, error) {
	ctx = context.WithValue(withRepeatableAttempts(ctx, http.MethodPost), dpopKeyContextKey{}, key)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.endpoint.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("okta: building the token request: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", s.userAgent)
	resp, err := s.http.Do(req)
	if err != nil {
		if resp != nil {
			resp.Body.Close()
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("okta: requesting an access token: %w", redactError(err))
	}
	return resp, nil
}

// parse reads a successful token response. start is when the request left: the token's lifetime counts
// from then.
func (s *tokenSource) parse(resp *http.Response, start time.Time, key *dpopKey) (*accessToken, error) {
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&tr); err != nil {
		return nil, fmt.Errorf("okta: decoding the token response (status %d): %w", resp.StatusCode, err)
	}
	if tr.AccessToken == "" {
		return nil, fmt.Errorf("okta: the token endpoint answered %d without an access_token", resp.StatusCode)
	}
	isDPoP := strings.EqualFold(tr.TokenType, "DPoP")
	switch {
	case key != nil && !isDPoP:
		return nil, fmt.Errorf("okta: WithDPoP is on but the token endpoint issued a %q token, not a DPoP-bound one: turn on \"Require Demonstrating Proof of Possession (DPoP) header in token requests\" for the service app, or remove WithDPoP", tr.TokenType)
	case key == nil && isDPoP:
		return nil, errors.New("okta: the token endpoint issued a DPoP-bound token to a client without WithDPoP")
	}
	t := &accessToken{value: tr.AccessToken, tokenType: tr.TokenType, key: key}
	var life time.Duration
	if secs, err := tr.ExpiresIn.Int64(); err == nil && secs > 0 {
		life = time.Duration(secs) * time.Second
		t.expiry = start.Add(life)
		t.refreshAt = t.expiry.Add(-min(tokenRefreshMargin, life/2))
	}
	s.logger.LogAttrs(resp.Request.Context(), slog.LevelDebug, "okta access token", slog.String("type", tr.TokenType),
		slog.Duration("expiresIn", life), slog.String("scope", tr.Scope))
	return t, nil
}

// assertionClaims are the claims of a client assertion (RFC 7523 section 3).
type assertionClaims struct {
	Issuer   string `json:"iss"`
	Subject  string `json:"sub"`
	Audience string `json:"aud"`
	IssuedAt int64  `json:"iat"`
	Expiry   int64  `json:"exp"`
	ID       string `json:"jti"`
}

// form returns the body of a token request, with a new client assertion.
func (s *tokenSource) form() (string, error) {
	now := s.now()
	a, err := s.assertion.Sign(assertionClaims{
		Issuer:   s.clientID,
		Subject:  s.clientID,
		Audience: s.endpoint.String(),
		IssuedAt: now.Unix(),
		Expiry:   now.Add(assertionLifetime).Unix(),
		ID:       jose.NewID(),
	})
	if err != nil {
		return "", fmt.Errorf("okta: signing the client assertion: %w", err)
	}
	return url.Values{
		"grant_type":            {"client_credentials"},
		"scope":                 {s.scope},
		"client_assertion_type": {"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"},
		"client_assertion":      {a},
	}.Encode(), nil
}

// tokenTransport signs every attempt of a token request as it leaves, retries included: a fresh client
// assertion (Okta refuses one it has seen) and, with DPoP, a fresh proof carrying the newest nonce. It keeps
// the nonces the token endpoint sends.
type tokenTransport struct {
	base http.RoundTripper
	src  *tokenSource
}

func (t *tokenTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		req.Body.Close()
	}
	if !onOrigin(t.src.endpoint, req.URL) {
		return nil, &redirectError{target: req.URL, org: &url.URL{Scheme: t.src.endpoint.Scheme, Host: t.src.endpoint.Host}}
	}
	form, err := t.src.form()
	if err != nil {
		return nil, err
	}
	r := req.Clone(req.Context())
	r.Body = io.NopCloser(strings.NewReader(form))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(form)), nil }
	r.ContentLength = int64(len(form))
	if key, _ := req.Context().Value(dpopKeyContextKey{}).(*dpopKey); key != nil {
		proof, err := t.src.dpop.proof(key, http.MethodPost, req.URL, "", t.src.now())
		if err != nil {
			return nil, err
		}
		r.Header.Set("DPoP", proof)
	}
	resp, err := t.base.RoundTrip(r)
	if err == nil && t.src.dpop != nil {
		t.src.dpop.observe(req.URL, resp.Header)
	}
	return resp, err
}

// authTransport authorizes every attempt of every request just before it leaves, so that retries carry fresh
// credentials (a refreshed token, a new DPoP proof). When the credentials ask for it (a refused token, a DPoP
// nonce challenge) it sends the request again, replaying its body.
type authTransport struct {
	base  http.RoundTripper
	creds credentials
	org   origins // credentials are sent nowhere else
}

// authError is a failure to authorize a request: a token that could not be had. The token request has had
// its own retries by then, so the retry policy does not repeat the call (see permanent).
type authError struct{ err error }

func (e *authError) Error() string { return e.err.Error() }
func (e *authError) Unwrap() error { return e.err }

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !t.org.contain(req.URL) {
		// The client's redirect policy stops this first; this keeps credentials home whatever a caller's
		// client does.
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, &redirectError{target: req.URL, org: t.org[0]}
	}
	var st authState
	body := req.Body
	for {
		r := req.Clone(req.Context())
		r.Body = body
		if err := t.creds.authorize(r, &st); err != nil {
			if body != nil {
				body.Close()
			}
			return nil, &authError{err: err}
		}
		resp, err := t.base.RoundTrip(r)
		if err != nil || !t.creds.retry(r, resp, &st) {
			return resp, err
		}
		if req.Body != nil && req.Body != http.NoBody {
			if req.GetBody == nil {
				return resp, nil // the body is gone; let the caller see the refusal
			}
			if body, err = req.GetBody(); err != nil {
				return resp, nil
			}
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
	}
}
