package okta

import (
	"context"
	"encoding/json"
	"testing"
	"time"
)

// Payloads built from the API description's schemas, each with a member this SDK does not model.
const (
	userRiskPayload = `{"riskLevel":"HIGH","reason":"Admin override risk","futureMember":{"a":1},` +
		`"_links":{"self":{"href":"https://x.okta.com/api/v1/users/00u1/risk"},"user":{"href":"https://x.okta.com/api/v1/users/00u1"}}}`
	userRiskNonePayload       = `{"riskLevel":"NONE","_links":{"self":{"href":"https://x.okta.com/api/v1/users/00u1/risk"}}}`
	userClassificationPayload = `{"type":"LITE","lastUpdated":"2025-01-02T03:04:05.000Z","source":"ADMIN"}`
	userDevicesPayload        = `[{"created":"2024-09-01T10:00:00.000Z","deviceUserId":"dul1","later":true,"device":{"id":"guo1",` +
		`"status":"ACTIVE","created":"2024-08-01T10:00:00.000Z","lastUpdated":"2024-08-02T10:00:00.000Z","resourceType":"UDDevice",` +
		`"resourceId":"guo1","resourceDisplayName":{"value":"Mac","sensitive":false},"profile":{"displayName":"Mac","platform":"MACOS",` +
		`"registered":true,"diskEncryptionType":"ALL_INTERNAL_VOLUMES","newSignal":"x"},"_links":{"self":{"href":"https://x.okta.com/api/v1/devices/guo1"}}}}]`
)

func TestUsersCurrentRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "00u/1 x", "00u%2F1%20x"
	path := "/api/v1/users/" + esc
	runAPICalls(t, []apiCall{
		{
			op: "getUserRisk", ids: []string{id}, method: "GET", path: path + "/risk", response: []byte(userRiskPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetRisk(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if r := got.(*UserRisk); r.RiskLevel != UserRiskLevelHigh || r.Reason != "Admin override risk" || r.Links.Href("user") == "" {
					t.Errorf("risk = %+v", r)
				}
			},
		},
		{
			name: "getUserRisk NONE", op: "getUserRisk", ids: []string{id}, method: "GET", path: path + "/risk", response: []byte(userRiskNonePayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetRisk(ctx, ids[0])
			},
		},
		{
			op: "upsertUserRisk", ids: []string{id}, method: "PUT", path: path + "/risk", status: 201,
			body: `{"riskLevel":"LOW"}`, response: []byte(`{"riskLevel":"LOW","reason":"Admin override risk"}`),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ReplaceRisk(ctx, ids[0], &ReplaceUserRiskRequest{RiskLevel: UserRiskLevelLow})
			},
		},
		{
			op: "getUserClassification", ids: []string{id}, method: "GET", path: path + "/classification", response: []byte(userClassificationPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetClassification(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				want := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
				if cl := got.(*UserClassification); cl.Type != ClassificationTypeLite || !cl.LastUpdated.Equal(want) {
					t.Errorf("classification = %+v", cl)
				}
			},
		},
		{
			op: "replaceUserClassification", ids: []string{id}, method: "PUT", path: path + "/classification",
			body: `{"type":"STANDARD"}`, response: []byte(`{"type":"STANDARD","lastUpdated":"2025-01-02T03:04:05.000Z"}`),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ReplaceClassification(ctx, ids[0], &ReplaceUserClassificationRequest{Type: ClassificationTypeStandard})
			},
		},
		{
			op: "listUserDevices", ids: []string{id}, method: "GET", path: path + "/devices", response: []byte(userDevicesPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListDevices(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				d := got.([]UserDevice)
				if len(d) != 1 || d[0].DeviceUserID != "dul1" || d[0].Device == nil || d[0].Device.Profile.Platform != DevicePlatformMacOS {
					t.Errorf("devices = %+v", d)
				}
			},
		},
	})
}

// TestUsersCurrentGetChangeReplace: what GetRisk and GetClassification return converts to the body of their
// Replace, which sends only what Okta's PUT takes; unknown members and values survive a round trip.
func TestUsersCurrentGetChangeReplace(t *testing.T) {
	t.Parallel()
	risk := assertRoundTrip[*UserRisk](t, []byte(userRiskPayload))
	assertRoundTrip[*UserRisk](t, []byte(`{"riskLevel":"SEVERE","reason":"new level"}`))
	req := risk.ReplaceRequest()
	req.RiskLevel = UserRiskLevelLow
	if b, err := json.Marshal(req); err != nil {
		t.Fatal(err)
	} else {
		assertJSONEqual(t, `{"riskLevel":"LOW"}`, string(b))
	}

	cl := assertRoundTrip[*UserClassification](t, []byte(userClassificationPayload))
	if b, err := json.Marshal(cl.ReplaceRequest()); err != nil {
		t.Fatal(err)
	} else {
		assertJSONEqual(t, `{"type":"LITE"}`, string(b))
	}
	assertRoundTrip[*UserClassification](t, []byte(`{"type":"PREMIUM"}`))
	assertRoundTrip[[]UserDevice](t, []byte(userDevicesPayload))
}
