package okta

import (
	"context"
	"net/http"
)

// GetKey retrieves a signing key of a custom authorization server by its key ID (kid).
//
//okta:operation getAuthorizationServerKey GET /api/v1/authorizationServers/{authServerId}/credentials/keys/{keyId}
func (s *AuthorizationServersService) GetKey(ctx context.Context, authServerID, keyID string) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/credentials/keys/{keyId}", authServerID, keyID))
}

// ListResourceServerKeys returns the public encryption keys of a custom authorization server's resource server:
// the keys Okta encrypts the access tokens it issues with. The list is not paginated.
//
//okta:operation listOAuth2ResourceServerJsonWebKeys GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys
func (s *AuthorizationServersService) ListResourceServerKeys(ctx context.Context, authServerID string) ([]OAuth2ClientJWK, *Response, error) {
	return send[[]OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys", authServerID))
}

// CreateResourceServerKey adds a public encryption key to a custom authorization server's resource server: set
// Kty (RSA), Use ("enc"), E and N, and optionally Kid and Status. Only an ACTIVE key encrypts tokens, and only
// one key is active at a time.
//
//okta:operation addOAuth2ResourceServerJsonWebKey POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys
func (s *AuthorizationServersService) CreateResourceServerKey(ctx context.Context, authServerID string, key *OAuth2ClientJWK) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys", authServerID).withBody(key))
}

// GetResourceServerKey retrieves a public encryption key of a custom authorization server's resource server by
// its ID (not its kid).
//
//okta:operation getOAuth2ResourceServerJsonWebKey GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}
func (s *AuthorizationServersService) GetResourceServerKey(ctx context.Context, authServerID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}", authServerID, keyID))
}

// DeleteResourceServerKey deletes a public encryption key of a custom authorization server's resource server.
// Okta refuses to delete the active key.
//
//okta:operation deleteOAuth2ResourceServerJsonWebKey DELETE /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}
func (s *AuthorizationServersService) DeleteResourceServerKey(ctx context.Context, authServerID, keyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}", authServerID, keyID))
}

// ActivateResourceServerKey activates a public encryption key of a custom authorization server's resource
// server; the key active before is deactivated.
//
//okta:operation activateOAuth2ResourceServerJsonWebKey POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/activate
func (s *AuthorizationServersService) ActivateResourceServerKey(ctx context.Context, authServerID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/activate", authServerID, keyID))
}

// DeactivateResourceServerKey deactivates a public encryption key of a custom authorization server's resource
// server.
//
//okta:operation deactivateOAuth2ResourceServerJsonWebKey POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate
func (s *AuthorizationServersService) DeactivateResourceServerKey(ctx context.Context, authServerID, keyID string) (*OAuth2ClientJWK, *Response, error) {
	return send[*OAuth2ClientJWK](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate", authServerID, keyID))
}
