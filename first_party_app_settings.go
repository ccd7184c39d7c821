package okta

import (
	"context"
	"net/http"
)

// FirstPartyAppSettingsService manages the settings of Okta's own apps (first-party apps), such as the session
// lifetimes of the Okta Admin Console. Reach it as client.FirstPartyAppSettings.
type FirstPartyAppSettingsService service

// Get retrieves the settings of the Okta app appName.
//
//okta:operation getFirstPartyAppSettings GET /api/v1/first-party-app-settings/{appName}
func (s *FirstPartyAppSettingsService) Get(ctx context.Context, appName FirstPartyAppName) (*AdminConsoleSettings, *Response, error) {
	return send[*AdminConsoleSettings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/first-party-app-settings/{appName}", string(appName)))
}

// Replace replaces the settings of the Okta app appName with settings and returns them.
//
//okta:operation replaceFirstPartyAppSettings PUT /api/v1/first-party-app-settings/{appName}
func (s *FirstPartyAppSettingsService) Replace(ctx context.Context, appName FirstPartyAppName, settings *AdminConsoleSettings) (*AdminConsoleSettings, *Response, error) {
	return send[*AdminConsoleSettings](ctx, s.client, newRequest(http.MethodPut, "/api/v1/first-party-app-settings/{appName}", string(appName)).withBody(settings))
}

// FirstPartyAppName is the key name of an Okta app whose settings FirstPartyAppSettingsService manages.
type FirstPartyAppName string

// FirstPartyAppName values. Okta may support others later; any value is sent as it is.
const (
	// FirstPartyAppNameAdminConsole is the Okta Admin Console, whose settings are AdminConsoleSettings.
	FirstPartyAppNameAdminConsole FirstPartyAppName = "admin-console"
)

// AdminConsoleSettings are the settings of the Okta Admin Console.
type AdminConsoleSettings struct {
	// SessionIdleTimeoutMinutes is how long an Admin Console session may stay idle before it expires (5 to 720
	// minutes; Okta's default is 15).
	SessionIdleTimeoutMinutes int `json:"sessionIdleTimeoutMinutes,omitzero"`
	// SessionMaxLifetimeMinutes is the longest an Admin Console session may last (5 to 10080 minutes; Okta's
	// default is 720).
	SessionMaxLifetimeMinutes int   `json:"sessionMaxLifetimeMinutes,omitzero"`
	Extra                     Extra `json:"-"`
}
