package okta

import (
	"context"
	"testing"
)

// adminConsoleSettingsPayload is the Admin Console's settings as the API description's schema gives them, with a
// member this SDK does not model.
const adminConsoleSettingsPayload = `{"sessionIdleTimeoutMinutes":15,"sessionMaxLifetimeMinutes":720,"futureSetting":true}`

func TestFirstPartyAppSettingsRequests(t *testing.T) {
	t.Parallel()
	calls := []apiCall{
		{
			op: "getFirstPartyAppSettings", ids: []string{string(FirstPartyAppNameAdminConsole)}, method: "GET",
			path: "/api/v1/first-party-app-settings/admin-console", response: []byte(adminConsoleSettingsPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.FirstPartyAppSettings.Get(ctx, FirstPartyAppName(ids[0]))
			},
			check: func(t *testing.T, got any) {
				if s := got.(*AdminConsoleSettings); s.SessionIdleTimeoutMinutes != 15 || s.SessionMaxLifetimeMinutes != 720 {
					t.Errorf("settings = %+v", s)
				}
			},
		},
		{
			// An app name Okta may add later is sent as it is, escaped.
			name: "replaceFirstPartyAppSettings", op: "replaceFirstPartyAppSettings", ids: []string{"other/app"}, method: "PUT",
			path: "/api/v1/first-party-app-settings/other%2Fapp",
			body: `{"sessionIdleTimeoutMinutes":30,"sessionMaxLifetimeMinutes":1440}`, response: []byte(adminConsoleSettingsPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.FirstPartyAppSettings.Replace(ctx, FirstPartyAppName(ids[0]), &AdminConsoleSettings{SessionIdleTimeoutMinutes: 30, SessionMaxLifetimeMinutes: 1440})
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "OktaApplicationSettings")
	assertRoundTrip[*AdminConsoleSettings](t, []byte(adminConsoleSettingsPayload))
}
