package okta

import (
	"context"
	"net/http"
)

// ListGrants returns the OAuth 2.0 scope consent grants of an application: the Okta API scopes (okta.users.read,
// ...) it may request.
//
//okta:operation listScopeConsentGrants GET /api/v1/apps/{appId}/grants
func (s *AppsService) ListGrants(ctx context.Context, appID string, opts *AppsListGrantsOptions) ([]OAuth2ScopeConsentGrant, *Response, error) {
	return send[[]OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/grants", appID).withQuery(opts))
}

// GrantConsent grants an application consent to request an Okta API scope: grant.Issuer (the org URL) and
// grant.ScopeID are required.
//
//okta:operation grantConsentToScope POST /api/v1/apps/{appId}/grants
func (s *AppsService) GrantConsent(ctx context.Context, appID string, grant *OAuth2ScopeConsentGrant) (*OAuth2ScopeConsentGrant, *Response, error) {
	return send[*OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/grants", appID).withBody(grant))
}

// GetGrant retrieves a scope consent grant of an application.
//
//okta:operation getScopeConsentGrant GET /api/v1/apps/{appId}/grants/{grantId}
func (s *AppsService) GetGrant(ctx context.Context, appID, grantID string, opts *AppsGetGrantOptions) (*OAuth2ScopeConsentGrant, *Response, error) {
	return send[*OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/grants/{grantId}", appID, grantID).withQuery(opts))
}

// RevokeGrant revokes a scope consent grant of an application.
//
//okta:operation revokeScopeConsentGrant DELETE /api/v1/apps/{appId}/grants/{grantId}
func (s *AppsService) RevokeGrant(ctx context.Context, appID, grantID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/grants/{grantId}", appID, grantID))
}

// AppsListGrantsOptions are the parameters of AppsService.ListGrants.
type AppsListGrantsOptions struct {
	// Expand with "scope" embeds each grant's scope in _embedded["scope"].
	Expand OAuth2Expand `url:"expand"`
}

// AppsGetGrantOptions are the parameters of AppsService.GetGrant.
type AppsGetGrantOptions struct {
	// Expand with "scope" embeds the grant's scope in _embedded["scope"].
	Expand OAuth2Expand `url:"expand"`
}
