package okta

import (
	"context"
	"net/http"
	"testing"
)

// deviceIntegrationPayload is a Chrome Device Trust integration as the API describes it, with members this SDK
// does not model.
const deviceIntegrationPayload = `{"id":"dvi1","displayName":"Chrome Device Trust","name":"com.google.dtc","platform":"CHROMEOS",` +
	`"status":"ACTIVE","metadata":{"type":"CHROME","serviceAccountName":"okta-dtc","serviceAccountEmail":"okta-dtc@example.iam.gserviceaccount.com","more":1},` +
	`"futureMember":"x","_links":{"self":{"href":"https://test.okta.com/api/v1/device-integrations/dvi1"},` +
	`"deactivate":{"href":"https://test.okta.com/api/v1/device-integrations/dvi1/lifecycle/deactivate","hints":{"allow":["POST"]}}}}`

func TestDeviceIntegrationsRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "dvi/1", "dvi%2F1"
	base := "/api/v1/device-integrations"
	one := []byte(deviceIntegrationPayload)
	calls := []apiCall{
		{
			op: "listDeviceIntegrations", method: http.MethodGet, path: base,
			response: []byte("[" + deviceIntegrationPayload + `,{"id":"dvi2","name":"com.okta.deviceidp","metadata":{"type":"DEVICE_IDP","idpId":"0oa1"}}]`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DeviceIntegrations.List(ctx)
			},
			check: func(t *testing.T, got any) {
				l := got.([]DeviceIntegration)
				if l[0].Metadata.Type != DeviceIntegrationMetadataTypeChrome || l[0].Platform != DeviceIntegrationPlatformChromeOS ||
					l[1].Metadata.IdPID != "0oa1" || l[1].Name != DeviceIntegrationNameDeviceIdP {
					t.Errorf("integrations = %+v", l)
				}
			},
		},
		{
			op: "getDeviceIntegration", ids: []string{id}, method: http.MethodGet, path: base + "/" + esc, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceIntegrations.Get(ctx, ids[0])
			},
		},
		{
			op: "activateDeviceIntegration", ids: []string{id}, method: http.MethodPost, path: base + "/" + esc + "/lifecycle/activate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceIntegrations.Activate(ctx, ids[0])
			},
		},
		{
			op: "deactivateDeviceIntegration", ids: []string{id}, method: http.MethodPost, path: base + "/" + esc + "/lifecycle/deactivate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceIntegrations.Deactivate(ctx, ids[0])
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "DeviceIntegrations")
	d := assertRoundTrip[*DeviceIntegration](t, []byte(`{"id":"d","status":"PAUSED","metadata":{"type":"NEW_KIND","thing":[1]}}`))
	if d.Metadata.Type != "NEW_KIND" || d.Metadata.Extra == nil || d.Status != "PAUSED" {
		t.Errorf("integration = %+v", d)
	}
}
