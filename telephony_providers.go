package okta

import (
	"context"
	"net/http"
)

// TelephonyProvidersService manages the org's own telephony providers (Twilio, Telesign): the accounts Okta
// sends SMS and voice messages through instead of its own providers. Reach it as client.TelephonyProviders.
type TelephonyProvidersService service

// List returns the org's custom telephony providers. The list is not paginated.
//
//okta:operation listAllCustomTelephonyProviderCredentials GET /api/v1/telephony-providers
func (s *TelephonyProvidersService) List(ctx context.Context) ([]TelephonyProvider, *Response, error) {
	return send[[]TelephonyProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/telephony-providers"))
}

// Create adds a custom telephony provider with its account credentials.
//
//okta:operation createCustomTelephonyProviderCredentials POST /api/v1/telephony-providers
func (s *TelephonyProvidersService) Create(ctx context.Context, provider *CreateTelephonyProviderRequest) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/telephony-providers").withBody(provider))
}

// Get retrieves a custom telephony provider by ID.
//
//okta:operation getCustomTelephonyProviderCredential GET /api/v1/telephony-providers/{customTelephonyProviderId}
func (s *TelephonyProvidersService) Get(ctx context.Context, providerID string) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/telephony-providers/{customTelephonyProviderId}", providerID))
}

// Update changes the credentials or settings of a custom telephony provider that req sets.
//
//okta:operation updateCustomTelephonyProviderCredential PATCH /api/v1/telephony-providers/{customTelephonyProviderId}
func (s *TelephonyProvidersService) Update(ctx context.Context, providerID string, req *UpdateTelephonyProviderRequest) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/telephony-providers/{customTelephonyProviderId}", providerID).withBody(req))
}

// Delete deletes a custom telephony provider.
//
//okta:operation deleteCustomTelephonyProviderCredential DELETE /api/v1/telephony-providers/{customTelephonyProviderId}
func (s *TelephonyProvidersService) Delete(ctx context.Context, providerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/telephony-providers/{customTelephonyProviderId}", providerID))
}

// Activate activates a custom telephony provider.
//
//okta:operation activateCustomTelephonyCredential POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate
func (s *TelephonyProvidersService) Activate(ctx context.Context, providerID string) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate", providerID))
}

// Deactivate deactivates a custom telephony provider.
//
//okta:operation deactivateCustomTelephonyCredential POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/deactivate
func (s *TelephonyProvidersService) Deactivate(ctx context.Context, providerID string) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/deactivate", providerID))
}

// SetPrimary makes a custom telephony provider the one Okta sends through first.
//
//okta:operation setAsPrimaryCustomTelephonyCredential POST /api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary
func (s *TelephonyProvidersService) SetPrimary(ctx context.Context, providerID string) (*TelephonyProvider, *Response, error) {
	return send[*TelephonyProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary", providerID))
}

// SendTest sends a test SMS or call through a custom telephony provider.
//
//okta:operation sendTestCustomTelephonyProviderCredential POST /api/v1/telephony-providers/{customTelephonyProviderId}/test
func (s *TelephonyProvidersService) SendTest(ctx context.Context, providerID string, req *SendTestTelephonyProviderRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/telephony-providers/{customTelephonyProviderId}/test", providerID).withBody(req))
}

// TelephonyProviderName is the company behind a custom telephony provider.
type TelephonyProviderName string

// TelephonyProviderName values. Okta may send others; they decode as they are.
const (
	TelephonyProviderNameTwilio   TelephonyProviderName = "TWILIO"
	TelephonyProviderNameTelesign TelephonyProviderName = "TELESIGN"
)

// TelephonyProviderCapability is what a custom telephony provider is used for.
type TelephonyProviderCapability string

// TelephonyProviderCapability values. Okta may send others; they decode as they are.
const (
	TelephonyProviderCapabilityAll TelephonyProviderCapability = "ALL"
)

// TelephonyProvider is a custom telephony provider. Okta never returns its auth token.
type TelephonyProvider struct {
	ID                 string                      `json:"id,omitzero"`
	Enabled            bool                        `json:"enabled,omitzero"`
	IsPrimaryProvider  bool                        `json:"isPrimaryProvider,omitzero"`
	ProviderName       TelephonyProviderName       `json:"providerName,omitzero"`
	ProviderCapability TelephonyProviderCapability `json:"providerCapability,omitzero"`
	// ProviderSID is the account's SID (Twilio) or customer ID (Telesign).
	ProviderSID      string                     `json:"providerSid,omitzero"`
	ProviderSettings *TelephonyProviderSettings `json:"providerSettings,omitzero"`
	Extra            Extra                      `json:"-"`
}

// TelephonyProviderSettings says which service of the provider's account sends SMS and which places calls.
type TelephonyProviderSettings struct {
	SMS   *TelephonyChannelSettings `json:"sms,omitzero"`
	Call  *TelephonyChannelSettings `json:"call,omitzero"`
	Extra Extra                     `json:"-"`
}

// TelephonyChannelSettings are the settings of one channel (SMS or call) of a custom telephony provider. The
// API describes one of several shapes; set the member that fits the provider and channel.
type TelephonyChannelSettings struct {
	// TwilioVerifySID is a Twilio Verify service SID (SMS or call).
	TwilioVerifySID string `json:"twilioVerifySid,omitzero"`
	// TwilioPhoneNumber is the Twilio phone number to send from (SMS or call).
	TwilioPhoneNumber string `json:"twilioPhoneNumber,omitzero"`
	// TwilioCallerID is the Twilio caller ID to call from (call).
	TwilioCallerID string `json:"twilioCallerId,omitzero"`
	// TwilioMessageSID is a Twilio Messaging Service SID (SMS).
	TwilioMessageSID string `json:"twilioMessageSid,omitzero"`
	// TelesignService is the Telesign service to use.
	TelesignService TelesignService `json:"telesignService,omitzero"`
	Extra           Extra           `json:"-"`
}

// TelesignService is a Telesign service a channel uses.
type TelesignService string

// TelesignService values. Okta may send others; they decode as they are.
const (
	TelesignServiceVoice     TelesignService = "telesignVoiceService"
	TelesignServiceVerify    TelesignService = "telesignVerifyService"
	TelesignServiceMessaging TelesignService = "telesignMessagingService"
)

// CreateTelephonyProviderRequest is the body of TelephonyProvidersService.Create.
type CreateTelephonyProviderRequest struct {
	ProviderName       TelephonyProviderName       `json:"providerName,omitzero"`
	ProviderCapability TelephonyProviderCapability `json:"providerCapability,omitzero"`
	ProviderSID        string                      `json:"providerSid,omitzero"`
	// ProviderAuthToken is the account's auth token (Twilio) or API key (Telesign). Okta never returns it.
	ProviderAuthToken string                     `json:"providerAuthToken,omitzero"`
	ProviderSettings  *TelephonyProviderSettings `json:"providerSettings,omitzero"`
	Extra             Extra                      `json:"-"`
}

// UpdateTelephonyProviderRequest is the body of TelephonyProvidersService.Update: the members to change.
type UpdateTelephonyProviderRequest struct {
	ID                string                     `json:"id,omitzero"`
	ProviderSID       string                     `json:"providerSid,omitzero"`
	ProviderAuthToken string                     `json:"providerAuthToken,omitzero"`
	ProviderSettings  *TelephonyProviderSettings `json:"providerSettings,omitzero"`
	Extra             Extra                      `json:"-"`
}

// TelephonyTestFactor is the channel of a test message.
type TelephonyTestFactor string

// TelephonyTestFactor values.
const (
	TelephonyTestFactorSMS  TelephonyTestFactor = "SMS"
	TelephonyTestFactorCall TelephonyTestFactor = "CALL"
)

// SendTestTelephonyProviderRequest is the body of TelephonyProvidersService.SendTest.
type SendTestTelephonyProviderRequest struct {
	Factor TelephonyTestFactor `json:"factor,omitzero"`
	// PhoneNumber is the number to send to.
	PhoneNumber string `json:"phoneNumber,omitzero"`
	// CountryCodeISO2 is the number's country, such as "US".
	CountryCodeISO2 string `json:"countryCodeIso2,omitzero"`
	Extra           Extra  `json:"-"`
}
