package okta

import (
	"context"
	"reflect"
	"testing"
)

func behaviorsCalls(t *testing.T) []apiCall {
	rule := firstPayload(t, "behaviors", "createBehaviorDetectionRule", "")
	isVelocity := func(t *testing.T, got any) {
		v, ok := got.(*BehaviorRuleVelocity)
		if !ok || v.ID != "abcd1234" || v.Settings == nil || v.Settings.VelocityKph != 805 || v.Base().Status != LifecycleStatusActive || v.Link.Href("self") == "" {
			t.Errorf("rule = %#v, want the VELOCITY rule", got)
		}
	}
	velocity := &BehaviorRuleVelocity{BehaviorRuleBase: BehaviorRuleBase{Name: "My Behavior Rule", Type: BehaviorRuleTypeVelocity}}
	return []apiCall{
		{
			op: "listBehaviorDetectionRules", method: "GET", path: "/api/v1/behaviors", response: firstPayload(t, "behaviors", "listBehaviorDetectionRules", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.List(ctx)
			},
			check: func(t *testing.T, got any) {
				rules := got.([]BehaviorRule)
				want := []string{"*okta.BehaviorRuleAnomalousLocation", "*okta.BehaviorRuleAnomalousDevice", "*okta.BehaviorRuleAnomalousIP", "*okta.BehaviorRuleVelocity", "*okta.BehaviorRuleASN"}
				if len(rules) != len(want) {
					t.Fatalf("%d rules, want %d", len(rules), len(want))
				}
				for i, r := range rules {
					if got := reflect.TypeOf(r).String(); got != want[i] || r.Base().ID == "" {
						t.Errorf("rule %d is a %s (ID %q), want a %s", i, got, r.Base().ID, want[i])
					}
				}
				loc := rules[0].(*BehaviorRuleAnomalousLocation)
				if loc.Settings.Granularity != LocationGranularityLatLong || loc.Settings.RadiusKilometers != 20 || loc.Settings.MinEventsNeededForEvaluation == nil {
					t.Errorf("location settings = %+v", loc.Settings)
				}
				if asn := rules[4].(*BehaviorRuleASN); asn.Type != BehaviorRuleTypeAnomalousASN || asn.Settings.MaxEventsUsedForEvaluation != 50 {
					t.Errorf("ASN rule = %+v", asn)
				}
			},
		},
		{
			op: "createBehaviorDetectionRule", method: "POST", path: "/api/v1/behaviors", status: 201, response: rule,
			body: string(fixture(t, "behaviors/requests/createBehaviorDetectionRule_spec_BehaviorRuleRequest.json")),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Create(ctx, velocity)
			},
			check: isVelocity,
		},
		{
			op: "getBehaviorDetectionRule", ids: accessIDs[:1], method: "GET", path: "/api/v1/behaviors/id%2F1", response: rule,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Get(ctx, ids[0])
			},
			check: isVelocity,
		},
		{
			op: "replaceBehaviorDetectionRule", ids: accessIDs[:1], method: "PUT", path: "/api/v1/behaviors/id%2F1", response: rule,
			body: `{"name":"My Behavior Rule","type":"VELOCITY","settings":{"velocityKph":900}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Replace(ctx, ids[0], &BehaviorRuleVelocity{
					BehaviorRuleBase: velocity.BehaviorRuleBase, Settings: &BehaviorRuleSettingsVelocity{VelocityKph: 900},
				})
			},
			check: isVelocity,
		},
		{
			op: "deleteBehaviorDetectionRule", ids: accessIDs[:1], method: "DELETE", path: "/api/v1/behaviors/id%2F1", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Behaviors.Delete(ctx, ids[0]))
			},
		},
		{
			op: "activateBehaviorDetectionRule", ids: accessIDs[:1], method: "POST", path: "/api/v1/behaviors/id%2F1/lifecycle/activate", response: rule,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Activate(ctx, ids[0])
			},
			check: isVelocity,
		},
		{
			op: "deactivateBehaviorDetectionRule", ids: accessIDs[:1], method: "POST", path: "/api/v1/behaviors/id%2F1/lifecycle/deactivate", response: rule,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Deactivate(ctx, ids[0])
			},
			check: isVelocity,
		},
	}
}

func TestBehaviorsRequests(t *testing.T) {
	t.Parallel()
	calls := behaviorsCalls(t)
	checkCalledOperations(t, calls, "Behavior")
	runAPICalls(t, calls)
}

func TestBehaviorsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "behaviors", behaviorsCalls(t))
}

func TestBehaviorsRoundTrips(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "behaviors", map[string]func(*testing.T, []byte){
		"listBehaviorDetectionRules":  func(t *testing.T, raw []byte) { assertRoundTrip[[]BehaviorRule](t, raw) },
		"createBehaviorDetectionRule": func(t *testing.T, raw []byte) { assertRoundTrip[BehaviorRule](t, raw) },
		"requests/createBehaviorDetectionRule": func(t *testing.T, raw []byte) {
			if _, ok := assertRoundTrip[BehaviorRule](t, raw).(*BehaviorRuleVelocity); !ok {
				t.Error("the request example is not a VELOCITY rule")
			}
		},
	})
}

// TestBehaviorsEveryKind decodes one rule of each kind, an unknown kind and one without a type, and checks
// that each keeps everything through a round trip.
func TestBehaviorsEveryKind(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"*okta.BehaviorRuleAnomalousDevice":   `{"type":"ANOMALOUS_DEVICE","name":"d","settings":{"maxEventsUsedForEvaluation":20,"minEventsNeededForEvaluation":0,"future":1}}`,
		"*okta.BehaviorRuleAnomalousIP":       `{"type":"ANOMALOUS_IP","name":"i","settings":{"maxEventsUsedForEvaluation":0}}`,
		"*okta.BehaviorRuleAnomalousLocation": `{"type":"ANOMALOUS_LOCATION","name":"l","settings":{"granularity":"CITY"}}`,
		"*okta.BehaviorRuleVelocity":          `{"type":"VELOCITY","name":"v","settings":{"velocityKph":805},"extra":{"a":[1,null]}}`,
		"*okta.BehaviorRuleASN":               `{"type":"ANOMALOUS_ASN","name":"a","settings":{"maxEventsUsedForEvaluation":20,"minEventsNeededForEvaluation":0}}`,
		"*okta.UnknownBehaviorRule":           `{"type":"ANOMALOUS_SOMETHING","name":"u","settings":{"x":null}}`,
	}
	for want, raw := range cases {
		rule := assertRoundTrip[BehaviorRule](t, []byte(raw))
		if got := reflect.TypeOf(rule).String(); got != want {
			t.Errorf("%s decodes to %s, want %s", raw, got, want)
		}
	}
	if rule := assertRoundTrip[BehaviorRule](t, []byte(`{"name":"no type"}`)); reflect.TypeOf(rule).String() != "*okta.UnknownBehaviorRule" {
		t.Errorf("a rule without a type is a %T", rule)
	}
	ip := assertRoundTrip[BehaviorRule](t, []byte(cases["*okta.BehaviorRuleAnomalousIP"])).(*BehaviorRuleAnomalousIP)
	if ip.Settings.MaxEventsUsedForEvaluation == nil || *ip.Settings.MaxEventsUsedForEvaluation != 0 {
		t.Errorf("an explicit 0 was lost: %+v", ip.Settings)
	}
}
