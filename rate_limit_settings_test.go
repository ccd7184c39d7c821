package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestRateLimitSettingsMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "GetAdminNotifications",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.GetAdminNotifications(ctx)
			},
			method: http.MethodGet, path: "/api/v1/rate-limit-settings/admin-notifications",
			response: []byte(string(fixture(t, "rate_limit_settings/getRateLimitSettingsAdminNotifications/test_get_rate_limit_admin_notifications.0.json"))),
			check: func(t *testing.T, got any) {
				if n := got.(*RateLimitAdminNotifications); n.NotificationsEnabled == nil || !*n.NotificationsEnabled {
					t.Errorf("got %+v", n)
				}
			},
		},
		{
			name: "ReplaceAdminNotifications sends false",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.ReplaceAdminNotifications(ctx, &RateLimitAdminNotifications{NotificationsEnabled: new(false)})
			},
			method: http.MethodPut, path: "/api/v1/rate-limit-settings/admin-notifications",
			body:     `{"notificationsEnabled": false}`,
			response: []byte(string(fixture(t, "rate_limit_settings/replaceRateLimitSettingsAdminNotifications/test_replace_rate_limit_admin_notifications.1.json"))),
		},
		{
			name: "GetPerClient",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.GetPerClient(ctx)
			},
			method: http.MethodGet, path: "/api/v1/rate-limit-settings/per-client",
			response: []byte(string(fixture(t, "rate_limit_settings/getRateLimitSettingsPerClient/spec.EnforceDefaultWithOverrides.json"))),
			check: func(t *testing.T, got any) {
				s := got.(*PerClientRateLimitSettings)
				if s.DefaultMode != PerClientRateLimitModeEnforce || s.UseCaseModeOverrides.OAuth2Authorize != PerClientRateLimitModePreview ||
					s.UseCaseModeOverrides.OieAppIntent != PerClientRateLimitModeDisable || s.UseCaseModeOverrides.LoginPage != "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "ReplacePerClient",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.ReplacePerClient(ctx, &PerClientRateLimitSettings{
					DefaultMode:          PerClientRateLimitModePreview,
					UseCaseModeOverrides: &PerClientRateLimitSettingsUseCaseModeOverrides{LoginPage: PerClientRateLimitModeEnforce},
				})
			},
			method: http.MethodPut, path: "/api/v1/rate-limit-settings/per-client",
			body:     `{"defaultMode": "PREVIEW", "useCaseModeOverrides": {"LOGIN_PAGE": "ENFORCE"}}`,
			response: []byte(string(fixture(t, "rate_limit_settings/replaceRateLimitSettingsPerClient/spec.PreviewDefaultWithOverrides.json"))),
		},
		{
			name: "GetWarningThreshold",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.GetWarningThreshold(ctx)
			},
			method: http.MethodGet, path: "/api/v1/rate-limit-settings/warning-threshold",
			response: []byte(string(fixture(t, "rate_limit_settings/getRateLimitSettingsWarningThreshold/test_get_rate_limit_warning_threshold.0.json"))),
			check: func(t *testing.T, got any) {
				if w := got.(*RateLimitWarningThresholdResponse); w.WarningThreshold != 60 {
					t.Errorf("got %+v", w)
				}
			},
		},
		{
			name: "ReplaceWarningThreshold",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RateLimitSettings.ReplaceWarningThreshold(ctx, &ReplaceRateLimitWarningThresholdRequest{WarningThreshold: 75})
			},
			method: http.MethodPut, path: "/api/v1/rate-limit-settings/warning-threshold",
			body:     `{"warningThreshold": 75}`,
			response: []byte(string(fixture(t, "rate_limit_settings/replaceRateLimitSettingsWarningThreshold/test_replace_rate_limit_warning_threshold.1.json"))),
		},
	})
}

func TestRateLimitSettingsRecorded(t *testing.T) {
	t.Parallel()
	notifications := func(t *testing.T, raw []byte) { assertRoundTrip[*RateLimitAdminNotifications](t, raw) }
	perClient := func(t *testing.T, raw []byte) { assertRoundTrip[*PerClientRateLimitSettings](t, raw) }
	threshold := func(t *testing.T, raw []byte) { assertRoundTrip[*RateLimitWarningThresholdResponse](t, raw) }
	checkRecordedPayloads(t, "rate_limit_settings", map[string]func(*testing.T, []byte){
		"getRateLimitSettingsAdminNotifications":     notifications,
		"replaceRateLimitSettingsAdminNotifications": notifications,
		"getRateLimitSettingsPerClient":              perClient,
		"replaceRateLimitSettingsPerClient":          perClient,
		"getRateLimitSettingsWarningThreshold":       threshold,
		"replaceRateLimitSettingsWarningThreshold":   threshold,
	})
	// The spec's example request of replaceRateLimitSettingsWarningThreshold.
	assertRoundTrip[*ReplaceRateLimitWarningThresholdRequest](t, []byte(`{"warningThreshold": 66}`))
}
