package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// These tests cover members of Okta's current API description that the models kept as raw JSON and now type:
// the IP details, risk, bot protection and user behaviors of a System Log event's security context, the IP
// details of an address of its request's IP chain, and the device posture checks and grace period of a device
// assurance policy. Each payload is built from the schemas of Okta's current description (no recorded System Log
// payload carries these members), with a member no schema has (futureMember) in every object, and goes through
// the service method that returns it: runAPICalls checks the request, and that the result encodes back to the
// payload exactly (unknown members kept in Extra); check compares the typed values.

// rawLogsIgnoreExtra compares models without their Extra, which the round trip of runAPICalls checks.
var rawLogsIgnoreExtra = cmpopts.IgnoreTypes(Extra{})

// rawLogsCheck returns an apiCall.check that compares the result, converted by pick, with want, and checks
// that every Extra that extras picks holds futureMember.
func rawLogsCheck[R, V any](pick func(R) V, want V, extras func(R) []Extra) func(t *testing.T, got any) {
	return func(t *testing.T, got any) {
		t.Helper()
		r, ok := got.(R)
		if !ok {
			t.Fatalf("result is %T, want %T", got, r)
		}
		if diff := gocmp.Diff(want, pick(r), rawLogsIgnoreExtra); diff != "" {
			t.Errorf("typed values (-want +got):\n%s", diff)
		}
		if extras == nil {
			return
		}
		for i, e := range extras(r) {
			if _, ok := e["futureMember"]; !ok {
				t.Errorf("Extra %d = %v, want futureMember kept", i, e)
			}
		}
	}
}

// rawLogsEvent is a System Log event whose security context and IP chain carry securityContext and ipDetails.
func rawLogsEvent(securityContext, ipDetails string) string {
	return `[{"uuid":"e1","eventType":"user.session.start","published":"2026-01-02T03:04:05.678Z",` +
		`"request":{"ipChain":[{"ip":"198.51.100.7","version":"V4","ipDetails":` + ipDetails + `}]},` +
		`"securityContext":` + securityContext + `}]`
}

func TestCurrentRawLogsSystemLogList(t *testing.T) {
	t.Parallel()
	list := func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
		return c.SystemLog.List(ctx, nil)
	}
	// pick returns the typed members of the security context, and the IP details of the IP chain's address.
	type picked struct {
		Security  *LogSecurityContext
		IPDetails *LogIPDetails
	}
	pick := func(es []LogEvent) picked {
		return picked{es[0].SecurityContext, es[0].Request.IPChain[0].IPDetails}
	}

	full := rawLogsEvent(`{"asNumber":394089,"asOrg":"ASN 0000","isp":"google","domain":null,"isProxy":true,`+
		`"ipDetails":{"asNumber":9009,"asOrg":"M247 Europe SRL","domain":"m247.com","isp":"M247 Europe SRL",`+
		`"ipServiceCategories":[{"type":"VPN","operator":"NordVPN","isAnonymous":true,"futureMember":1},`+
		`{"type":"Residential Proxy","operator":null,"isAnonymous":false,"futureMember":2}],"futureMember":3},`+
		`"risk":{"level":"HIGH","previousLevel":"LOW","detectionName":"Anomalous Device","issuer":"OKTA",`+
		`"reasons":["Anomalous Device","Anomalous Location"],"futureMember":4},`+
		`"botProtection":{"level":"MEDIUM","futureMember":5},`+
		`"userBehaviors":[{"id":"abcd1","name":"New Device","result":"POSITIVE","futureMember":6},`+
		`{"id":"abcd2","name":"New City","result":"BAD_REQUEST"}],"futureMember":7}`,
		`{"asNumber":15169,"asOrg":"Google LLC","domain":"google.com","isp":"Google LLC",`+
			`"ipServiceCategories":[{"type":"Tor","isAnonymous":true}],"futureMember":8}`)
	wantFull := picked{
		Security: &LogSecurityContext{AsNumber: new(394089), AsOrg: "ASN 0000", ISP: "google", IsProxy: new(true),
			IPDetails: &LogIPDetails{AsNumber: new(9009), AsOrg: "M247 Europe SRL", Domain: "m247.com", ISP: "M247 Europe SRL",
				IPServiceCategories: []LogIPServiceCategory{
					{Type: LogIPServiceCategoryTypeVPN, Operator: "NordVPN", IsAnonymous: new(true)},
					{Type: LogIPServiceCategoryTypeResidentialProxy, IsAnonymous: new(false)},
				}},
			Risk: &LogRisk{Level: RiskLevelHigh, PreviousLevel: RiskLevelLow, DetectionName: "Anomalous Device", Issuer: "OKTA",
				Reasons: []string{"Anomalous Device", "Anomalous Location"}},
			BotProtection: &LogBotProtection{Level: LogBotProtectionLevelMedium},
			UserBehaviors: []LogUserBehavior{
				{ID: "abcd1", Name: "New Device", Result: LogUserBehaviorResultPositive},
				{ID: "abcd2", Name: "New City", Result: LogUserBehaviorResultBadRequest},
			},
		},
		IPDetails: &LogIPDetails{AsNumber: new(15169), AsOrg: "Google LLC", Domain: "google.com", ISP: "Google LLC",
			IPServiceCategories: []LogIPServiceCategory{{Type: LogIPServiceCategoryTypeTor, IsAnonymous: new(true)}}},
	}

	runAPICalls(t, []apiCall{
		{
			name: "every member", method: http.MethodGet, path: "/api/v1/logs", call: list, response: []byte(full),
			check: rawLogsCheck(pick, wantFull, func(es []LogEvent) []Extra {
				s := es[0].SecurityContext
				return []Extra{s.Extra, s.IPDetails.Extra, s.IPDetails.IPServiceCategories[0].Extra, s.IPDetails.IPServiceCategories[1].Extra,
					s.Risk.Extra, s.BotProtection.Extra, s.UserBehaviors[0].Extra, es[0].Request.IPChain[0].IPDetails.Extra}
			}),
		},
		{
			// Every member of these schemas is nullable: null members come back as null.
			name: "nulls", method: http.MethodGet, path: "/api/v1/logs", call: list,
			response: []byte(rawLogsEvent(`{"ipDetails":null,"risk":null,"botProtection":null,"userBehaviors":null}`,
				`{"asNumber":null,"asOrg":null,"domain":null,"isp":null,"ipServiceCategories":null}`)),
			check: rawLogsCheck(pick, picked{Security: &LogSecurityContext{}, IPDetails: &LogIPDetails{}}, nil),
		},
		{
			// Values Okta may add later decode as they are.
			name: "unknown values", method: http.MethodGet, path: "/api/v1/logs", call: list,
			response: []byte(rawLogsEvent(`{"risk":{"level":"CRITICAL"},"botProtection":{"level":"EXTREME"},`+
				`"userBehaviors":[{"result":"MAYBE"}]}`, `{"ipServiceCategories":[{"type":"Satellite VPN"}]}`)),
			check: rawLogsCheck(pick, picked{
				Security: &LogSecurityContext{Risk: &LogRisk{Level: "CRITICAL"}, BotProtection: &LogBotProtection{Level: "EXTREME"},
					UserBehaviors: []LogUserBehavior{{Result: "MAYBE"}}},
				IPDetails: &LogIPDetails{IPServiceCategories: []LogIPServiceCategory{{Type: "Satellite VPN"}}},
			}, nil),
		},
		{
			// An older description had userBehaviors as strings; a member of another shape than the model's is
			// kept in Extra instead of failing the event.
			name: "other shapes", method: http.MethodGet, path: "/api/v1/logs", call: list,
			response: []byte(rawLogsEvent(`{"isp":"google","userBehaviors":["New Device=POSITIVE"],"risk":"{level=LOW}"}`, `"unknown"`)),
			check: func(t *testing.T, got any) {
				es := got.([]LogEvent)
				s, a := es[0].SecurityContext, es[0].Request.IPChain[0]
				if s.ISP != "google" || s.UserBehaviors != nil || s.Risk != nil || s.Extra["userBehaviors"] == nil || s.Extra["risk"] == nil ||
					a.IPDetails != nil || a.Extra["ipDetails"] == nil {
					t.Errorf("security context = %+v, address = %+v", s, a)
				}
			},
		},
	})
}

// TestCurrentRawLogsRecorded checks that the recorded System Log events still decode, with no member left in
// the Extra of the security context or an IP address that the models now type, and round-trip exactly.
func TestCurrentRawLogsRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "system_log", map[string]func(*testing.T, []byte){
		"listLogEvents": func(t *testing.T, raw []byte) {
			for _, e := range assertRoundTrip[[]LogEvent](t, raw) {
				var extras []Extra
				if e.SecurityContext != nil {
					extras = append(extras, e.SecurityContext.Extra)
				}
				if e.Request != nil {
					for _, a := range e.Request.IPChain {
						extras = append(extras, a.Extra)
					}
				}
				for _, x := range extras {
					for _, m := range []string{"ipDetails", "risk", "botProtection", "userBehaviors"} {
						if _, ok := x[m]; ok {
							t.Errorf("event %s: %s left in Extra: %s", e.UUID, m, x[m])
						}
					}
				}
			}
		},
	})
}

func TestCurrentRawLogsDeviceAssurances(t *testing.T) {
	t.Parallel()
	const policy = `{"id":"dae1","name":"Policy","platform":"MACOS","osVersion":{"minimum":"14.0"},` +
		`"devicePostureChecks":{"include":[{"variableName":"macOSFirewall","value":"1","futureMember":1},` +
		`{"variableName":"windowsFirewall","value":"1"}],"futureMember":2},` +
		`"displayRemediationMode":"SHOW","gracePeriod":{"type":"BY_DATE_TIME","expiry":"2024-12-01T00:00:00Z","futureMember":3},"futureMember":4}`
	checks := &DevicePostureChecks{Include: []DevicePostureCheckRequirement{
		{VariableName: "macOSFirewall", Value: "1"}, {VariableName: "windowsFirewall", Value: "1"},
	}}
	byDate := &DeviceAssuranceGracePeriod{Type: DeviceAssuranceGracePeriodTypeByDateTime, Expiry: "2024-12-01T00:00:00Z"}
	type picked struct {
		Checks *DevicePostureChecks
		Grace  *DeviceAssuranceGracePeriod
	}
	pick := func(p DeviceAssurance) picked { return picked{p.Base().DevicePostureChecks, p.Base().GracePeriod} }
	extras := func(p DeviceAssurance) []Extra {
		b := p.Base()
		return []Extra{b.DevicePostureChecks.Extra, b.DevicePostureChecks.Include[0].Extra, b.GracePeriod.Extra}
	}

	runAPICalls(t, []apiCall{
		{
			op: "getDeviceAssurancePolicy", ids: []string{"dae1"}, method: http.MethodGet, path: "/api/v1/device-assurances/dae1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceAssurances.Get(ctx, ids[0])
			},
			response: []byte(policy),
			check:    rawLogsCheck(pick, picked{checks, byDate}, extras),
		},
		{
			op: "createDeviceAssurancePolicy", method: http.MethodPost, path: "/api/v1/device-assurances",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DeviceAssurances.Create(ctx, &DeviceAssuranceMacOSPlatform{
					DeviceAssuranceBase: DeviceAssuranceBase{Name: "Policy",
						DevicePostureChecks: &DevicePostureChecks{Include: []DevicePostureCheckRequirement{{VariableName: "macOSFirewall", Value: "1"}}},
						GracePeriod:         &DeviceAssuranceGracePeriod{Type: DeviceAssuranceGracePeriodTypeByDuration, Expiry: "P30D"}},
				})
			},
			body: `{"name":"Policy","platform":"MACOS","devicePostureChecks":{"include":[{"variableName":"macOSFirewall","value":"1"}]},` +
				`"gracePeriod":{"type":"BY_DURATION","expiry":"P30D"}}`,
			response: []byte(policy),
			check:    rawLogsCheck(pick, picked{checks, byDate}, extras),
		},
		{
			op: "replaceDeviceAssurancePolicy", ids: []string{"dae1"}, method: http.MethodPut, path: "/api/v1/device-assurances/dae1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var p DeviceAssuranceMacOSPlatform
				if err := json.Unmarshal([]byte(policy), &p); err != nil {
					return nil, nil, err
				}
				p.GracePeriod = &DeviceAssuranceGracePeriod{Type: DeviceAssuranceGracePeriodTypeByDuration, Expiry: "PT12H"}
				p.DevicePostureChecks.Include[1].Value = "0"
				return c.DeviceAssurances.Replace(ctx, ids[0], &p)
			},
			// The policy as read, with the changed grace period and check value; every unknown member is sent back.
			body: `{"id":"dae1","name":"Policy","platform":"MACOS","osVersion":{"minimum":"14.0"},` +
				`"devicePostureChecks":{"include":[{"variableName":"macOSFirewall","value":"1","futureMember":1},` +
				`{"variableName":"windowsFirewall","value":"0"}],"futureMember":2},` +
				`"displayRemediationMode":"SHOW","gracePeriod":{"type":"BY_DURATION","expiry":"PT12H"},"futureMember":4}`,
			response: []byte(`{"id":"dae1","name":"Policy","platform":"MACOS","gracePeriod":{"type":"BY_DURATION","expiry":"PT12H"}}`),
			check:    rawLogsCheck(pick, picked{Grace: &DeviceAssuranceGracePeriod{Type: DeviceAssuranceGracePeriodTypeByDuration, Expiry: "PT12H"}}, nil),
		},
	})
}
