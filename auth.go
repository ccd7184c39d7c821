package okta

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"

	"github.com/hashicorp/go-retryablehttp"
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
type oauthSettings struct{}

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
