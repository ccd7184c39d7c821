package okta

import (
	"context"
	"net/http"
	"time"
)

// RiskProvidersService manages the third-party risk providers that send risk events to Okta (see
// RiskEventsService). Reach it as client.RiskProviders.
type RiskProvidersService service

// List returns the org's risk providers. Okta does not page this list.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation listRiskProviders GET /api/v1/risk/providers
func (s *RiskProvidersService) List(ctx context.Context) ([]RiskProvider, *Response, error) {
	return send[[]RiskProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/risk/providers"))
}

// Create registers a risk provider: Name, ClientID (the OAuth 2.0 service app it sends events with) and
// Action are required. An org has at most three.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation createRiskProvider POST /api/v1/risk/providers
func (s *RiskProvidersService) Create(ctx context.Context, provider *RiskProvider) (*RiskProvider, *Response, error) {
	return send[*RiskProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/risk/providers").withBody(provider))
}

// Get retrieves a risk provider by ID.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation getRiskProvider GET /api/v1/risk/providers/{riskProviderId}
func (s *RiskProvidersService) Get(ctx context.Context, riskProviderID string) (*RiskProvider, *Response, error) {
	return send[*RiskProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/risk/providers/{riskProviderId}", riskProviderID))
}

// Replace replaces a risk provider's name, client and action with those of provider.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation replaceRiskProvider PUT /api/v1/risk/providers/{riskProviderId}
func (s *RiskProvidersService) Replace(ctx context.Context, riskProviderID string, provider *RiskProvider) (*RiskProvider, *Response, error) {
	return send[*RiskProvider](ctx, s.client, newRequest(http.MethodPut, "/api/v1/risk/providers/{riskProviderId}", riskProviderID).withBody(provider))
}

// Delete deletes a risk provider.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation deleteRiskProvider DELETE /api/v1/risk/providers/{riskProviderId}
func (s *RiskProvidersService) Delete(ctx context.Context, riskProviderID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/risk/providers/{riskProviderId}", riskProviderID))
}

// RiskProvider is a third-party service that sends risk events to Okta.
//
// The API description says Created and LastUpdated are date-times, but its examples write them without a time
// zone ("2021-01-05 22:18:30"), which time.Time does not read. Such a value leaves the field zero and is kept,
// as sent, in Extra (Extra.Get("created", &s) reads it as a string).
type RiskProvider struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// ClientID is the ID of the OAuth 2.0 service app the provider sends risk events with.
	ClientID    string             `json:"clientId,omitzero"`
	Action      RiskProviderAction `json:"action,omitzero"`
	Created     time.Time          `json:"created,omitzero"`
	LastUpdated time.Time          `json:"lastUpdated,omitzero"`
	Links       Links              `json:"_links,omitzero"`
	Extra       Extra              `json:"-"`
}

// RiskProviderAction is what Okta does with a risk provider's events during sign-in.
type RiskProviderAction string

// RiskProviderAction values.
const (
	// RiskProviderActionEnforceAndLog uses the events to evaluate risk during sign-in and logs them.
	RiskProviderActionEnforceAndLog RiskProviderAction = "enforce_and_log"
	// RiskProviderActionLogOnly logs the events in the System Log (Okta's default).
	RiskProviderActionLogOnly RiskProviderAction = "log_only"
	// RiskProviderActionNone does nothing with the events.
	RiskProviderActionNone RiskProviderAction = "none"
)
