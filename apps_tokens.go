package okta

import (
	"context"
	"net/http"
	"time"
)

// ListTokens returns one page of the OAuth 2.0 refresh tokens issued to an application. Pass resp.After back
// in opts.After to fetch the next page, or use ListTokensIter.
//
//okta:operation listOAuth2TokensForApplication GET /api/v1/apps/{appId}/tokens
func (s *AppsService) ListTokens(ctx context.Context, appID string, opts *AppsListTokensOptions) ([]OAuth2Token, *Response, error) {
	return send[[]OAuth2Token](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/tokens", appID).withQuery(opts))
}

// ListTokensIter returns an iterator over all the OAuth 2.0 refresh tokens issued to an application, fetching
// pages as it goes.
func (s *AppsService) ListTokensIter(ctx context.Context, appID string, opts *AppsListTokensOptions) *Iterator[OAuth2Token] {
	return newIterator[OAuth2Token](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/tokens", appID).withQuery(opts))
}

// GetToken retrieves an OAuth 2.0 refresh token issued to an application.
//
//okta:operation getOAuth2TokenForApplication GET /api/v1/apps/{appId}/tokens/{tokenId}
func (s *AppsService) GetToken(ctx context.Context, appID, tokenID string, opts *AppsGetTokenOptions) (*OAuth2Token, *Response, error) {
	return send[*OAuth2Token](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/tokens/{tokenId}", appID, tokenID).withQuery(opts))
}

// RevokeToken revokes an OAuth 2.0 refresh token issued to an application.
//
//okta:operation revokeOAuth2TokenForApplication DELETE /api/v1/apps/{appId}/tokens/{tokenId}
func (s *AppsService) RevokeToken(ctx context.Context, appID, tokenID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/tokens/{tokenId}", appID, tokenID))
}

// RevokeTokens revokes all the OAuth 2.0 refresh tokens issued to an application.
//
//okta:operation revokeOAuth2TokensForApplication DELETE /api/v1/apps/{appId}/tokens
func (s *AppsService) RevokeTokens(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/tokens", appID))
}

// AppsListTokensOptions are the parameters of AppsService.ListTokens.
type AppsListTokensOptions struct {
	// Expand with "scope" embeds each token's scopes in _embedded["scopes"].
	Expand OAuth2Expand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// AppsGetTokenOptions are the parameters of AppsService.GetToken.
type AppsGetTokenOptions struct {
	// Expand with "scope" embeds the token's scopes in _embedded["scopes"].
	Expand OAuth2Expand `url:"expand"`
}

// OAuth2Token is an OAuth 2.0 refresh token issued to a client for a user.
type OAuth2Token struct {
	ID          string             `json:"id,omitzero"`
	ClientID    string             `json:"clientId,omitzero"`
	Created     time.Time          `json:"created,omitzero"`
	ExpiresAt   time.Time          `json:"expiresAt,omitzero"`
	Issuer      string             `json:"issuer,omitzero"`
	LastUpdated time.Time          `json:"lastUpdated,omitzero"`
	Scopes      []string           `json:"scopes,omitzero"`
	Status      GrantOrTokenStatus `json:"status,omitzero"`
	UserID      string             `json:"userId,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}
