package okta

import (
	"context"
	"net/http"
	"time"
)

// ListFederatedClaims returns the federated claims of an application: claims Okta adds to the tokens or
// assertions it issues for the app, each an Okta Expression Language expression.
//
//okta:operation listFederatedClaims GET /api/v1/apps/{appId}/federated-claims
func (s *AppsService) ListFederatedClaims(ctx context.Context, appID string) ([]FederatedClaim, *Response, error) {
	return send[[]FederatedClaim](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/federated-claims", appID))
}

// CreateFederatedClaim adds the federated claim claim.Name, valued by claim.Expression, to an application.
// Okta answers 201 Created with the claim.
//
//okta:operation createFederatedClaim POST /api/v1/apps/{appId}/federated-claims
func (s *AppsService) CreateFederatedClaim(ctx context.Context, appID string, claim *FederatedClaim) (*FederatedClaim, *Response, error) {
	return send[*FederatedClaim](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/federated-claims", appID).withBody(claim))
}

// GetFederatedClaim retrieves a federated claim of an application by its ID.
//
//okta:operation getFederatedClaim GET /api/v1/apps/{appId}/federated-claims/{claimId}
func (s *AppsService) GetFederatedClaim(ctx context.Context, appID, claimID string) (*FederatedClaim, *Response, error) {
	return send[*FederatedClaim](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/federated-claims/{claimId}", appID, claimID))
}

// ReplaceFederatedClaim replaces the name and expression of a federated claim; what GetFederatedClaim returns
// can be changed and passed back.
//
//okta:operation replaceFederatedClaim PUT /api/v1/apps/{appId}/federated-claims/{claimId}
func (s *AppsService) ReplaceFederatedClaim(ctx context.Context, appID, claimID string, claim *FederatedClaim) (*FederatedClaim, *Response, error) {
	return send[*FederatedClaim](ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}/federated-claims/{claimId}", appID, claimID).withBody(claim))
}

// DeleteFederatedClaim deletes a federated claim of an application.
//
//okta:operation deleteFederatedClaim DELETE /api/v1/apps/{appId}/federated-claims/{claimId}
func (s *AppsService) DeleteFederatedClaim(ctx context.Context, appID, claimID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/federated-claims/{claimId}", appID, claimID))
}

// FederatedClaim is a claim Okta adds to what it issues for an application.
type FederatedClaim struct {
	ID string `json:"id,omitzero"`
	// Name is the claim's name in the token or assertion.
	Name string `json:"name,omitzero"`
	// Expression is the Okta Expression Language expression that gives the claim's value, e.g. "user.email".
	Expression  string    `json:"expression,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}
