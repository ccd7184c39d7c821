package okta

import (
	"context"
	"net/http"
)

// RateLimitSettingsService manages the org's rate-limit settings: whether admins are notified when the org
// nears or hits a rate limit, the percentage of a limit that triggers the warning, and per-client rate
// limiting. Reach it as client.RateLimitSettings.
type RateLimitSettingsService service

// GetAdminNotifications retrieves whether admins are notified when the org reaches a rate limit.
//
//okta:operation getRateLimitSettingsAdminNotifications GET /api/v1/rate-limit-settings/admin-notifications
func (s *RateLimitSettingsService) GetAdminNotifications(ctx context.Context) (*RateLimitAdminNotifications, *Response, error) {
	return send[*RateLimitAdminNotifications](ctx, s.client, newRequest(http.MethodGet, "/api/v1/rate-limit-settings/admin-notifications"))
}

// ReplaceAdminNotifications turns the rate-limit notifications of admins on or off.
//
//okta:operation replaceRateLimitSettingsAdminNotifications PUT /api/v1/rate-limit-settings/admin-notifications
func (s *RateLimitSettingsService) ReplaceAdminNotifications(ctx context.Context, settings *RateLimitAdminNotifications) (*RateLimitAdminNotifications, *Response, error) {
	return send[*RateLimitAdminNotifications](ctx, s.client, newRequest(http.MethodPut, "/api/v1/rate-limit-settings/admin-notifications").withBody(settings))
}

// GetPerClient retrieves the per-client rate-limit settings: how Okta limits the requests of each client (IP
// address and device) to its sign-in endpoints.
//
//okta:operation getRateLimitSettingsPerClient GET /api/v1/rate-limit-settings/per-client
func (s *RateLimitSettingsService) GetPerClient(ctx context.Context) (*PerClientRateLimitSettings, *Response, error) {
	return send[*PerClientRateLimitSettings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/rate-limit-settings/per-client"))
}

// ReplacePerClient replaces the per-client rate-limit settings: the default mode, and the modes of the use
// cases that override it.
//
//okta:operation replaceRateLimitSettingsPerClient PUT /api/v1/rate-limit-settings/per-client
func (s *RateLimitSettingsService) ReplacePerClient(ctx context.Context, settings *PerClientRateLimitSettings) (*PerClientRateLimitSettings, *Response, error) {
	return send[*PerClientRateLimitSettings](ctx, s.client, newRequest(http.MethodPut, "/api/v1/rate-limit-settings/per-client").withBody(settings))
}

// GetWarningThreshold retrieves the percentage of a rate limit at which Okta warns the org.
//
//okta:operation getRateLimitSettingsWarningThreshold GET /api/v1/rate-limit-settings/warning-threshold
func (s *RateLimitSettingsService) GetWarningThreshold(ctx context.Context) (*RateLimitWarningThresholdResponse, *Response, error) {
	return send[*RateLimitWarningThresholdResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/rate-limit-settings/warning-threshold"))
}

// ReplaceWarningThreshold sets the percentage of a rate limit, from 30 to 90, at which Okta warns the org.
//
//okta:operation replaceRateLimitSettingsWarningThreshold PUT /api/v1/rate-limit-settings/warning-threshold
func (s *RateLimitSettingsService) ReplaceWarningThreshold(ctx context.Context, threshold *ReplaceRateLimitWarningThresholdRequest) (*RateLimitWarningThresholdResponse, *Response, error) {
	return send[*RateLimitWarningThresholdResponse](ctx, s.client, newRequest(http.MethodPut, "/api/v1/rate-limit-settings/warning-threshold").withBody(threshold))
}

// RateLimitAdminNotifications says whether admins are notified when the org reaches a rate limit.
type RateLimitAdminNotifications struct {
	// NotificationsEnabled is required: a pointer, so that false is sent.
	NotificationsEnabled *bool `json:"notificationsEnabled,omitzero"`
	Extra                Extra `json:"-"`
}

// PerClientRateLimitSettings are the per-client rate-limit settings.
type PerClientRateLimitSettings struct {
	// DefaultMode applies to every use case that UseCaseModeOverrides does not name.
	DefaultMode          PerClientRateLimitMode                          `json:"defaultMode,omitzero"`
	UseCaseModeOverrides *PerClientRateLimitSettingsUseCaseModeOverrides `json:"useCaseModeOverrides,omitzero"`
	Extra                Extra                                           `json:"-"`
}

// PerClientRateLimitSettingsUseCaseModeOverrides are the per-client rate-limit modes of the use cases that do
// not follow the default mode.
type PerClientRateLimitSettingsUseCaseModeOverrides struct {
	LoginPage       PerClientRateLimitMode `json:"LOGIN_PAGE,omitzero"`
	OAuth2Authorize PerClientRateLimitMode `json:"OAUTH2_AUTHORIZE,omitzero"`
	OieAppIntent    PerClientRateLimitMode `json:"OIE_APP_INTENT,omitzero"`
	Extra           Extra                  `json:"-"`
}

// PerClientRateLimitMode is how Okta applies per-client rate limits.
type PerClientRateLimitMode string

// PerClientRateLimitMode values.
const (
	// PerClientRateLimitModeDisable turns per-client rate limiting off.
	PerClientRateLimitModeDisable PerClientRateLimitMode = "DISABLE"
	// PerClientRateLimitModeEnforce limits each client.
	PerClientRateLimitModeEnforce PerClientRateLimitMode = "ENFORCE"
	// PerClientRateLimitModePreview only logs, in the System Log, the clients that would be limited.
	PerClientRateLimitModePreview PerClientRateLimitMode = "PREVIEW"
)

// RateLimitWarningThresholdResponse is the percentage of a rate limit at which Okta warns the org (by
// default 90 for Workforce orgs and 60 for Customer Identity orgs).
type RateLimitWarningThresholdResponse struct {
	WarningThreshold int   `json:"warningThreshold,omitzero"`
	Extra            Extra `json:"-"`
}

// ReplaceRateLimitWarningThresholdRequest is the body of RateLimitSettingsService.ReplaceWarningThreshold.
type ReplaceRateLimitWarningThresholdRequest struct {
	// WarningThreshold is a percentage from 30 to 90.
	WarningThreshold int   `json:"warningThreshold,omitzero"`
	Extra            Extra `json:"-"`
}
