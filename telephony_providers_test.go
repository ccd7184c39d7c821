package okta

import (
	"context"
	"testing"
)

// telephonyProviderPayload is a Twilio provider as the API describes it, with a member this SDK does not model.
const telephonyProviderPayload = `{"id":"cpc1","enabled":true,"isPrimaryProvider":false,"providerName":"TWILIO",` +
	`"providerCapability":"ALL","providerSid":"AC123","providerSettings":{"sms":{"twilioMessageSid":"MG1"},` +
	`"call":{"twilioCallerId":"+15550001111","later":1}},"futureMember":"kept"}`

func TestTelephonyProvidersRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "cpc/1 x", "cpc%2F1%20x"
	path := "/api/v1/telephony-providers/" + esc
	one := []byte(telephonyProviderPayload)
	var calls []apiCall
	for _, lc := range []struct {
		op, suffix string
		call       func(s *TelephonyProvidersService, ctx context.Context, id string) (*TelephonyProvider, *Response, error)
	}{
		{"getCustomTelephonyProviderCredential", "", (*TelephonyProvidersService).Get},
		{"activateCustomTelephonyCredential", "/lifecycle/activate", (*TelephonyProvidersService).Activate},
		{"deactivateCustomTelephonyCredential", "/lifecycle/deactivate", (*TelephonyProvidersService).Deactivate},
		{"setAsPrimaryCustomTelephonyCredential", "/setAsPrimary", (*TelephonyProvidersService).SetPrimary},
	} {
		method := "POST"
		if lc.suffix == "" {
			method = "GET"
		}
		calls = append(calls, apiCall{
			op: lc.op, ids: []string{id}, method: method, path: path + lc.suffix, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return lc.call(c.TelephonyProviders, ctx, ids[0])
			},
		})
	}
	calls = append(calls,
		apiCall{
			op: "listAllCustomTelephonyProviderCredentials", method: "GET", path: "/api/v1/telephony-providers", response: []byte("[" + telephonyProviderPayload + "]"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.TelephonyProviders.List(ctx)
			},
		},
		apiCall{
			op: "createCustomTelephonyProviderCredentials", method: "POST", path: "/api/v1/telephony-providers", status: 201,
			body: `{"providerName":"TELESIGN","providerCapability":"ALL","providerSid":"C1","providerAuthToken":"secret",` +
				`"providerSettings":{"sms":{"telesignService":"telesignMessagingService"},"call":{"telesignService":"telesignVoiceService"}}}`,
			response: one,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.TelephonyProviders.Create(ctx, &CreateTelephonyProviderRequest{
					ProviderName: TelephonyProviderNameTelesign, ProviderCapability: TelephonyProviderCapabilityAll,
					ProviderSID: "C1", ProviderAuthToken: "secret",
					ProviderSettings: &TelephonyProviderSettings{
						SMS:  &TelephonyChannelSettings{TelesignService: TelesignServiceMessaging},
						Call: &TelephonyChannelSettings{TelesignService: TelesignServiceVoice},
					},
				})
			},
		},
		apiCall{
			op: "updateCustomTelephonyProviderCredential", ids: []string{id}, method: "PATCH", path: path,
			body: `{"providerAuthToken":"new","providerSettings":{"sms":{"twilioVerifySid":"VA1"}}}`, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.TelephonyProviders.Update(ctx, ids[0], &UpdateTelephonyProviderRequest{
					ProviderAuthToken: "new", ProviderSettings: &TelephonyProviderSettings{SMS: &TelephonyChannelSettings{TwilioVerifySID: "VA1"}},
				})
			},
		},
		apiCall{
			op: "deleteCustomTelephonyProviderCredential", ids: []string{id}, method: "DELETE", path: path, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.TelephonyProviders.Delete(ctx, ids[0]))
			},
		},
		apiCall{
			op: "sendTestCustomTelephonyProviderCredential", ids: []string{id}, method: "POST", path: path + "/test", status: 204, want: "-",
			body: `{"factor":"SMS","phoneNumber":"+15555550100","countryCodeIso2":"US"}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.TelephonyProviders.SendTest(ctx, ids[0], &SendTestTelephonyProviderRequest{
					Factor: TelephonyTestFactorSMS, PhoneNumber: "+15555550100", CountryCodeISO2: "US",
				}))
			},
		},
	)
	runAPICalls(t, calls)
}

// TestTelephonyProvidersTypedFields checks the typed fields of a provider and that unknown members survive.
func TestTelephonyProvidersTypedFields(t *testing.T) {
	t.Parallel()
	p := assertRoundTrip[*TelephonyProvider](t, []byte(telephonyProviderPayload))
	if p.ID != "cpc1" || !p.Enabled || p.ProviderName != TelephonyProviderNameTwilio || p.ProviderSettings == nil ||
		p.ProviderSettings.SMS.TwilioMessageSID != "MG1" || p.ProviderSettings.Call.TwilioCallerID != "+15550001111" {
		t.Errorf("provider = %+v", p)
	}
	assertRoundTrip[*CreateTelephonyProviderRequest](t, []byte(`{"providerName":"SOMEONE_NEW","providerSid":"x","z":[1]}`))
	assertRoundTrip[*UpdateTelephonyProviderRequest](t, []byte(`{"id":"x","providerSettings":{"call":{"twilioVerifySid":"VA"}}}`))
	assertRoundTrip[*SendTestTelephonyProviderRequest](t, []byte(`{"factor":"CALL","phoneNumber":"1"}`))
}
