package okta

import (
	"context"
	"net/http"
	"time"
)

// APIServiceIntegrationsService manages API service integration instances: Okta Integration Network services
// that call the org's APIs with OAuth 2.0 client credentials and the scopes granted to them, and their client
// secrets. Its operations live under /integrations/api/v1 rather than /api/v1. Reach it as
// client.APIServiceIntegrations.
type APIServiceIntegrationsService service

// List returns one page of API service integration instances. Pass resp.After back in opts.After to fetch the
// next page, or use ListIter.
//
//okta:operation listApiServiceIntegrationInstances GET /integrations/api/v1/api-services
func (s *APIServiceIntegrationsService) List(ctx context.Context, opts *APIServiceIntegrationsListOptions) ([]APIServiceIntegrationInstance, *Response, error) {
	return send[[]APIServiceIntegrationInstance](ctx, s.client, newRequest(http.MethodGet, "/integrations/api/v1/api-services").withQuery(opts))
}

// ListIter returns an iterator over all API service integration instances, fetching pages as it goes.
func (s *APIServiceIntegrationsService) ListIter(ctx context.Context, opts *APIServiceIntegrationsListOptions) *Iterator[APIServiceIntegrationInstance] {
	return newIterator[APIServiceIntegrationInstance](ctx, s.client, newRequest(http.MethodGet, "/integrations/api/v1/api-services").withQuery(opts))
}

// Create creates and authorizes an instance of the API service integration instance.Type, granted
// instance.GrantedScopes. The result carries the instance's client secret, which Okta returns only this once.
//
//okta:operation createApiServiceIntegrationInstance POST /integrations/api/v1/api-services
func (s *APIServiceIntegrationsService) Create(ctx context.Context, instance *CreateAPIServiceIntegrationRequest) (*PostAPIServiceIntegrationInstance, *Response, error) {
	return send[*PostAPIServiceIntegrationInstance](ctx, s.client, newRequest(http.MethodPost, "/integrations/api/v1/api-services").withBody(instance))
}

// Get retrieves an API service integration instance by ID.
//
//okta:operation getApiServiceIntegrationInstance GET /integrations/api/v1/api-services/{apiServiceId}
func (s *APIServiceIntegrationsService) Get(ctx context.Context, apiServiceID string) (*APIServiceIntegrationInstance, *Response, error) {
	return send[*APIServiceIntegrationInstance](ctx, s.client, newRequest(http.MethodGet, "/integrations/api/v1/api-services/{apiServiceId}", apiServiceID))
}

// Delete deletes an API service integration instance and revokes the scopes granted to it.
//
//okta:operation deleteApiServiceIntegrationInstance DELETE /integrations/api/v1/api-services/{apiServiceId}
func (s *APIServiceIntegrationsService) Delete(ctx context.Context, apiServiceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/integrations/api/v1/api-services/{apiServiceId}", apiServiceID))
}

// ListSecrets returns the client secrets of an API service integration instance, their values masked. The
// list is not paginated.
//
//okta:operation listApiServiceIntegrationInstanceSecrets GET /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets
func (s *APIServiceIntegrationsService) ListSecrets(ctx context.Context, apiServiceID string) ([]APIServiceIntegrationInstanceSecret, *Response, error) {
	return send[[]APIServiceIntegrationInstanceSecret](ctx, s.client, newRequest(http.MethodGet, "/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets", apiServiceID))
}

// CreateSecret creates a client secret for an API service integration instance and returns it ACTIVE. Its
// value is returned only this once. An instance has at most two secrets; Okta refuses a third.
//
//okta:operation createApiServiceIntegrationInstanceSecret POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets
func (s *APIServiceIntegrationsService) CreateSecret(ctx context.Context, apiServiceID string) (*APIServiceIntegrationInstanceSecret, *Response, error) {
	return send[*APIServiceIntegrationInstanceSecret](ctx, s.client, newRequest(http.MethodPost, "/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets", apiServiceID))
}

// DeleteSecret deletes a client secret of an API service integration instance. Okta deletes only inactive
// secrets: DeactivateSecret it first.
//
//okta:operation deleteApiServiceIntegrationInstanceSecret DELETE /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}
func (s *APIServiceIntegrationsService) DeleteSecret(ctx context.Context, apiServiceID, secretID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}", apiServiceID, secretID))
}

// ActivateSecret activates a client secret of an API service integration instance and returns it.
//
//okta:operation activateApiServiceIntegrationInstanceSecret POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/activate
func (s *APIServiceIntegrationsService) ActivateSecret(ctx context.Context, apiServiceID, secretID string) (*APIServiceIntegrationInstanceSecret, *Response, error) {
	return send[*APIServiceIntegrationInstanceSecret](ctx, s.client, newRequest(http.MethodPost, "/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/activate", apiServiceID, secretID))
}

// DeactivateSecret deactivates a client secret of an API service integration instance and returns it.
//
//okta:operation deactivateApiServiceIntegrationInstanceSecret POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/deactivate
func (s *APIServiceIntegrationsService) DeactivateSecret(ctx context.Context, apiServiceID, secretID string) (*APIServiceIntegrationInstanceSecret, *Response, error) {
	return send[*APIServiceIntegrationInstanceSecret](ctx, s.client, newRequest(http.MethodPost, "/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/deactivate", apiServiceID, secretID))
}

// APIServiceIntegrationsListOptions are the parameters of APIServiceIntegrationsService.List. The
// operation takes no page size.
type APIServiceIntegrationsListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// APIServiceIntegrationInstance is an API service integration instance.
type APIServiceIntegrationInstance struct {
	// ID is the instance's ID, which is also the ID of its OAuth 2.0 client.
	ID string `json:"id,omitzero"`
	// Type is the key of the integration in the Okta Integration Network, such as "my_app_cie".
	Type string `json:"type,omitzero"`
	// Name is the integration's name.
	Name string `json:"name,omitzero"`
	// GrantedScopes are the Okta API scopes granted to the instance, such as "okta.logs.read".
	GrantedScopes []string `json:"grantedScopes,omitzero"`
	// ConfigGuideURL is the integration's configuration guide.
	ConfigGuideURL string    `json:"configGuideUrl,omitzero"`
	CreatedAt      time.Time `json:"createdAt,omitzero"`
	// CreatedBy is the ID of the user who created the instance.
	CreatedBy string `json:"createdBy,omitzero"`
	// Properties are the instance's properties, by name, for integrations that take some (a base URL, say).
	Properties map[string]AppProperty `json:"properties,omitzero"`
	Links      Links                  `json:"_links,omitzero"`
	Extra      Extra                  `json:"-"`
}

// AppProperty is a property of an app instance, such as an API service integration instance's base URL.
type AppProperty struct {
	// Name is the property's name, such as "baseUrl".
	Name string `json:"name,omitzero"`
	// Value is the property's value, such as "https://example.com".
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// CreateAPIServiceIntegrationRequest is the body of APIServiceIntegrationsService.Create.
type CreateAPIServiceIntegrationRequest struct {
	// Type is the key of the integration in the Okta Integration Network.
	Type string `json:"type,omitzero"`
	// GrantedScopes are the Okta API scopes to grant, among those the integration asks for.
	GrantedScopes []string `json:"grantedScopes,omitzero"`
	// Properties are the instance's properties, by name, for integrations that take some.
	Properties map[string]AppProperty `json:"properties,omitzero"`
	Extra      Extra                  `json:"-"`
}

// PostAPIServiceIntegrationInstance is a new API service integration instance, with its client secret.
type PostAPIServiceIntegrationInstance struct {
	ID             string    `json:"id,omitzero"`
	Type           string    `json:"type,omitzero"`
	Name           string    `json:"name,omitzero"`
	GrantedScopes  []string  `json:"grantedScopes,omitzero"`
	ConfigGuideURL string    `json:"configGuideUrl,omitzero"`
	CreatedAt      time.Time `json:"createdAt,omitzero"`
	CreatedBy      string    `json:"createdBy,omitzero"`
	// Properties are the instance's properties, by name.
	Properties map[string]AppProperty `json:"properties,omitzero"`
	// ClientSecret is the secret of the instance's OAuth 2.0 client, returned only by Create.
	ClientSecret string `json:"clientSecret,omitzero"`
	Links        Links  `json:"_links,omitzero"`
	Extra        Extra  `json:"-"`
}

// APIServiceIntegrationInstanceSecret is a client secret of an API service integration instance.
type APIServiceIntegrationInstanceSecret struct {
	ID string `json:"id,omitzero"`
	// Status is ACTIVE or INACTIVE: use ActivateSecret and DeactivateSecret.
	Status LifecycleStatus `json:"status,omitzero"`
	// ClientSecret is the secret, in full when CreateSecret returns it and undisclosed ("***MQGQ") otherwise.
	ClientSecret string `json:"client_secret,omitzero"`
	// SecretHash is a hash of the secret.
	SecretHash  string    `json:"secret_hash,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}
