package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// PushProvidersService manages the push notification providers (Apple Push Notification service, Firebase
// Cloud Messaging) that custom app authenticators send their push notifications through. Reach it as
// client.PushProviders.
type PushProvidersService service

// List returns the org's push providers, of the type opts.Type or of every type. The list is not paginated.
// A provider of a type this SDK does not know is an *UnknownPushProvider.
//
//okta:operation listPushProviders GET /api/v1/push-providers
func (s *PushProvidersService) List(ctx context.Context, opts *PushProvidersListOptions) ([]PushProvider, *Response, error) {
	return send[[]PushProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/push-providers").withQuery(opts))
}

// Create creates a push provider: an *APNSPushProvider or *FCMPushProvider with its Name, ProviderType and
// Configuration (including the secret key, which Okta never returns).
//
//okta:operation createPushProvider POST /api/v1/push-providers
func (s *PushProvidersService) Create(ctx context.Context, provider PushProvider) (PushProvider, *Response, error) {
	return send[PushProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/push-providers").withBody(provider))
}

// Get retrieves a push provider by ID.
//
//okta:operation getPushProvider GET /api/v1/push-providers/{pushProviderId}
func (s *PushProvidersService) Get(ctx context.Context, pushProviderID string) (PushProvider, *Response, error) {
	return send[PushProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/push-providers/{pushProviderId}", pushProviderID))
}

// Replace replaces a push provider with provider.
//
//okta:operation replacePushProvider PUT /api/v1/push-providers/{pushProviderId}
func (s *PushProvidersService) Replace(ctx context.Context, pushProviderID string, provider PushProvider) (PushProvider, *Response, error) {
	return send[PushProvider](ctx, s.client, newRequest(http.MethodPut, "/api/v1/push-providers/{pushProviderId}", pushProviderID).withBody(provider))
}

// Delete deletes a push provider. Okta refuses (409 Conflict) while a custom app authenticator uses it.
//
//okta:operation deletePushProvider DELETE /api/v1/push-providers/{pushProviderId}
func (s *PushProvidersService) Delete(ctx context.Context, pushProviderID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/push-providers/{pushProviderId}", pushProviderID))
}

// PushProvidersListOptions are the parameters of PushProvidersService.List.
type PushProvidersListOptions struct {
	// Type lists only the providers of this type.
	Type ProviderType `url:"type"`
}

// PushProvider is a push notification provider. Its concrete type depends on its providerType:
//
//	APNS           *APNSPushProvider
//	FCM            *FCMPushProvider
//	anything else  *UnknownPushProvider
type PushProvider interface {
	// Base returns the members every kind of push provider has, to read or change them.
	Base() *PushProviderBase
}

func init() { registerUnion(decodePushProvider) }

// decodePushProvider decodes one push provider into the concrete type its providerType names.
func decodePushProvider(data []byte) (PushProvider, error) {
	var p PushProvider
	switch ProviderType(discriminator(data, "providerType")) {
	case ProviderTypeAPNS:
		p = new(APNSPushProvider)
	case ProviderTypeFCM:
		p = new(FCMPushProvider)
	default:
		p = new(UnknownPushProvider)
	}
	if err := json.Unmarshal(data, p); err != nil {
		return nil, err
	}
	return p, nil
}

// ProviderType is the kind of a push provider. It decides the provider's Go type.
type ProviderType string

// ProviderType values.
const (
	ProviderTypeAPNS ProviderType = "APNS"
	ProviderTypeFCM  ProviderType = "FCM"
)

// PushProviderBase holds the members every kind of push provider has. Each provider type embeds it; reach it
// through any PushProvider with Base.
type PushProviderBase struct {
	ID string `json:"id,omitzero"`
	// Name is the provider's display name.
	Name         string       `json:"name,omitzero"`
	ProviderType ProviderType `json:"providerType,omitzero"`
	// LastUpdatedDate is read-only. The API describes it as a string; Okta sends a timestamp.
	LastUpdatedDate time.Time `json:"lastUpdatedDate,omitzero"`
	Links           Links     `json:"_links,omitzero"`
}

// APNSPushProvider is an Apple Push Notification service provider.
type APNSPushProvider struct {
	PushProviderBase
	Configuration *APNSConfiguration `json:"configuration,omitzero"`
	Extra         Extra              `json:"-"`
}

// Base returns the members every kind of push provider has.
func (p *APNSPushProvider) Base() *PushProviderBase { return &p.PushProviderBase }

// FCMPushProvider is a Firebase Cloud Messaging provider.
type FCMPushProvider struct {
	PushProviderBase
	Configuration *FCMConfiguration `json:"configuration,omitzero"`
	Extra         Extra             `json:"-"`
}

// Base returns the members every kind of push provider has.
func (p *FCMPushProvider) Base() *PushProviderBase { return &p.PushProviderBase }

// UnknownPushProvider is a push provider whose type this SDK does not know. Its configuration is kept as Okta
// sent it.
type UnknownPushProvider struct {
	PushProviderBase
	Configuration Extra `json:"configuration,omitzero"`
	Extra         Extra `json:"-"`
}

// Base returns the members every kind of push provider has.
func (p *UnknownPushProvider) Base() *PushProviderBase { return &p.PushProviderBase }

// APNSConfiguration is the configuration of an APNSPushProvider.
type APNSConfiguration struct {
	// KeyID is the 10-character key ID from the Apple developer account.
	KeyID string `json:"keyId,omitzero"`
	// TeamID is the 10-character ID of the team that develops the iOS app.
	TeamID string `json:"teamId,omitzero"`
	// TokenSigningKey is the APNs authentication token signing key (a PEM private key). Okta never returns it.
	TokenSigningKey string `json:"tokenSigningKey,omitzero"`
	// FileName is the key file's name, shown in the Admin Console.
	FileName string `json:"fileName,omitzero"`
	Extra    Extra  `json:"-"`
}

// FCMConfiguration is the configuration of an FCMPushProvider.
type FCMConfiguration struct {
	// ServiceAccountJSON is the Google service account key file (JSON), sent as it is. Okta never returns it.
	ServiceAccountJSON json.RawMessage `json:"serviceAccountJson,omitzero"`
	// ProjectID is read-only: Okta takes it from the service account.
	ProjectID string `json:"projectId,omitzero"`
	// FileName is the key file's name, shown in the Admin Console.
	FileName string `json:"fileName,omitzero"`
	Extra    Extra  `json:"-"`
}
