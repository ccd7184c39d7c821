package okta

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
)

func pushProvidersCalls(t *testing.T) []apiCall {
	apns := accessFixtureNamed(t, "push_providers", "getPushProvider", "spec_APNs")
	fcm := accessFixtureNamed(t, "push_providers", "getPushProvider", "spec_FCM")
	isAPNS := func(t *testing.T, got any) {
		p, ok := got.(*APNSPushProvider)
		if !ok || p.Configuration == nil || p.Configuration.KeyID != "KEY_ID" || p.Base().LastUpdatedDate.IsZero() {
			t.Errorf("provider = %#v, want the APNs provider", got)
		}
	}
	apnsRequest := &APNSPushProvider{
		PushProviderBase: PushProviderBase{Name: "APNs Example", ProviderType: ProviderTypeAPNS},
		Configuration: &APNSConfiguration{KeyID: "KEY_ID", TeamID: "TEAM_ID", FileName: "fileName.p8",
			TokenSigningKey: `-----BEGIN PRIVATE KEY-----\nPRIVATE_KEY\n-----END PRIVATE KEY-----\n`},
	}
	serviceAccount := fixture(t, "push_providers/requests/createPushProvider_spec_FCM.json")
	var fcmReq struct {
		Configuration struct {
			ServiceAccountJSON json.RawMessage `json:"serviceAccountJson"`
		} `json:"configuration"`
	}
	if err := json.Unmarshal(serviceAccount, &fcmReq); err != nil {
		t.Fatal(err)
	}
	return []apiCall{
		{
			op: "listPushProviders", method: "GET", path: "/api/v1/push-providers", query: map[string]string{"type": "FCM"},
			response: firstPayload(t, "push_providers", "listPushProviders", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.PushProviders.List(ctx, &PushProvidersListOptions{Type: ProviderTypeFCM})
			},
			check: func(t *testing.T, got any) {
				p := got.([]PushProvider)
				want := []string{"*okta.APNSPushProvider", "*okta.FCMPushProvider", "*okta.UnknownPushProvider"}
				for i := range want {
					if i >= len(p) || reflect.TypeOf(p[i]).String() != want[i] {
						t.Fatalf("providers = %#v, want %v", p, want)
					}
				}
				if f := p[1].(*FCMPushProvider); f.Configuration.ProjectID != "PROJECT_ID" {
					t.Errorf("FCM configuration = %+v", f.Configuration)
				}
			},
		},
		{
			op: "createPushProvider", method: "POST", path: "/api/v1/push-providers", response: apns,
			body: string(fixture(t, "push_providers/requests/createPushProvider_spec_APNs.json")),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.PushProviders.Create(ctx, apnsRequest)
			},
			check: isAPNS,
		},
		{
			op: "getPushProvider", ids: accessIDs[:1], method: "GET", path: "/api/v1/push-providers/id%2F1", response: apns,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.PushProviders.Get(ctx, ids[0])
			},
			check: isAPNS,
		},
		{
			op: "replacePushProvider", ids: accessIDs[:1], method: "PUT", path: "/api/v1/push-providers/id%2F1", response: fcm,
			body: string(serviceAccount),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.PushProviders.Replace(ctx, ids[0], &FCMPushProvider{
					PushProviderBase: PushProviderBase{Name: "FCM Example", ProviderType: ProviderTypeFCM},
					Configuration:    &FCMConfiguration{ServiceAccountJSON: fcmReq.Configuration.ServiceAccountJSON, FileName: "fileName.json"},
				})
			},
			check: func(t *testing.T, got any) {
				if p, ok := got.(*FCMPushProvider); !ok || p.Configuration.ProjectID != "PROJECT_ID" {
					t.Errorf("provider = %#v, want the FCM provider", got)
				}
			},
		},
		{
			op: "deletePushProvider", ids: accessIDs[:1], method: "DELETE", path: "/api/v1/push-providers/id%2F1", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.PushProviders.Delete(ctx, ids[0]))
			},
		},
	}
}

func TestPushProvidersRequests(t *testing.T) {
	t.Parallel()
	calls := pushProvidersCalls(t)
	checkCalledOperations(t, calls, "PushProvider")
	runAPICalls(t, calls)
}

func TestPushProvidersErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "push_providers", pushProvidersCalls(t))
}

func TestPushProvidersRoundTrips(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[PushProvider](t, raw) }
	checkRecordedPayloads(t, "push_providers", map[string]func(*testing.T, []byte){
		"listPushProviders":           func(t *testing.T, raw []byte) { assertRoundTrip[[]PushProvider](t, raw) },
		"getPushProvider":             one,
		"requests/createPushProvider": one,
	})
}
