package okta

import (
	"context"
	"net/http"
	"time"
)

// ListClientSecrets returns the OAuth 2.0 client secrets of an OIDC application or API service. Okta discloses
// each secret in full.
//
//okta:operation listOAuth2ClientSecrets GET /api/v1/apps/{appId}/credentials/secrets
func (s *AppsService) ListClientSecrets(ctx context.Context, appID string) ([]OAuth2ClientSecret, *Response, error) {
	return send[[]OAuth2ClientSecret](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/secrets", appID))
}

// CreateClientSecret adds a client secret to an application: Okta generates one unless secret.ClientSecret
// is set. An application holds at most two secrets. A nil secret asks Okta for a new, active one.
//
//okta:operation createOAuth2ClientSecret POST /api/v1/apps/{appId}/credentials/secrets
func (s *AppsService) CreateClientSecret(ctx context.Context, appID string, secret *CreateOAuth2ClientSecretRequest) (*OAuth2ClientSecret, *Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/secrets", appID).withBody(secret)
	if r.body == nil {
		r.body = &CreateOAuth2ClientSecretRequest{}
	}
	return send[*OAuth2ClientSecret](ctx, s.client, r)
}

// GetClientSecret retrieves a client secret of an application by its ID.
//
//okta:operation getOAuth2ClientSecret GET /api/v1/apps/{appId}/credentials/secrets/{secretId}
func (s *AppsService) GetClientSecret(ctx context.Context, appID, secretID string) (*OAuth2ClientSecret, *Response, error) {
	return send[*OAuth2ClientSecret](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/secrets/{secretId}", appID, secretID))
}

// DeleteClientSecret deletes a client secret. Okta only deletes an inactive secret: DeactivateClientSecret first.
//
//okta:operation deleteOAuth2ClientSecret DELETE /api/v1/apps/{appId}/credentials/secrets/{secretId}
func (s *AppsService) DeleteClientSecret(ctx context.Context, appID, secretID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/credentials/secrets/{secretId}", appID, secretID))
}

// ActivateClientSecret activates a client secret, which then authenticates the client.
//
//okta:operation activateOAuth2ClientSecret POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/activate
func (s *AppsService) ActivateClientSecret(ctx context.Context, appID, secretID string) (*OAuth2ClientSecret, *Response, error) {
	return send[*OAuth2ClientSecret](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/activate", appID, secretID))
}

// DeactivateClientSecret deactivates a client secret; Okta refuses for the only active one.
//
//okta:operation deactivateOAuth2ClientSecret POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/deactivate
func (s *AppsService) DeactivateClientSecret(ctx context.Context, appID, secretID string) (*OAuth2ClientSecret, *Response, error) {
	return send[*OAuth2ClientSecret](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/deactivate", appID, secretID))
}

// ListJWKs returns the public keys of an application's client (the keys of its JWKS, for private_key_jwt
// client authentication and encryption), unwrapped from Okta's {"keys": [...]} document.
//
//okta:operation listJwk GET /api/v1/apps/{appId}/credentials/jwks
func (s *AppsService) ListJWKs(ctx context.Context, appID string) ([]OAuth2ClientJWK, *Response, error) {
	set, resp, err := send[*oauth2ClientJWKS](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/jwks", appID))
	if set == nil {
		return nil, resp, err
	}
	return set.Keys, resp, err
}

// CreateJWK adds a public key to an application's client JWKS: set Kty, Use ("sig" or "enc"), the key
// material (N and E for RSA, X, Y and Crv for EC) and optionally Kid, Alg and Status.
//
//okta:operation addJwk POST /api/v1/apps/{appId}/credentials/jwks
func (s *AppsService) CreateJWK(ctx context.Context, appID string, key *OAuth2ClientJWK) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/jwks", appID).withBody(key))
}

// GetJWK retrieves a public key of an application's client JWKS by its ID (not its kid).
//
//okta:operation getJwk GET /api/v1/apps/{appId}/credentials/jwks/{keyId}
func (s *AppsService) GetJWK(ctx context.Context, appID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/jwks/{keyId}", appID, keyID))
}

// DeleteJWK deletes a public key of an application's client JWKS. Okta only deletes an inactive key.
//
//okta:operation deletejwk DELETE /api/v1/apps/{appId}/credentials/jwks/{keyId}
func (s *AppsService) DeleteJWK(ctx context.Context, appID, keyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/credentials/jwks/{keyId}", appID, keyID))
}

// ActivateJWK activates a public key of an application's client JWKS.
//
//okta:operation activateOAuth2ClientJsonWebKey POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/activate
func (s *AppsService) ActivateJWK(ctx context.Context, appID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/activate", appID, keyID))
}

// DeactivateJWK deactivates a public key of an application's client JWKS.
//
//okta:operation deactivateOAuth2ClientJsonWebKey POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/deactivate
func (s *AppsService) DeactivateJWK(ctx context.Context, appID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/deactivate", appID, keyID))
}

// OAuth2ClientSecret is a client secret of an OIDC application or API service.
type OAuth2ClientSecret struct {
	ID string `json:"id,omitzero"`
	// ClientSecret is the secret itself.
	ClientSecret string `json:"client_secret,omitzero"`
	// SecretHash is a hash of the secret, to tell secrets apart without showing them.
	SecretHash string `json:"secret_hash,omitzero"`
	// Status is ACTIVE or INACTIVE: use ActivateClientSecret and DeactivateClientSecret.
	Status      LifecycleStatus `json:"status,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	Links       Links           `json:"_links,omitzero"`
	Extra       Extra           `json:"-"`
}

// CreateOAuth2ClientSecretRequest is the body of AppsService.CreateClientSecret. Every field is optional.
type CreateOAuth2ClientSecretRequest struct {
	// ClientSecret is a secret of your own (14 to 100 characters); Okta generates one when it is empty.
	ClientSecret string `json:"client_secret,omitzero"`
	// Status is the new secret's status, ACTIVE (Okta's default) or INACTIVE.
	Status LifecycleStatus `json:"status,omitzero"`
	Extra  Extra           `json:"-"`
}

// OAuth2ClientJWK is a public key of an application's client JWKS: an RSA or EC signing key ("use": "sig")
// or an RSA encryption key ("use": "enc"). One flat type holds every kind, as a JWK does: the members of a
// kind Okta adds later are kept in Extra. It is also a public encryption key of a custom authorization
// server's resource server (AuthorizationServersService.ListResourceServerKeys), which has the same members
// but for the EC ones.
type OAuth2ClientJWK struct {
	// ID is Okta's ID of the key, what GetJWK, ActivateJWK and DeleteJWK (or GetResourceServerKey, ...) take.
	ID  string `json:"id,omitzero"`
	Kid string `json:"kid,omitzero"`
	// Kty is the key type: RSA or EC.
	Kty JWKKeyType `json:"kty,omitzero"`
	// Use is what the key is for: sig or enc.
	Use JWKUseType `json:"use,omitzero"`
	Alg string     `json:"alg,omitzero"`
	// Status is ACTIVE or INACTIVE.
	Status LifecycleStatus `json:"status,omitzero"`
	// E and N are an RSA key's exponent and modulus, base64url-encoded.
	E string `json:"e,omitzero"`
	N string `json:"n,omitzero"`
	// Crv, X and Y are an EC key's curve and coordinates, base64url-encoded.
	Crv         string    `json:"crv,omitzero"`
	X           string    `json:"x,omitzero"`
	Y           string    `json:"y,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}

// oauth2ClientJWKS is the document AppsService.ListJWKs unwraps.
type oauth2ClientJWKS struct {
	Keys []OAuth2ClientJWK `json:"keys"`
}

// JWKKeyType is the kty of a JSON Web Key.
type JWKKeyType string

// JWKKeyType values.
const (
	JWKKeyTypeRSA JWKKeyType = "RSA"
	JWKKeyTypeEC  JWKKeyType = "EC"
)
