package okta

import (
	"context"
	"net/http"
)

// SSFReceiversService manages the org as a Shared Signals Framework (SSF) receiver: the security events
// providers whose security event tokens Okta ingests, and the endpoint they publish to. Reach it as
// client.SSFReceivers.
type SSFReceiversService service

// List returns the org's security events providers. The list is not paginated.
//
//okta:operation listSecurityEventsProviderInstances GET /api/v1/security-events-providers
func (s *SSFReceiversService) List(ctx context.Context) ([]SecurityEventsProvider, *Response, error) {
	return send[[]SecurityEventsProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/security-events-providers"))
}

// Create adds a security events provider: an SSF transmitter by its well-known URL, or another provider by its
// issuer and JWKS URL.
//
//okta:operation createSecurityEventsProviderInstance POST /api/v1/security-events-providers
func (s *SSFReceiversService) Create(ctx context.Context, provider *CreateSecurityEventsProviderRequest) (*SecurityEventsProvider, *Response, error) {
	return send[*SecurityEventsProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/security-events-providers").withBody(provider))
}

// Get retrieves a security events provider by ID.
//
//okta:operation getSecurityEventsProviderInstance GET /api/v1/security-events-providers/{securityEventProviderId}
func (s *SSFReceiversService) Get(ctx context.Context, providerID string) (*SecurityEventsProvider, *Response, error) {
	return send[*SecurityEventsProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/security-events-providers/{securityEventProviderId}", providerID))
}

// Replace replaces the name, type and settings of a security events provider. Build the body from what Get
// returns with SecurityEventsProvider.ReplaceRequest.
//
//okta:operation replaceSecurityEventsProviderInstance PUT /api/v1/security-events-providers/{securityEventProviderId}
func (s *SSFReceiversService) Replace(ctx context.Context, providerID string, provider *ReplaceSecurityEventsProviderRequest) (*SecurityEventsProvider, *Response, error) {
	return send[*SecurityEventsProvider](ctx, s.client, newRequest(http.MethodPut, "/api/v1/security-events-providers/{securityEventProviderId}", providerID).withBody(provider))
}

// Delete deletes a security events provider.
//
//okta:operation deleteSecurityEventsProviderInstance DELETE /api/v1/security-events-providers/{securityEventProviderId}
func (s *SSFReceiversService) Delete(ctx context.Context, providerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/security-events-providers/{securityEventProviderId}", providerID))
}

// Activate activates a security events provider.
//
//okta:operation activateSecurityEventsProviderInstance POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/activate
func (s *SSFReceiversService) Activate(ctx context.Context, providerID string) (*SecurityEventsProvider, *Response, error) {
	return send[*SecurityEventsProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/security-events-providers/{securityEventProviderId}/lifecycle/activate", providerID))
}

// Deactivate deactivates a security events provider.
//
//okta:operation deactivateSecurityEventsProviderInstance POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/deactivate
func (s *SSFReceiversService) Deactivate(ctx context.Context, providerID string) (*SecurityEventsProvider, *Response, error) {
	return send[*SecurityEventsProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/security-events-providers/{securityEventProviderId}/lifecycle/deactivate", providerID))
}

// PublishSecurityEventToken sends Okta one security event token (SET): a signed JWT, in its compact
// serialization, from a provider the org receives security events from. Okta accepts it (202) and processes
// it later.
//
//okta:operation publishSecurityEventTokens POST /security/api/v1/security-events
func (s *SSFReceiversService) PublishSecurityEventToken(ctx context.Context, token string) (*Response, error) {
	r := newRequest(http.MethodPost, "/security/api/v1/security-events")
	r.body = &rawBody{contentType: "application/secevent+jwt", data: []byte(token)}
	return exec(ctx, s.client, r)
}

// SecurityEventsProviderStatus is whether Okta ingests a provider's security events.
type SecurityEventsProviderStatus string

// SecurityEventsProviderStatus values. Okta may send others; they decode as they are.
const (
	SecurityEventsProviderStatusActive   SecurityEventsProviderStatus = "ACTIVE"
	SecurityEventsProviderStatusInactive SecurityEventsProviderStatus = "INACTIVE"
)

// SecurityEventsProvider is a provider whose security events the org receives.
type SecurityEventsProvider struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Type is the provider's app type, such as "okta".
	Type     string                          `json:"type,omitzero"`
	Status   SecurityEventsProviderStatus    `json:"status,omitzero"`
	Settings *SecurityEventsProviderSettings `json:"settings,omitzero"`
	// Links has the relations self, activate and deactivate.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ReplaceRequest returns the body that SSFReceiversService.Replace takes to replace p with its current name,
// type and settings.
func (p *SecurityEventsProvider) ReplaceRequest() *ReplaceSecurityEventsProviderRequest {
	return &ReplaceSecurityEventsProviderRequest{Name: p.Name, Type: p.Type, Settings: p.Settings}
}

// SecurityEventsProviderSettings say where a provider's events and keys come from: an SSF-compliant provider
// has a WellKnownURL; another has an Issuer and a JWKSURL.
type SecurityEventsProviderSettings struct {
	// WellKnownURL is the provider's /.well-known/ssf-configuration URL.
	WellKnownURL string `json:"well_known_url,omitzero"`
	Issuer       string `json:"issuer,omitzero"`
	// JWKSURL is where the provider publishes the keys its tokens are signed with.
	JWKSURL string `json:"jwks_url,omitzero"`
	Extra   Extra  `json:"-"`
}

// CreateSecurityEventsProviderRequest is the body of SSFReceiversService.Create.
type CreateSecurityEventsProviderRequest struct {
	Name     string                          `json:"name,omitzero"`
	Type     string                          `json:"type,omitzero"`
	Settings *SecurityEventsProviderSettings `json:"settings,omitzero"`
	Extra    Extra                           `json:"-"`
}

// ReplaceSecurityEventsProviderRequest is the body of SSFReceiversService.Replace: the same members as a
// create request.
type ReplaceSecurityEventsProviderRequest = CreateSecurityEventsProviderRequest
