package okta

import (
	"context"
	"net/http"
	"time"
)

// This file holds the OAuth 2.0 side of a user: the clients (apps) that hold tokens for them, the scopes they
// consented to (grants) and their refresh tokens. The models are shared with the apps' grant and token
// operations.

// ListClients returns the OAuth 2.0 clients (apps) that hold refresh tokens or consent grants for a user.
//
//okta:operation listUserClients GET /api/v1/users/{userId}/clients
func (s *UsersService) ListClients(ctx context.Context, userID string) ([]OAuth2Client, *Response, error) {
	return send[[]OAuth2Client](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients", userID))
}

// ListGrantsForClient returns one page of the scopes a user consented to for one client.
//
//okta:operation listGrantsForUserAndClient GET /api/v1/users/{userId}/clients/{clientId}/grants
func (s *UsersService) ListGrantsForClient(ctx context.Context, userID, clientID string, opts *UsersListGrantsForClientOptions) ([]OAuth2ScopeConsentGrant, *Response, error) {
	return send[[]OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients/{clientId}/grants", userID, clientID).withQuery(opts))
}

// ListGrantsForClientIter returns an iterator over all the scopes a user consented to for one client.
func (s *UsersService) ListGrantsForClientIter(ctx context.Context, userID, clientID string, opts *UsersListGrantsForClientOptions) *Iterator[OAuth2ScopeConsentGrant] {
	return newIterator[OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients/{clientId}/grants", userID, clientID).withQuery(opts))
}

// RevokeGrantsForClient revokes every grant a user gave one client.
//
//okta:operation revokeGrantsForUserAndClient DELETE /api/v1/users/{userId}/clients/{clientId}/grants
func (s *UsersService) RevokeGrantsForClient(ctx context.Context, userID, clientID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/clients/{clientId}/grants", userID, clientID))
}

// ListRefreshTokensForClient returns one page of the refresh tokens one client holds for a user.
//
//okta:operation listRefreshTokensForUserAndClient GET /api/v1/users/{userId}/clients/{clientId}/tokens
func (s *UsersService) ListRefreshTokensForClient(ctx context.Context, userID, clientID string, opts *UsersListRefreshTokensForClientOptions) ([]OAuth2RefreshToken, *Response, error) {
	return send[[]OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients/{clientId}/tokens", userID, clientID).withQuery(opts))
}

// ListRefreshTokensForClientIter returns an iterator over all the refresh tokens one client holds for a user.
func (s *UsersService) ListRefreshTokensForClientIter(ctx context.Context, userID, clientID string, opts *UsersListRefreshTokensForClientOptions) *Iterator[OAuth2RefreshToken] {
	return newIterator[OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients/{clientId}/tokens", userID, clientID).withQuery(opts))
}

// RevokeRefreshTokensForClient revokes every refresh token one client holds for a user.
//
//okta:operation revokeTokensForUserAndClient DELETE /api/v1/users/{userId}/clients/{clientId}/tokens
func (s *UsersService) RevokeRefreshTokensForClient(ctx context.Context, userID, clientID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/clients/{clientId}/tokens", userID, clientID))
}

// GetRefreshTokenForClient retrieves one refresh token a client holds for a user. opts.Expand set to "scope"
// embeds the token's scopes.
//
//okta:operation getRefreshTokenForUserAndClient GET /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}
func (s *UsersService) GetRefreshTokenForClient(ctx context.Context, userID, clientID, tokenID string, opts *UsersGetRefreshTokenForClientOptions) (*OAuth2RefreshToken, *Response, error) {
	return send[*OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}", userID, clientID, tokenID).withQuery(opts))
}

// RevokeRefreshTokenForClient revokes one refresh token a client holds for a user.
//
//okta:operation revokeTokenForUserAndClient DELETE /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}
func (s *UsersService) RevokeRefreshTokenForClient(ctx context.Context, userID, clientID, tokenID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}", userID, clientID, tokenID))
}

// ListGrants returns one page of the scopes a user consented to, for every client.
//
//okta:operation listUserGrants GET /api/v1/users/{userId}/grants
func (s *UsersService) ListGrants(ctx context.Context, userID string, opts *UsersListGrantsOptions) ([]OAuth2ScopeConsentGrant, *Response, error) {
	return send[[]OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/grants", userID).withQuery(opts))
}

// ListGrantsIter returns an iterator over all the scopes a user consented to.
func (s *UsersService) ListGrantsIter(ctx context.Context, userID string, opts *UsersListGrantsOptions) *Iterator[OAuth2ScopeConsentGrant] {
	return newIterator[OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/grants", userID).withQuery(opts))
}

// RevokeGrants revokes every grant a user gave, for every client.
//
//okta:operation revokeUserGrants DELETE /api/v1/users/{userId}/grants
func (s *UsersService) RevokeGrants(ctx context.Context, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/grants", userID))
}

// GetGrant retrieves one grant of a user. opts.Expand set to "scope" embeds the scope.
//
//okta:operation getUserGrant GET /api/v1/users/{userId}/grants/{grantId}
func (s *UsersService) GetGrant(ctx context.Context, userID, grantID string, opts *UsersGetGrantOptions) (*OAuth2ScopeConsentGrant, *Response, error) {
	return send[*OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/grants/{grantId}", userID, grantID).withQuery(opts))
}

// RevokeGrant revokes one grant of a user.
//
//okta:operation revokeUserGrant DELETE /api/v1/users/{userId}/grants/{grantId}
func (s *UsersService) RevokeGrant(ctx context.Context, userID, grantID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/grants/{grantId}", userID, grantID))
}

// UsersListGrantsForClientOptions are the parameters of UsersService.ListGrantsForClient.
type UsersListGrantsForClientOptions struct {
	// Expand set to "scope" embeds each grant's scope in its _embedded.
	Expand OAuth2Expand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// UsersListRefreshTokensForClientOptions are the parameters of UsersService.ListRefreshTokensForClient.
type UsersListRefreshTokensForClientOptions struct {
	// Expand set to "scope" embeds each token's scopes in its _embedded.
	Expand OAuth2Expand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// UsersGetRefreshTokenForClientOptions are the parameters of UsersService.GetRefreshTokenForClient. The spec lists
// limit and after for this single-token operation too; they are passed on as given.
type UsersGetRefreshTokenForClientOptions struct {
	// Expand set to "scope" embeds the token's scopes in its _embedded.
	Expand OAuth2Expand `url:"expand"`
	Limit  int          `url:"limit"`
	After  string       `url:"after"`
}

// UsersListGrantsOptions are the parameters of UsersService.ListGrants.
type UsersListGrantsOptions struct {
	// ScopeID lists only the grants of this scope.
	ScopeID string `url:"scopeId"`
	// Expand set to "scope" embeds each grant's scope in its _embedded.
	Expand OAuth2Expand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// UsersGetGrantOptions are the parameters of UsersService.GetGrant.
type UsersGetGrantOptions struct {
	// Expand set to "scope" embeds the grant's scope in its _embedded.
	Expand OAuth2Expand `url:"expand"`
}

// OAuth2Client is an OAuth 2.0 client (an app) as seen from a user it holds tokens or grants for.
type OAuth2Client struct {
	ClientID   string `json:"client_id,omitzero"`
	ClientName string `json:"client_name,omitzero"`
	ClientURI  string `json:"client_uri,omitzero"`
	LogoURI    string `json:"logo_uri,omitzero"`
	Links      Links  `json:"_links,omitzero"`
	Extra      Extra  `json:"-"`
}

// GrantOrTokenStatus is the state of a grant or a refresh token.
type GrantOrTokenStatus string

// GrantOrTokenStatus values.
const (
	GrantOrTokenStatusActive  GrantOrTokenStatus = "ACTIVE"
	GrantOrTokenStatusRevoked GrantOrTokenStatus = "REVOKED"
)

// OAuth2ScopeConsentGrantSource says who gave a grant.
type OAuth2ScopeConsentGrantSource string

// OAuth2ScopeConsentGrantSource values.
const (
	OAuth2ScopeConsentGrantSourceAdmin   OAuth2ScopeConsentGrantSource = "ADMIN"
	OAuth2ScopeConsentGrantSourceEndUser OAuth2ScopeConsentGrantSource = "END_USER"
)

// OAuth2Actor is who created a grant or token.
type OAuth2Actor struct {
	ID    string `json:"id,omitzero"`
	Type  string `json:"type,omitzero"`
	Extra Extra  `json:"-"`
}

// OAuth2ScopeConsentGrant is a consent to a scope: given by a user to a client, or by an admin to an app.
type OAuth2ScopeConsentGrant struct {
	ID          string                        `json:"id,omitzero"`
	Status      GrantOrTokenStatus            `json:"status,omitzero"`
	Source      OAuth2ScopeConsentGrantSource `json:"source,omitzero"`
	Issuer      string                        `json:"issuer,omitzero"`
	ScopeID     string                        `json:"scopeId,omitzero"`
	ClientID    string                        `json:"clientId,omitzero"`
	UserID      string                        `json:"userId,omitzero"`
	Created     time.Time                     `json:"created,omitzero"`
	CreatedBy   *OAuth2Actor                  `json:"createdBy,omitzero"`
	LastUpdated time.Time                     `json:"lastUpdated,omitzero"`
	// Embedded holds the scope when asked for with expand=scope.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// Scope returns the scope Okta embeds when the grant was read with [OAuth2ExpandScope], or nil when it was not
// asked for. Okta may embed only the scope's ID (its name, for an Okta API scope).
func (g *OAuth2ScopeConsentGrant) Scope() (*OAuth2Scope, error) {
	return embedded[OAuth2Scope](g.Embedded, "scope")
}

// OAuth2RefreshToken is a refresh token issued to a client for a user.
type OAuth2RefreshToken struct {
	ID          string             `json:"id,omitzero"`
	Status      GrantOrTokenStatus `json:"status,omitzero"`
	Issuer      string             `json:"issuer,omitzero"`
	ClientID    string             `json:"clientId,omitzero"`
	UserID      string             `json:"userId,omitzero"`
	Scopes      []string           `json:"scopes,omitzero"`
	Created     time.Time          `json:"created,omitzero"`
	CreatedBy   *OAuth2Actor       `json:"createdBy,omitzero"`
	LastUpdated time.Time          `json:"lastUpdated,omitzero"`
	ExpiresAt   time.Time          `json:"expiresAt,omitzero"`
	// Embedded holds the scopes when asked for with expand=scope; EmbeddedScopes reads them.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// EmbeddedScopes returns the scopes Okta embeds when the token was read with [OAuth2ExpandScope], or nil when
// they were not asked for; Scopes holds their names either way.
func (t *OAuth2RefreshToken) EmbeddedScopes() ([]OAuth2Scope, error) {
	s, err := embedded[[]OAuth2Scope](t.Embedded, "scopes")
	if s == nil {
		return nil, err
	}
	return *s, nil
}

// OAuth2Expand names what the OAuth 2.0 grant and token methods (of users, apps and authorization servers)
// embed in each grant's or token's _embedded.
type OAuth2Expand string

// OAuth2Expand values.
const (
	// OAuth2ExpandScope embeds the scope of a grant, or the scopes of a token.
	OAuth2ExpandScope OAuth2Expand = "scope"
)
