package okta

import (
	"context"
	"net/http"
	"time"
)

// ListGrants returns the OAuth 2.0 scope consent grants of an application: the Okta API scopes (okta.users.read,
// ...) it may request.
//
//okta:operation listScopeConsentGrants GET /api/v1/apps/{appId}/grants
func (s *AppsService) ListGrants(ctx context.Context, appID string, opts *ListApplicationGrantsOptions) ([]OAuth2ScopeConsentGrant, *Response, error) {
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
func (s *AppsService) GetGrant(ctx context.Context, appID, grantID string, opts *GetApplicationGrantOptions) (*OAuth2ScopeConsentGrant, *Response, error) {
	return send[*OAuth2ScopeConsentGrant](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/grants/{grantId}", appID, grantID).withQuery(opts))
}

// RevokeGrant revokes a scope consent grant of an application.
//
//okta:operation revokeScopeConsentGrant DELETE /api/v1/apps/{appId}/grants/{grantId}
func (s *AppsService) RevokeGrant(ctx context.Context, appID, grantID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/grants/{grantId}", appID, grantID))
}

// ListApplicationGrantsOptions are the parameters of AppsService.ListGrants.
type ListApplicationGrantsOptions struct {
	// Expand with "scope" embeds each grant's scope in _embedded["scope"].
	Expand string `url:"expand"`
}

// GetApplicationGrantOptions are the parameters of AppsService.GetGrant.
type GetApplicationGrantOptions struct {
	// Expand with "scope" embeds the grant's scope in _embedded["scope"].
	Expand string `url:"expand"`
}

// GrantOrTokenStatus is the state of a grant or a token.
type GrantOrTokenStatus string

// GrantOrTokenStatus values.
const (
	GrantOrTokenStatusActive  GrantOrTokenStatus = "ACTIVE"
	GrantOrTokenStatusRevoked GrantOrTokenStatus = "REVOKED"
)

// OAuth2ScopeConsentGrantSource says who granted consent.
type OAuth2ScopeConsentGrantSource string

// OAuth2ScopeConsentGrantSource values.
const (
	OAuth2ScopeConsentGrantSourceAdmin   OAuth2ScopeConsentGrantSource = "ADMIN"
	OAuth2ScopeConsentGrantSourceEndUser OAuth2ScopeConsentGrantSource = "END_USER"
)

// OAuth2ScopeConsentGrant is consent, given by an administrator or a user, for an OAuth 2.0 client to request a
// scope.
type OAuth2ScopeConsentGrant struct {
	ID          string                        `json:"id,omitzero"`
	ClientID    string                        `json:"clientId,omitzero"`
	Created     time.Time                     `json:"created,omitzero"`
	CreatedBy   *OAuth2Actor                  `json:"createdBy,omitzero"`
	Issuer      string                        `json:"issuer,omitzero"`
	LastUpdated time.Time                     `json:"lastUpdated,omitzero"`
	ScopeID     string                        `json:"scopeId,omitzero"`
	Source      OAuth2ScopeConsentGrantSource `json:"source,omitzero"`
	Status      GrantOrTokenStatus            `json:"status,omitzero"`
	UserID      string                        `json:"userId,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// OAuth2Actor is who did something: a user or an application.
type OAuth2Actor struct {
	ID    string `json:"id,omitzero"`
	Type  string `json:"type,omitzero"`
	Extra Extra  `json:"-"`
}
