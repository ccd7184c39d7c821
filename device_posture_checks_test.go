package okta

import (
	"context"
	"testing"
)

// devicePostureCheckPayload is a custom check as the API describes it, with a member this SDK does not model.
const devicePostureCheckPayload = `{"id":"dch3m8o4rWhwReDeM1c5","name":"Device posture check macOS","type":"CUSTOM","platform":"MACOS",` +
	`"query":"SELECT CASE WHEN global_state = 0 THEN 0 ELSE 1 END AS firewall_enabled FROM alf;","variableName":"macOSFirewall",` +
	`"mappingType":"CHECKBOX","remediationSettings":{"link":{"defaultUrl":"https://help.okta.com/x","customUrl":"example.com/docs"},` +
	`"message":{"defaultI18nKey":"macos.firewall.enabled.remediation.message","customText":"Enable the firewall."}},` +
	`"createdBy":"00u217pyf72CdUrBt1c5","createdDate":"2019-10-02T18:03:07.000Z","lastUpdatedBy":"00u217pyf72CdUrBt1c5",` +
	`"lastUpdate":"2019-10-02T18:03:07.000Z","futureMember":{"x":true},"_links":{"self":{"href":"https://test.okta.com/api/v1/device-posture-checks/dch3m8o4rWhwReDeM1c5","hints":{"allow":["GET","PUT","DELETE"]}}}}`

func TestDevicePostureChecksRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "dch/1 x", "dch%2F1%20x"
	base := "/api/v1/device-posture-checks"
	one := []byte(devicePostureCheckPayload)
	list := []byte("[" + devicePostureCheckPayload + "]")
	body := `{"name":"Firewall","type":"CUSTOM","platform":"MACOS","query":"SELECT 1;","variableName":"fw","mappingType":"CHECKBOX"}`
	check := &DevicePostureCheck{Name: "Firewall", Type: DevicePostureCheckTypeCustom, Platform: DevicePostureCheckPlatformMacOS,
		Query: "SELECT 1;", VariableName: "fw", MappingType: DevicePostureCheckMappingTypeCheckbox}
	runAPICalls(t, []apiCall{
		{
			op: "listDevicePostureChecks", method: "GET", path: base, response: list,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DevicePostureChecks.List(ctx)
			},
		},
		{
			op: "listDefaultDevicePostureChecks", method: "GET", path: base + "/default", response: list,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DevicePostureChecks.ListDefaults(ctx)
			},
		},
		{
			op: "createDevicePostureCheck", method: "POST", path: base, body: body, response: one,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DevicePostureChecks.Create(ctx, check)
			},
		},
		{
			op: "getDevicePostureCheck", ids: []string{id}, method: "GET", path: base + "/" + esc, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DevicePostureChecks.Get(ctx, ids[0])
			},
		},
		{
			op: "replaceDevicePostureCheck", ids: []string{id}, method: "PUT", path: base + "/" + esc, body: devicePostureCheckPayload, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var got *DevicePostureCheck // what Get returns goes back to Replace unchanged
				if err := decodeJSON(one, &got); err != nil {
					return nil, nil, err
				}
				return c.DevicePostureChecks.Replace(ctx, ids[0], got)
			},
		},
		{
			op: "deleteDevicePostureCheck", ids: []string{id}, method: "DELETE", path: base + "/" + esc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.DevicePostureChecks.Delete(ctx, ids[0]))
			},
		},
	})
}

// TestDevicePostureChecksTypedFields checks the typed fields of a check and that unknown members survive.
func TestDevicePostureChecksTypedFields(t *testing.T) {
	t.Parallel()
	c := assertRoundTrip[*DevicePostureCheck](t, []byte(devicePostureCheckPayload))
	if c.Type != DevicePostureCheckTypeCustom || c.Platform != DevicePostureCheckPlatformMacOS || c.CreatedDate.Year() != 2019 ||
		c.RemediationSettings == nil || c.RemediationSettings.Message.CustomText != "Enable the firewall." || c.Links.Href("self") == "" {
		t.Errorf("check = %+v", c)
	}
	assertRoundTrip[*DevicePostureCheck](t, []byte(`{"type":"FUTURE","platform":"LINUX","mappingType":"SLIDER"}`))
}
