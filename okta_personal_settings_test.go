package okta

import (
	"context"
	"testing"
)

func TestOktaPersonalSettingsRequests(t *testing.T) {
	t.Parallel()
	const base = "/okta-personal-settings/api/v1"
	calls := []apiCall{
		{
			op: "replaceOktaPersonalAdminSettings", method: "PUT", path: base + "/edit-feature", status: 204, want: "-",
			// false is sent: a pointer tells it from not set.
			body: `{"enableEnduserEntryPoints":true,"enableExportApps":false}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.OktaPersonalSettings.ReplaceAdminSettings(ctx, &OktaPersonalAdminFeatureSettings{
					EnableEnduserEntryPoints: new(true), EnableExportApps: new(false),
				}))
			},
		},
		{
			op: "listPersonalAppsExportBlockList", method: "GET", path: base + "/export-blocklists",
			response: []byte(`{"domains":["example.com","contractor.example.org"],"futureMember":1}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OktaPersonalSettings.GetBlockedEmailDomains(ctx)
			},
			check: func(t *testing.T, got any) {
				if l := got.(*PersonalAppsBlockList); len(l.Domains) != 2 || l.Domains[1] != "contractor.example.org" {
					t.Errorf("list = %+v", l)
				}
			},
		},
		{
			op: "replaceBlockedEmailDomains", method: "PUT", path: base + "/export-blocklists", status: 204, want: "-",
			body: `{"domains":["example.com"]}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.OktaPersonalSettings.ReplaceBlockedEmailDomains(ctx, &PersonalAppsBlockList{Domains: []string{"example.com"}}))
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "OktaPersonalSettings")
}

func TestOktaPersonalSettingsRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*OktaPersonalAdminFeatureSettings](t, []byte(`{"enableEnduserEntryPoints":false,"enableExportApps":true,"more":{}}`))
	assertRoundTrip[*PersonalAppsBlockList](t, []byte(`{"domains":[],"x":null}`))
}
