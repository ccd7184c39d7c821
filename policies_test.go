package okta

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestPoliciesMethods(t *testing.T) {
	t.Parallel()
	const pid, rid = "00p1d6ktvxQ0gGzZ51d7", "0pr1d6ktvz7iJCfAr1d7"
	isType := func(want any) func(t *testing.T, got any) {
		return func(t *testing.T, got any) {
			t.Helper()
			if reflect.TypeOf(got) != reflect.TypeOf(want) {
				t.Errorf("result is %T, want %T", got, want)
			}
		}
	}
	runAPICalls(t, []apiCall{
		{
			name: "List", op: "listPolicies", method: "GET", path: "/api/v1/policies",
			query:    map[string]string{"type": "PASSWORD", "status": "ACTIVE", "expand": "rules"},
			response: fixture(t, "policies/password_policies.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.List(ctx, &PoliciesListOptions{Type: PolicyTypePassword, Status: LifecycleStatusActive, Expand: "rules"})
			},
		},
		{
			name: "Create", op: "createPolicy", method: "POST", path: "/api/v1/policies", query: map[string]string{"activate": "false"},
			body: `{"name":"Contractors","priority":2,"type":"PASSWORD","conditions":{"people":{"groups":{"include":["00g1"]}}},
				"settings":{"password":{"age":{"maxAgeDays":0},"complexity":{"minLength":12,"minSymbol":0,"excludeUsername":false}}}}`,
			response: fixture(t, "policies/password_policy.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.Create(ctx, &PasswordPolicy{
					PolicyBase: PolicyBase{Name: "Contractors", Priority: 2},
					Conditions: &PasswordPolicyConditions{People: &PolicyPeopleCondition{Groups: &GroupCondition{Include: []string{"00g1"}}}},
					Settings: &PasswordPolicySettings{Password: &PasswordPolicyPasswordSettings{
						Age:        &PasswordPolicyPasswordSettingsAge{MaxAgeDays: new(0)},
						Complexity: &PasswordPolicyPasswordSettingsComplexity{MinLength: new(12), MinSymbol: new(0), ExcludeUsername: new(false)},
					}},
				}, &PoliciesCreateOptions{Activate: new(false)})
			},
		},
		{
			name: "Get", op: "getPolicy", ids: []string{pid}, method: "GET", path: "/api/v1/policies/" + pid, query: map[string]string{"expand": "rules"},
			response: fixture(t, "policies/password_policy.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.Get(ctx, ids[0], &PoliciesGetOptions{Expand: "rules"})
			},
		},
		{
			name: "Get/escaped", op: "getPolicy", ids: []string{".."}, method: "GET", path: "/api/v1/policies/%2E%2E", response: fixture(t, "policies/access_policy.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.Get(ctx, ids[0], nil)
			},
		},
		{
			name: "Replace", op: "replacePolicy", ids: []string{"rst1d6ktw38NUVBEn1d7"}, method: "PUT", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7",
			body: `{"name":"Any two factors","type":"ACCESS_POLICY","status":"ACTIVE"}`, response: fixture(t, "policies/access_policy.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.Replace(ctx, ids[0], &AccessPolicy{PolicyBase: PolicyBase{Name: "Any two factors", Status: LifecycleStatusActive}})
			},
		},
		{
			name: "Delete", op: "deletePolicy", ids: []string{pid}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/policies/" + pid,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.Delete(ctx, ids[0]))
			},
		},
		{
			name: "ListApps", op: "listPolicyApps", ids: []string{"rst1d6ktw38NUVBEn1d7"}, method: "GET", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7/app", response: fixture(t, "policies/apps.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.ListApps(ctx, ids[0])
			},
		},
		{
			name: "Clone", op: "clonePolicy", ids: []string{pid}, method: "POST", path: "/api/v1/policies/" + pid + "/clone", response: fixture(t, "policies/password_policy.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.Clone(ctx, ids[0])
			},
		},
		{
			name: "Activate", op: "activatePolicy", ids: []string{pid}, status: http.StatusNoContent, method: "POST", path: "/api/v1/policies/" + pid + "/lifecycle/activate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.Activate(ctx, ids[0]))
			},
		},
		{
			name: "Deactivate", op: "deactivatePolicy", ids: []string{pid}, status: http.StatusNoContent, method: "POST", path: "/api/v1/policies/" + pid + "/lifecycle/deactivate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.Deactivate(ctx, ids[0]))
			},
		},
		{
			name: "ListMappings", op: "listPolicyMappings", ids: []string{"rst1d6ktw38NUVBEn1d7"}, method: "GET", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7/mappings", response: fixture(t, "policies/mappings.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.ListMappings(ctx, ids[0])
			},
		},
		{
			name: "CreateMapping", op: "mapResourceToPolicy", ids: []string{"rst1d6ktw38NUVBEn1d7"}, method: "POST", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7/mappings",
			body: string(fixture(t, "policies/mapping_request.json")), response: fixture(t, "policies/mapping.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.CreateMapping(ctx, ids[0],
					&CreatePolicyMappingRequest{ResourceType: PolicyMappingResourceTypeApp, ResourceID: "0oa1gjh63g214q0Hq0g5"})
			},
		},
		{
			name: "GetMapping", op: "getPolicyMapping", ids: []string{"rst1d6ktw38NUVBEn1d7", "0oa1gjh63g214q0Hq0g5"}, method: "GET", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7/mappings/0oa1gjh63g214q0Hq0g5",
			response: fixture(t, "policies/mapping.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.GetMapping(ctx, ids[0], ids[1])
			},
		},
		{
			name: "DeleteMapping", op: "deletePolicyResourceMapping", ids: []string{"rst1d6ktw38NUVBEn1d7", "0oa1gjh63g214q0Hq0g5"}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/policies/rst1d6ktw38NUVBEn1d7/mappings/0oa1gjh63g214q0Hq0g5",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.DeleteMapping(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "ListRules", op: "listPolicyRules", ids: []string{"00p1d6ktvyc37KjIO1d7"}, method: "GET", path: "/api/v1/policies/00p1d6ktvyc37KjIO1d7/rules", response: fixture(t, "policies/rules_sign_on.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.ListRules(ctx, ids[0], nil)
			},
		},
		{
			name: "CreateRule", op: "createPolicyRule", ids: []string{pid}, method: "POST", path: "/api/v1/policies/" + pid + "/rules",
			body: string(fixture(t, "policies/rule_sspr_enabled_sq_step_up.json")), response: fixture(t, "policies/rule_sspr_enabled_sq_step_up_response.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.CreateRule(ctx, ids[0], &PasswordPolicyRule{
					PolicyRuleBase: PolicyRuleBase{Name: "SSPR Rule", Priority: 1, Status: LifecycleStatusActive},
					Conditions: &PasswordPolicyRuleConditions{
						People:  &PolicyPeopleCondition{Users: &UserCondition{Exclude: []string{}}},
						Network: &PolicyNetworkCondition{Connection: PolicyNetworkConnectionAnywhere},
					},
					Actions: &PasswordPolicyRuleActions{
						PasswordChange: &PasswordPolicyRuleAction{Access: PolicyAccessAllow},
						SelfServicePasswordReset: &SelfServicePasswordResetAction{Access: PolicyAccessAllow, Requirement: &SsprRequirement{
							Primary: &SsprPrimaryRequirement{Methods: []SsprMethod{SsprMethodPush, SsprMethodSMS}},
							StepUp:  &SsprStepUpRequirement{Required: new(true), Methods: []SsprStepUpMethod{SsprStepUpMethodSecurityQuestion}},
						}},
						SelfServiceUnlock: &PasswordPolicyRuleAction{Access: PolicyAccessAllow},
					},
					// The spec's example sends system=false and the type; Type would be filled in anyway.
					Extra: Extra{"system": json.RawMessage(`false`)},
				}, nil)
			},
			check: isType(&PasswordPolicyRule{}),
		},
		{
			name: "GetRule", op: "getPolicyRule", ids: []string{"00p1d6ktvyc37KjIO1d7", rid}, method: "GET", path: "/api/v1/policies/00p1d6ktvyc37KjIO1d7/rules/" + rid, response: fixture(t, "policies/rule_sign_on.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.GetRule(ctx, ids[0], ids[1])
			},
		},
		{
			name: "ReplaceRule", op: "replacePolicyRule", ids: []string{pid, "ruleId"}, method: "PUT", path: "/api/v1/policies/" + pid + "/rules/ruleId",
			body:     string(fixture(t, "policies/rule_sspr_enabled_sso_step_up_with_constraints_update.json")),
			response: fixture(t, "policies/rule_sspr_enabled_sso_step_up_with_constraints_response.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var rule PasswordPolicyRule
				if err := json.Unmarshal(fixture(t, "policies/rule_sspr_enabled_sso_step_up_with_constraints_update.json"), &rule); err != nil {
					t.Fatal(err)
				}
				return c.Policies.ReplaceRule(ctx, ids[0], ids[1], &rule)
			},
		},
		{
			name: "DeleteRule", op: "deletePolicyRule", ids: []string{pid, rid}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/policies/" + pid + "/rules/" + rid,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.DeleteRule(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "ActivateRule", op: "activatePolicyRule", ids: []string{pid, rid}, status: http.StatusNoContent, method: "POST", path: "/api/v1/policies/" + pid + "/rules/" + rid + "/lifecycle/activate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.ActivateRule(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "DeactivateRule", op: "deactivatePolicyRule", ids: []string{pid, rid}, status: http.StatusNoContent, method: "POST", path: "/api/v1/policies/" + pid + "/rules/" + rid + "/lifecycle/deactivate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Policies.DeactivateRule(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "Simulate", op: "createPolicySimulation", method: "POST", path: "/api/v1/policies/simulate", query: map[string]string{"expand": "EVALUATED"},
			body: string(fixture(t, "policies/simulate_request.json")), response: fixture(t, "policies/simulate_response.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.Simulate(ctx, []SimulatePolicyRequest{{
					PolicyTypes: []PolicyType{PolicyTypeOktaSignOn, PolicyTypeMFAEnroll},
					AppInstance: "0oa4eroj3nYCIJIW70g7",
					PolicyContext: &PolicyContext{
						User:   &PolicyContextUser{ID: "00u4eralvekR5RLuS0g7"},
						Groups: &PolicyContextGroups{IDs: []string{"00g4eralvekR5RLuS0g7", "00g4eralvekR5RLuS0g8"}},
						Risk:   &PolicyContextRisk{Level: "LOW"},
						IP:     "192.0.2.10",
						Zones:  &PolicyContextZones{IDs: []string{"nzo4eralxcRnbIHYJ0g7"}},
						Device: &PolicyContextDevice{Platform: "IOS", Registered: new(true), Managed: new(true)},
					},
				}}, &PoliciesSimulateOptions{Expand: "EVALUATED"})
			},
		},
		{
			name: "Simulate/bare array", op: "createPolicySimulation", method: "POST", path: "/api/v1/policies/simulate",
			body: `[{"appInstance":"0oa4eroj3nYCIJIW70g7"}]`, response: fixture(t, "policies/simulate_response_array.json"),
			// Okta may answer with the bare array of evaluations, which the result holds as its Evaluation.
			want: `{"evaluation":` + string(fixture(t, "policies/simulate_response_array.json")) + `}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.Simulate(ctx, []SimulatePolicyRequest{{AppInstance: "0oa4eroj3nYCIJIW70g7"}}, nil)
			},
			check: func(t *testing.T, got any) {
				r := got.(*SimulatePolicyResponse)
				out, _ := json.Marshal(r.Evaluation)
				assertJSONEqual(t, string(fixture(t, "policies/simulate_response_array.json")), string(out))
				if r.Evaluation[0].Result.Policies[0].Rules[0].Conditions[0].Type != "people.groups.include" {
					t.Errorf("evaluation = %+v", r.Evaluation[0])
				}
			},
		},
		{
			name: "Simulate/spec's 204", op: "createPolicySimulation", method: "POST", path: "/api/v1/policies/simulate", status: http.StatusNoContent,
			body: `[{"appInstance":"0oa4eroj3nYCIJIW70g7"}]`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.Simulate(ctx, []SimulatePolicyRequest{{AppInstance: "0oa4eroj3nYCIJIW70g7"}}, nil)
			},
			check: func(t *testing.T, got any) {
				if got.(*SimulatePolicyResponse) != nil {
					t.Errorf("result of an empty 204 = %+v, want nil", got)
				}
			},
		},
	})
}

// TestPoliciesListNeedsType checks that List refuses to list without a type (Okta lists one type at a time)
// before sending anything: setup fails the test on any request. runAPICalls checks the empty path IDs.
func TestPoliciesListNeedsType(t *testing.T) {
	t.Parallel()
	for name, opts := range map[string]*PoliciesListOptions{
		"nil options": nil,
		"no type":     {Status: LifecycleStatusActive},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, _ := setup(t)
			if _, _, err := c.Policies.List(t.Context(), opts); err == nil || !strings.Contains(err.Error(), "Type") {
				t.Errorf("error = %v, want one naming Type", err)
			}
		})
	}
}

// TestPolicyKinds decodes one payload of every kind of policy and checks the Go type it decodes to, that it
// re-encodes unchanged, and a few typed fields.
func TestPolicyKinds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file  string
		want  Policy
		check func(t *testing.T, p Policy)
	}{
		{"password_policy.json", &PasswordPolicy{}, func(t *testing.T, p Policy) {
			pw := p.(*PasswordPolicy)
			s := pw.Settings.Password
			if *s.Complexity.MinLength != 8 || *s.Complexity.MinSymbol != 0 || !*s.Complexity.ExcludeUsername || *s.Complexity.Dictionary.Common.Exclude {
				t.Errorf("complexity = %+v", s.Complexity)
			}
			if *s.Age.MaxAgeDays != 0 || *s.Age.HistoryCount != 4 || *s.Lockout.MaxAttempts != 10 || *s.Lockout.ShowLockoutFailures {
				t.Errorf("age = %+v, lockout = %+v", s.Age, s.Lockout)
			}
			f := pw.Settings.Recovery.Factors
			if f.OktaEmail.Status != LifecycleStatusActive || *f.OktaEmail.Properties.RecoveryToken.TokenLifetimeMinutes != 60 ||
				f.OktaSMS.Status != LifecycleStatusInactive || *f.RecoveryQuestion.Properties.Complexity.MinLength != 4 {
				t.Errorf("recovery factors = %+v", f)
			}
			if pw.Conditions.AuthProvider.Provider != PasswordPolicyAuthenticationProviderTypeOkta ||
				pw.Conditions.People.Groups.Include[0] != "00g1d6ktvwXMMkUbD1d7" || *pw.Settings.Delegation.Options.SkipUnlock {
				t.Errorf("conditions = %+v", pw.Conditions)
			}
			if _, ok := pw.Settings.Extra["breachedProtection"]; !ok {
				t.Error("breachedProtection, which the spec does not list, was dropped")
			}
			if c := p.Base(); c.Name != "Default Policy" || !c.System || c.Priority != 1 || c.Links.Href("rules") == "" {
				t.Errorf("common = %+v", c)
			}
		}},
		{"okta_sign_on_policy.json", &OktaSignOnPolicy{}, func(t *testing.T, p Policy) {
			if p.(*OktaSignOnPolicy).Conditions.People.Groups.Include[0] != "00g1d6ktvwXMMkUbD1d7" {
				t.Errorf("conditions = %+v", p.(*OktaSignOnPolicy).Conditions)
			}
		}},
		{"mfa_enroll_policy.json", &MultifactorEnrollmentPolicy{}, func(t *testing.T, p Policy) {
			s := p.(*MultifactorEnrollmentPolicy).Settings
			if s.Type != MultifactorEnrollmentPolicySettingsTypeAuthenticators || len(s.Authenticators) != 5 {
				t.Fatalf("settings = %+v", s)
			}
			if a := s.Authenticators[0]; a.Key != MultifactorEnrollmentPolicyAuthenticatorTypeOktaVerify || a.Enroll.Self != MultifactorEnrollmentPolicyAuthenticatorStatusRequired {
				t.Errorf("authenticator 0 = %+v", a)
			}
			if a := s.Authenticators[1]; a.Constraints.AAGUIDGroups[0] != "Yubico YubiKeys" {
				t.Errorf("authenticator 1 = %+v", a)
			}
			// A key the spec's enum does not list decodes as it is.
			if a := s.Authenticators[4]; a.Key != "smart_card_idp" {
				t.Errorf("authenticator 4 = %+v", a)
			}
		}},
		{"mfa_enroll_policy_factors.json", &MultifactorEnrollmentPolicy{}, func(t *testing.T, p Policy) {
			s := p.(*MultifactorEnrollmentPolicy).Settings
			var factors map[string]struct{ Enroll struct{ Self string } }
			if s.Type != "FACTORS" {
				t.Errorf("type = %q", s.Type)
			}
			if _, err := s.Extra.Get("factors", &factors); err != nil || factors["okta_push"].Enroll.Self != "REQUIRED" {
				t.Errorf("factors = %+v, %v", factors, err)
			}
		}},
		{"access_policy.json", &AccessPolicy{}, func(t *testing.T, p Policy) {
			if a := p.(*AccessPolicy); a.Conditions != nil || string(a.Extra["conditions"]) != "null" || a.Links.Href("mappings") == "" {
				t.Errorf("access policy = %+v", a)
			}
		}},
		{"profile_enrollment_policy.json", &ProfileEnrollmentPolicy{}, nil},
		{"idp_discovery_policy.json", &IdPDiscoveryPolicy{}, func(t *testing.T, p Policy) {
			if c := p.Base(); c.Type != PolicyTypeIdPDiscovery || c.Name != "Idp Discovery Policy" {
				t.Errorf("common = %+v", c)
			}
		}},
		{"unknown_policy.json", &PostAuthSessionPolicy{}, func(t *testing.T, p Policy) {
			u := p.(*PostAuthSessionPolicy)
			if u.Type != "POST_AUTH_SESSION" || u.Name != "Default Post Auth Session Policy" {
				t.Errorf("common = %+v", u.PolicyBase)
			}
			var settings struct{ ContinuousAccess struct{ Enabled bool } }
			if _, err := u.Extra.Get("settings", &settings); err != nil || !settings.ContinuousAccess.Enabled {
				t.Errorf("settings = %+v, %v", settings, err)
			}
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			p := assertRoundTrip[Policy](t, fixture(t, "policies/"+tc.file))
			if reflect.TypeOf(p) != reflect.TypeOf(tc.want) {
				t.Fatalf("decoded to %T, want %T", p, tc.want)
			}
			if tc.check != nil {
				tc.check(t, p)
			}
		})
	}
}

// TestPolicyRuleKinds does the same for rules, with every rule example of the API reference.
func TestPolicyRuleKinds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file  string
		want  PolicyRule
		check func(t *testing.T, r PolicyRule)
	}{
		{"rule_sspr_enabled_no_step_up.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_no_step_up_response.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_no_step_up_update.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sq_step_up.json", &PasswordPolicyRule{}, func(t *testing.T, r PolicyRule) {
			step := r.(*PasswordPolicyRule).Actions.SelfServicePasswordReset.Requirement.StepUp
			if !*step.Required || step.Methods[0] != "security_question" {
				t.Errorf("step up = %+v", step)
			}
		}},
		{"rule_sspr_enabled_sq_step_up_response.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sq_step_up_update.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sso_step_up.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sso_step_up_response.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sso_step_up_update.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sso_step_up_with_constraints.json", &PasswordPolicyRule{}, func(t *testing.T, r PolicyRule) {
			pr := r.(*PasswordPolicyRule)
			mc := pr.Actions.SelfServicePasswordReset.Requirement.Primary.MethodConstraints[0]
			if mc.Method != "otp" || mc.AllowedAuthenticators[0].Key != "google_otp" {
				t.Errorf("method constraint = %+v", mc)
			}
			if pr.Actions.PasswordChange.Access != PolicyAccessAllow || pr.Conditions.Network.Connection != PolicyNetworkConnectionAnywhere {
				t.Errorf("rule = %+v", pr)
			}
			if c := r.Base(); c.ID != "ruleId" || c.Type != PolicyRuleTypePassword || c.System {
				t.Errorf("common = %+v", c)
			}
		}},
		{"rule_sspr_enabled_sso_step_up_with_constraints_response.json", &PasswordPolicyRule{}, nil},
		{"rule_sspr_enabled_sso_step_up_with_constraints_update.json", &PasswordPolicyRule{}, nil},
		{"rule_sign_on.json", &OktaSignOnPolicyRule{}, func(t *testing.T, r PolicyRule) {
			so := r.(*OktaSignOnPolicyRule)
			a := so.Actions.Signon
			if a.Access != PolicyAccessAllow || *a.RequireFactor || *a.Session.MaxSessionIdleMinutes != 120 || *a.Session.MaxSessionLifetimeMinutes != 0 {
				t.Errorf("signon = %+v", a)
			}
			if a.PrimaryFactor != OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdPAnyFactor {
				t.Errorf("primaryFactor = %q", a.PrimaryFactor)
			}
			if so.Conditions.AuthContext.AuthType != PolicyRuleAuthContextTypeAny || so.Conditions.RiskScore.Level != "ANY" ||
				so.Conditions.IdentityProvider.Provider != IdentityProviderPolicyProviderAny {
				t.Errorf("conditions = %+v", so.Conditions)
			}
		}},
		{"rule_access_twofa.json", &AccessPolicyRule{}, func(t *testing.T, r PolicyRule) {
			vm := r.(*AccessPolicyRule).Actions.AppSignOn.VerificationMethod
			k, p := vm.Constraints[0].Knowledge, vm.Constraints[0].Possession
			if vm.FactorMode != "2FA" || vm.Type != "ASSURANCE" || *k.Required || k.ExcludedAuthenticationMethods[0].Key != "okta_password" {
				t.Errorf("verification method = %+v, knowledge = %+v", vm, k)
			}
			if p.PhishingResistant != "REQUIRED" || p.AuthenticationMethods[0].Method != "signed_nonce" || p.HardwareProtection != "OPTIONAL" {
				t.Errorf("possession = %+v", p)
			}
		}},
		{"rule_access_twofa_response.json", &AccessPolicyRule{}, nil},
		{"rule_access_catch_all.json", &AccessPolicyRule{}, func(t *testing.T, r PolicyRule) {
			k := r.(*AccessPolicyRule).Actions.AppSignOn.VerificationMethod.Constraints[0].Knowledge
			if k.Types[0] != "password" || k.ReauthenticateIn != "PT12H" {
				t.Errorf("knowledge = %+v", k)
			}
		}},
		{"rule_access_devices.json", &AccessPolicyRule{}, func(t *testing.T, r PolicyRule) {
			ar := r.(*AccessPolicyRule)
			c := ar.Conditions
			if !*c.Device.Managed || c.Device.Assurance.Include[0] != "dae1d6ktvwXMMkUbD1d7" || c.Platform.Include[1].OS.Expression == "" ||
				c.Platform.Include[0].OS.Type != PolicyPlatformOperatingSystemTypeIOS || c.ELCondition.Condition == "" || c.UserType.Include[0] != "oty1d6ktvwXMMkUbD1d7" {
				t.Errorf("conditions = %+v", c)
			}
			if k := ar.Actions.AppSignOn.KeepMeSignedIn; k == nil || k.PostAuth != KeepMeSignedInPostAuthAllowed || k.PostAuthPromptFrequency != "P30D" {
				t.Errorf("keepMeSignedIn = %+v", k)
			}
		}},
		{"rule_idp_discovery_specific.json", &IdPDiscoveryPolicyRule{}, func(t *testing.T, r PolicyRule) {
			ir := r.(*IdPDiscoveryPolicyRule)
			if p := ir.Actions.IdP.Providers[0]; p.Type != IdentityProviderTypeGoogle || p.ID != "0oa5hvkxvuhUkYy6l0g7" || ir.Actions.IdP.IdPSelectionType != IdPSelectionTypeSpecific {
				t.Errorf("idp = %+v", ir.Actions.IdP)
			}
			if pat := ir.Conditions.UserIdentifier.Patterns[0]; pat.MatchType != UserIdentifierMatchTypeSuffix || pat.Value != "gmail.com" {
				t.Errorf("pattern = %+v", pat)
			}
		}},
		{"rule_idp_discovery_specific_response.json", &IdPDiscoveryPolicyRule{}, nil},
		{"rule_idp_discovery_dynamic.json", &IdPDiscoveryPolicyRule{}, func(t *testing.T, r PolicyRule) {
			ir := r.(*IdPDiscoveryPolicyRule)
			if m := ir.Actions.IdP.MatchCriteria[0]; m.PropertyName != "name" || ir.Actions.IdP.IdPSelectionType != IdPSelectionTypeDynamic {
				t.Errorf("idp = %+v", ir.Actions.IdP)
			}
			if a := ir.Conditions.App.Include; a[0].Type != AppAndInstanceTypeApp || a[1].Name != "salesforce" {
				t.Errorf("app = %+v", a)
			}
		}},
		{"rule_idp_discovery_dynamic_response.json", &IdPDiscoveryPolicyRule{}, nil},
		{"rule_idp_discovery_default.json", &IdPDiscoveryPolicyRule{}, nil},
		{"rule_profile_enrollment.json", &ProfileEnrollmentPolicyRule{}, func(t *testing.T, r PolicyRule) {
			pe := r.(*ProfileEnrollmentPolicyRule).Actions.ProfileEnrollment
			if pe.UnknownUserAction != "REGISTER" || !*pe.ActivationRequirements.EmailVerification || !*pe.ProfileAttributes[0].Required ||
				pe.PreRegistrationInlineHooks[0].InlineHookID != "cal1d6ktvwXMMkUbD1d7" || pe.TargetGroupIDs[0] != "00g1d6ktvwXMMkUbD1d8" {
				t.Errorf("profile enrollment = %+v", pe)
			}
		}},
		{"rule_resource_access.json", &AuthorizationServerPolicyRule{}, func(t *testing.T, r PolicyRule) {
			ar := r.(*AuthorizationServerPolicyRule)
			if tok := ar.Actions.Token; *tok.AccessTokenLifetimeMinutes != 60 || *tok.RefreshTokenLifetimeMinutes != 0 || tok.InlineHook.ID != "cal4egvp1mbMldrYN0g7" {
				t.Errorf("token = %+v", tok)
			}
			if ar.Conditions.GrantTypes.Include[1] != "client_credentials" || ar.Conditions.Scopes.Include[0] != "*" {
				t.Errorf("conditions = %+v", ar.Conditions)
			}
		}},
		{"rule_mfa_enroll.json", &AuthenticatorEnrollmentPolicyRule{}, func(t *testing.T, r PolicyRule) {
			u := r.(*AuthenticatorEnrollmentPolicyRule)
			if u.Type != PolicyRuleTypeMFAEnroll || u.Name != "Default Rule" || u.Actions.Enroll.Self != PolicyRuleActionsEnrollSelfChallenge ||
				u.Conditions.Network.Connection != PolicyNetworkConnectionAnywhere {
				t.Errorf("rule = %+v", u)
			}
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			r := assertRoundTrip[PolicyRule](t, fixture(t, "policies/"+tc.file))
			if reflect.TypeOf(r) != reflect.TypeOf(tc.want) {
				t.Fatalf("decoded to %T, want %T", r, tc.want)
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

// TestPolicyListsTolerateOddElements: a list with a known kind, a kind Okta added after 5.1.0 (POST_AUTH_SESSION,
// once unknown here), an element without a type and
// one whose priority is not a number decodes whole, each element to the best type it can, and re-encodes as it
// came.
func TestPolicyListsTolerateOddElements(t *testing.T) {
	t.Parallel()
	ps := assertRoundTrip[[]Policy](t, fixture(t, "policies/policies_mixed.json"))
	want := []Policy{&OktaSignOnPolicy{}, &PostAuthSessionPolicy{}, &UnknownPolicy{}, &OktaSignOnPolicy{}}
	if len(ps) != len(want) {
		t.Fatalf("%d policies, want %d", len(ps), len(want))
	}
	for i := range want {
		if reflect.TypeOf(ps[i]) != reflect.TypeOf(want[i]) {
			t.Errorf("policy %d is %T, want %T", i, ps[i], want[i])
		}
	}
	if odd := ps[3].(*OktaSignOnPolicy); odd.Name != "Odd one" || odd.Priority != 0 || string(odd.Extra["priority"]) != `"high"` {
		t.Errorf("odd policy = %+v", odd)
	}

	rules := assertRoundTrip[[]PolicyRule](t, []byte(`[`+string(fixture(t, "policies/rule_sign_on.json"))+`,`+
		string(fixture(t, "policies/rule_mfa_enroll.json"))+`,null,{"id":"x","type":"SOMETHING_NEW","actions":{"x":1}}]`))
	if len(rules) != 4 || rules[2] != nil {
		t.Fatalf("rules = %+v", rules)
	}
	if _, ok := rules[3].(*UnknownPolicyRule); !ok {
		t.Errorf("rule 3 is %T", rules[3])
	}

	// Through the service too: ListRules and List return every element.
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/policies", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, fixture(t, "policies/policies_mixed.json"))
	})
	got, _, err := c.Policies.List(t.Context(), &PoliciesListOptions{Type: PolicyTypeOktaSignOn})
	if err != nil || len(got) != 4 {
		t.Fatalf("List = %d policies, %v", len(got), err)
	}
}

// TestPoliciesReplaceSendsBackEverything is the Get → change one field → Replace cycle for a policy and a rule:
// the body is what Okta returned with that field changed, including settings the spec does not list
// (breachedProtection), null members and Okta's timestamp text.
func TestPoliciesReplaceSendsBackEverything(t *testing.T) {
	t.Parallel()
	raw := fixture(t, "policies/password_policy.json")
	var want map[string]any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	want["settings"].(map[string]any)["password"].(map[string]any)["complexity"].(map[string]any)["minLength"] = 12
	want["settings"].(map[string]any)["password"].(map[string]any)["age"].(map[string]any)["maxAgeDays"] = 0
	wantBody, _ := json.Marshal(want)

	ruleRaw := fixture(t, "policies/rule_sign_on.json")
	var wantRule map[string]any
	if err := json.Unmarshal(ruleRaw, &wantRule); err != nil {
		t.Fatal(err)
	}
	wantRule["actions"].(map[string]any)["signon"].(map[string]any)["requireFactor"] = true
	wantRuleBody, _ := json.Marshal(wantRule)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/policies/00p1d6ktvxQ0gGzZ51d7", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, 200, raw) })
	mux.HandleFunc("PUT /api/v1/policies/00p1d6ktvxQ0gGzZ51d7", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(wantBody))
		serveJSON(w, 200, wantBody)
	})
	mux.HandleFunc("GET /api/v1/policies/00p1d6ktvyc37KjIO1d7/rules/0pr1d6ktvz7iJCfAr1d7", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, ruleRaw)
	})
	mux.HandleFunc("PUT /api/v1/policies/00p1d6ktvyc37KjIO1d7/rules/0pr1d6ktvz7iJCfAr1d7", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(wantRuleBody))
		serveJSON(w, 200, wantRuleBody)
	})

	p, _, err := c.Policies.Get(t.Context(), "00p1d6ktvxQ0gGzZ51d7", nil)
	if err != nil {
		t.Fatal(err)
	}
	pw := p.(*PasswordPolicy)
	pw.Settings.Password.Complexity.MinLength = new(12)
	got, _, err := c.Policies.Replace(t.Context(), pw.ID, pw)
	if err != nil {
		t.Fatal(err)
	}
	if *got.(*PasswordPolicy).Settings.Password.Complexity.MinLength != 12 {
		t.Errorf("minLength = %d", *got.(*PasswordPolicy).Settings.Password.Complexity.MinLength)
	}

	r, _, err := c.Policies.GetRule(t.Context(), "00p1d6ktvyc37KjIO1d7", "0pr1d6ktvz7iJCfAr1d7")
	if err != nil {
		t.Fatal(err)
	}
	r.(*OktaSignOnPolicyRule).Actions.Signon.RequireFactor = new(true)
	if _, _, err := c.Policies.ReplaceRule(t.Context(), "00p1d6ktvyc37KjIO1d7", r.Base().ID, r); err != nil {
		t.Fatal(err)
	}
}

// TestPoliciesCreateFillsType: a policy or rule created without a Type is sent with the type its Go type stands
// for, and the caller's value is left as it was.
func TestPoliciesCreateFillsType(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("POST /api/v1/policies", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name":"Sign-on","type":"OKTA_SIGN_ON"}`)
		serveJSON(w, 200, fixture(t, "policies/okta_sign_on_policy.json"))
	})
	mux.HandleFunc("POST /api/v1/policies/{id}/rules", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"name":"Route","type":"IDP_DISCOVERY","actions":{"idp":{"providers":[{"type":"OKTA"}]}}}`)
		serveJSON(w, 200, fixture(t, "policies/rule_idp_discovery_default.json"))
	})
	mux.HandleFunc("PUT /api/v1/policies/{id}/rules/{rule}", func(w http.ResponseWriter, r *http.Request) {
		// A Type the caller set is sent as it is.
		testJSONBody(t, r, `{"name":"Route","type":"SOMETHING_ELSE"}`)
		serveJSON(w, 200, fixture(t, "policies/rule_idp_discovery_default.json"))
	})
	in := &OktaSignOnPolicy{PolicyBase: PolicyBase{Name: "Sign-on"}}
	p, _, err := c.Policies.Create(t.Context(), in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if in.Type != "" {
		t.Errorf("Create changed the caller's policy: Type = %q", in.Type)
	}
	if _, ok := p.(*OktaSignOnPolicy); !ok {
		t.Errorf("Create returned %T", p)
	}
	rule := &IdPDiscoveryPolicyRule{PolicyRuleBase: PolicyRuleBase{Name: "Route"},
		Actions: &IdPPolicyRuleAction{IdP: &IdPPolicyRuleActionIdP{Providers: []IdPPolicyRuleActionProvider{{Type: IdentityProviderTypeOkta}}}}}
	if _, _, err := c.Policies.CreateRule(t.Context(), "00p1", rule, nil); err != nil {
		t.Fatal(err)
	}
	if rule.Type != "" {
		t.Errorf("CreateRule changed the caller's rule: Type = %q", rule.Type)
	}
	unknown := &UnknownPolicyRule{PolicyRuleBase: PolicyRuleBase{Name: "Route", Type: "SOMETHING_ELSE"}}
	if _, _, err := c.Policies.ReplaceRule(t.Context(), "00p1", "0pr1", unknown); err != nil {
		t.Fatal(err)
	}
	// Nil bodies, typed or not, are refused before sending (and do not panic): Okta requires a rule.
	for _, nilRule := range []PolicyRule{(*PasswordPolicyRule)(nil), nil} {
		if _, _, err := c.Policies.CreateRule(t.Context(), "nilbody", nilRule, nil); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("CreateRule with %#v: error = %v, want ErrInvalidInput", nilRule, err)
		}
	}
}

func TestPolicyModels(t *testing.T) {
	t.Parallel()
	t.Run("lists", func(t *testing.T) {
		t.Parallel()
		ps := assertRoundTrip[[]Policy](t, fixture(t, "policies/password_policies.json"))
		if len(ps) != 2 || *ps[1].(*PasswordPolicy).Settings.Password.Age.MaxAgeDays != 60 {
			t.Errorf("policies = %+v", ps)
		}
		rules := assertRoundTrip[[]PolicyRule](t, fixture(t, "policies/rules_sign_on.json"))
		so := rules[0].(*OktaSignOnPolicyRule)
		if so.Actions.Signon.FactorPromptMode != OktaSignOnPolicyFactorPromptModeSession || *so.Actions.Signon.FactorLifetime != 15 ||
			so.Conditions.Network.Exclude[0] != "nzo1d6ktvwXMMkUbD1d7" {
			t.Errorf("rule = %+v", so)
		}
	})
	t.Run("mappings", func(t *testing.T) {
		t.Parallel()
		m := assertRoundTrip[*PolicyMapping](t, fixture(t, "policies/mapping.json"))
		if m.ID != "0oa1gjh63g214q0Hq0g5" || !strings.HasSuffix(m.Links.Href("application"), "/apps/0oa1gjh63g214q0Hq0g5") {
			t.Errorf("mapping = %+v", m)
		}
		assertRoundTrip[[]PolicyMapping](t, fixture(t, "policies/mappings.json"))
		assertRoundTrip[CreatePolicyMappingRequest](t, fixture(t, "policies/mapping_request.json"))
		assertRoundTrip[[]Application](t, fixture(t, "policies/apps.json"))
	})
	t.Run("simulation", func(t *testing.T) {
		t.Parallel()
		body := assertRoundTrip[[]SimulatePolicyRequest](t, fixture(t, "policies/simulate_request.json"))
		if !*body[0].PolicyContext.Device.Managed || body[0].PolicyContext.Groups.IDs[1] != "00g4eralvekR5RLuS0g8" {
			t.Errorf("body = %+v", body[0])
		}
		r := assertRoundTrip[*SimulatePolicyResponse](t, fixture(t, "policies/simulate_response.json"))
		if len(r.Evaluation) != 3 || r.Evaluation[1].PolicyType != PolicyTypeAccessPolicy || r.Evaluation[1].Result.Policies[0].Name != "Any two factors" {
			t.Errorf("evaluation = %+v", r.Evaluation)
		}
		// The API reference's own examples: the request is one object with policyType (not policyTypes) and
		// the context members at the top level; the response flattens each policy into single-member objects
		// and misspells a policy type. They still decode and re-encode unchanged.
		assertRoundTrip[SimulatePolicyRequest](t, fixture(t, "policies/simulate_request_spec_example.json"))
		ex := assertRoundTrip[*SimulatePolicyResponse](t, fixture(t, "policies/simulate_response_spec_example.json"))
		if ex.Evaluation[0].PolicyType != "OkTA_SIGN_ON" || len(ex.Evaluation[0].Result.Policies) != 5 {
			t.Errorf("spec example = %+v", ex.Evaluation[0])
		}
	})
	t.Run("policy type as an array", func(t *testing.T) {
		t.Parallel()
		// What the API reference's schema says policyType is: kept, not lost.
		e := assertRoundTrip[SimulatePolicyEvaluations](t, []byte(`{"status":"MATCH","policyType":["OKTA_SIGN_ON"]}`))
		if e.PolicyType != "" || string(e.Extra["policyType"]) != `["OKTA_SIGN_ON"]` {
			t.Errorf("evaluation = %+v", e)
		}
	})
}

// TestPoliciesOptionsHaveEveryQueryParameter checks the options structs against operations.tsv.
func TestPoliciesOptionsHaveEveryQueryParameter(t *testing.T) {
	t.Parallel()
	gpCheckOptionParams(t, map[string]any{
		"listPolicies":           PoliciesListOptions{},
		"createPolicy":           PoliciesCreateOptions{},
		"getPolicy":              PoliciesGetOptions{},
		"createPolicySimulation": PoliciesSimulateOptions{},
	})
}
