package okta

import (
	"crypto"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"

	"github.com/hashicorp/go-retryablehttp"
	"golang.org/x/oauth2"
)

// credentials applies one authorization scheme to outgoing requests.
type credentials interface {
	// authorize sets the request's Authorization header, and any proof the scheme needs. It is called for
	// every attempt, retries included.
	authorize(req *http.Request) error
	// identity names the credential in cache keys without revealing it.
	identity() string
}

// oauthSettings is what the OAuth options set.
type oauthSettings struct {
	clientID    string
	privateKey  []byte
	signer      crypto.Signer
	keyID       string
	scopes      []string
	tokenSource oauth2.TokenSource
	dpop        bool
}

// WithPrivateKey authenticates as an OAuth 2.0 service app: the client signs a JWT client assertion with
// privateKey and exchanges it at the org's token endpoint for access tokens with the given scopes (e.g.
// "okta.users.read"). The key may be PEM (PKCS#1 RSA, PKCS#8 RSA or EC, SEC1 EC) or a JWK JSON object.
func WithPrivateKey(clientID string, privateKey []byte, scopes ...string) Option {
	return func(s *settings) error {
		s.oauth.clientID = clientID
		s.oauth.privateKey = privateKey
		s.oauth.scopes = scopes
		return nil
	}
}

// WithKeyID sets the kid header of the client assertion: the ID of the key registered with the service app.
func WithKeyID(kid string) Option {
	return func(s *settings) error {
		s.oauth.keyID = kid
		return nil
	}
}

// WithSigner authenticates as an OAuth 2.0 service app whose private key is held by signer (a KMS or HSM key,
// RSA or ECDSA).
func WithSigner(clientID string, signer crypto.Signer, kid string, scopes ...string) Option {
	return func(s *settings) error {
		s.oauth.clientID = clientID
		s.oauth.signer = signer
		s.oauth.keyID = kid
		s.oauth.scopes = scopes
		return nil
	}
}

// WithTokenSource authenticates with access tokens from ts, sent as "Authorization: Bearer <token>".
func WithTokenSource(ts oauth2.TokenSource) Option {
	return func(s *settings) error {
		s.oauth.tokenSource = ts
		return nil
	}
}

// WithDPoP binds the service app's access tokens to a key the client holds (RFC 9449).
func WithDPoP() Option {
	return func(s *settings) error {
		s.oauth.dpop = true
		return nil
	}
}

// newCredentials picks the credentials the settings ask for. Exactly one scheme must be configured.
func newCredentials(s *settings, _ *url.URL, _ *retryablehttp.Client) (credentials, error) {
	var schemes []credentials
	if s.apiToken != "" {
		schemes = append(schemes, staticToken{scheme: "SSWS", token: s.apiToken})
	}
	if s.bearerToken != "" {
		schemes = append(schemes, staticToken{scheme: "Bearer", token: s.bearerToken})
	}
	switch len(schemes) {
	case 0:
		return nil, errors.New("okta: no credentials: use WithAPIToken, WithBearerToken or WithPrivateKey (or OKTA_CLIENT_TOKEN)")
	case 1:
		return schemes[0], nil
	}
	return nil, errors.New("okta: more than one kind of credentials configured: choose one of WithAPIToken, WithBearerToken and WithPrivateKey")
}

// staticToken is an API token (SSWS) or an access token obtained elsewhere (Bearer).
type staticToken struct {
	scheme string
	token  string
}

func (t staticToken) authorize(req *http.Request) error {
	req.Header.Set("Authorization", t.scheme+" "+t.token)
	return nil
}

func (t staticToken) identity() string { return hashIdentity(t.scheme, t.token) }

// hashIdentity derives a stable, non-secret name for a credential.
func hashIdentity(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// authTransport authorizes every attempt of every request just before it leaves, so that retries carry fresh
// credentials (a refreshed token, a new DPoP proof).
type authTransport struct {
	base  http.RoundTripper
	creds credentials
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	if err := t.creds.authorize(r); err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	return t.base.RoundTrip(r)
}
