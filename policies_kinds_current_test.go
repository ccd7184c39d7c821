package okta

import (
	"net/http"
	"reflect"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// The payloads below follow the schemas of Okta's current description (current.yaml), which has no examples for
// these kinds: every property of each schema is set, and a member the schemas do not have is added here and
// there to check that it lands in the right Extra and goes back out.

const (
	kindsLinks = `"_links": {"self": {"href": "https://dev-123456.okta.com/api/v1/policies/rst1", "hints": {"allow": ["GET", "PUT"]}}}`

	clientUpdatePolicyJSON = `{
	"id": "rst1cu", "name": "Okta Verify updates", "description": "Auto-updates", "priority": 1, "status": "ACTIVE",
	"system": true, "type": "CLIENT_UPDATE", "conditions": null,
	"created": "2025-01-14T16:24:43.000Z", "lastUpdated": "2025-01-14T16:24:43.000Z", ` + kindsLinks + `}`

	deviceSignalCollectionPolicyJSON = `{
	"id": "rst1dsc", "name": "Device signals", "priority": 1, "status": "ACTIVE", "system": false,
	"type": "DEVICE_SIGNAL_COLLECTION", "conditions": null, "_embedded": {"resourceType": "APP"},
	"created": "2025-01-14T16:24:43.000Z", "lastUpdated": "2025-01-14T16:24:43.000Z", ` + kindsLinks + `}`

	entityRiskPolicyJSON = `{
	"id": "rst1er", "name": "Entity Risk Policy", "priority": 1, "status": "ACTIVE", "system": true,
	"type": "ENTITY_RISK", "conditions": null, ` + kindsLinks + `}`

	postAuthSessionPolicyJSON = `{
	"id": "rst1pas", "name": "Identity Threat Protection", "priority": 1, "status": "ACTIVE", "system": true,
	"type": "POST_AUTH_SESSION", "conditions": null, "settings": {"continuousAccess": {"enabled": true}}, ` + kindsLinks + `}`

	sessionViolationDetectionPolicyJSON = `{
	"id": "rst1svd", "name": "Session violation detection", "priority": 1, "status": "ACTIVE", "system": true,
	"type": "SESSION_VIOLATION_DETECTION", "conditions": null, ` + kindsLinks + `}`

	authenticatorEnrollmentRuleJSON = `{
	"id": "0pr1mfa", "name": "Enroll at sign-in", "priority": 1, "status": "ACTIVE", "system": false, "type": "MFA_ENROLL",
	"conditions": {
		"app": {"include": [{"id": "0oa1app", "type": "APP"}], "exclude": [{"name": "okta_enduser", "type": "APP_TYPE"}]},
		"network": {"connection": "ZONE", "include": ["nzo1in"], "exclude": ["nzo1out"]},
		"people": {"users": {"exclude": ["00u1out"]}}
	},
	"actions": {"enroll": {"self": "LOGIN", "later": true}},
	"created": "2025-01-14T16:24:43.000Z", "lastUpdated": "2025-01-14T16:24:43.000Z", ` + kindsLinks + `}`

	clientUpdateRuleJSON = `{
	"id": "0pr1cu", "name": "Hotfixes only", "priority": 1, "status": "ACTIVE", "system": true, "type": "CLIENT_UPDATE",
	"conditions": {},
	"actions": {"updateControls": {"actions": [{"action": "OKTA_VERIFY_UPDATE", "value": "HOTFIX_ONLY"}]}},
	` + kindsLinks + `}`

	deviceSignalCollectionRuleJSON = `{
	"id": "0pr1dsc", "name": "Desktops and Android", "priority": 1, "status": "ACTIVE", "system": false,
	"type": "DEVICE_SIGNAL_COLLECTION",
	"conditions": {
		"network": {"connection": "ANYWHERE"},
		"platform": {
			"include": [
				{"type": "DESKTOP", "os": {"type": "MACOS"}},
				{"type": "MOBILE", "os": {"type": "ANDROID", "version": {"matchType": "SEMVER", "value": "14"}}}
			],
			"exclude": [{"type": "DESKTOP", "os": {"type": "CHROMEOS", "expression": "device.os.version < '120'"}}]
		}
	},
	"actions": {"deviceSignalCollection": {"deviceContextProviders": [
		{"key": "OKTA_VERIFY", "userIdentification": "ALLOW"},
		{"key": "DEVICE_POSTURE_IDP", "id": "0oa1posture", "userIdentification": "IGNORE"},
		{"key": "SOMETHING_NEW", "rank": 3}
	]}},
	` + kindsLinks + `}`

	entityRiskRuleJSON = `{
	"id": "0pr1er", "name": "High risk: end sessions, run a flow", "priority": 1, "status": "ACTIVE", "system": false,
	"type": "ENTITY_RISK",
	"conditions": {
		"entityRisk": {"level": "HIGH"},
		"people": {"users": {"exclude": ["00u1admin"]}, "groups": {"include": ["00g1everyone"]}},
		"riskDetectionTypes": {"include": ["BRUTE_FORCE_ATTACK", "SUSPICIOUS_APP_ACCESS", "A_NEW_DETECTION"]}
	},
	"actions": {"entityRisk": {"actions": [
		{"action": "TERMINATE_ALL_SESSIONS"},
		{"action": "RUN_WORKFLOW", "workflow": {"id": 730412345678901234, "name": "Lock account"}},
		{"action": "NOTIFY_ADMIN", "channel": "email"}
	]}},
	"created": "2025-01-14T16:24:43.000Z", "lastUpdated": "2025-01-14T16:24:43.000Z", ` + kindsLinks + `}`

	entityRiskDefaultRuleJSON = `{
	"id": "0pr1erdefault", "name": "Catch-all rule", "priority": 99, "status": "ACTIVE", "system": true,
	"type": "ENTITY_RISK",
	"conditions": {"entityRisk": {"level": "ANY"}, "riskDetectionTypes": {"exclude": ["ADMIN_REPORTED_USER_RISK"]}},
	"actions": {"entityRisk": {"actions": []}},
	` + kindsLinks + `}`

	postAuthSessionRuleJSON = `{
	"id": "0pr1pas", "name": "Session protection", "priority": 1, "status": "ACTIVE", "system": true,
	"type": "POST_AUTH_SESSION",
	"conditions": {"people": {"users": {"exclude": []}, "groups": {"include": ["00g1all"]}}},
	"actions": {"postAuthSession": {"failureActions": [
		{"action": "TERMINATE_SESSION"},
		{"action": "RUN_WORKFLOW", "workflow": {"id": 42}}
	]}},
	` + kindsLinks + `}`

	sessionViolationDetectionRuleJSON = `{
	"id": "0pr1svd", "name": "Reevaluate on a new network", "priority": 1, "status": "ACTIVE", "system": false,
	"type": "SESSION_VIOLATION_DETECTION",
	"conditions": {
		"network": {"connection": "ZONE", "exclude": ["nzo1corp"]},
		"riskScore": {"level": "ANY", "minRiskLevel": "HIGH"}
	},
	"actions": {"sessionViolationDetection": {"policyEvaluation": {"enabled": false}}},
	` + kindsLinks + `}`
)

// TestPolicyKindsCurrent decodes each policy kind Okta added after 5.1.0 through the Policy union, checks its
// conditions (which Okta does not support for these kinds and sends as null) and re-encodes it as it came.
func TestPolicyKindsCurrent(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		json  string
		want  Policy
		check func(t *testing.T, p Policy)
	}{
		{"CLIENT_UPDATE", clientUpdatePolicyJSON, &ClientUpdatePolicy{}, func(t *testing.T, p Policy) {
			cu := p.(*ClientUpdatePolicy)
			if cu.Conditions != nil || string(cu.Extra["conditions"]) != "null" || cu.Description != "Auto-updates" {
				t.Errorf("policy = %+v", cu)
			}
		}},
		{"DEVICE_SIGNAL_COLLECTION", deviceSignalCollectionPolicyJSON, &DeviceSignalCollectionPolicy{}, func(t *testing.T, p Policy) {
			dsc := p.(*DeviceSignalCollectionPolicy)
			if dsc.Conditions != nil || string(dsc.Extra["conditions"]) != "null" || string(dsc.Embedded["resourceType"]) != `"APP"` {
				t.Errorf("policy = %+v", dsc)
			}
		}},
		{"ENTITY_RISK", entityRiskPolicyJSON, &EntityRiskPolicy{}, func(t *testing.T, p Policy) {
			if er := p.(*EntityRiskPolicy); er.Conditions != nil || string(er.Extra["conditions"]) != "null" {
				t.Errorf("policy = %+v", er)
			}
		}},
		{"POST_AUTH_SESSION", postAuthSessionPolicyJSON, &PostAuthSessionPolicy{}, func(t *testing.T, p Policy) {
			pas := p.(*PostAuthSessionPolicy)
			if pas.Conditions != nil || string(pas.Extra["conditions"]) != "null" || pas.Extra["settings"] == nil {
				t.Errorf("policy = %+v", pas)
			}
		}},
		{"SESSION_VIOLATION_DETECTION", sessionViolationDetectionPolicyJSON, &SessionViolationDetectionPolicy{}, func(t *testing.T, p Policy) {
			if svd := p.(*SessionViolationDetectionPolicy); svd.Conditions != nil || string(svd.Extra["conditions"]) != "null" {
				t.Errorf("policy = %+v", svd)
			}
		}},
		// Should Okta start sending conditions for one of these kinds, they land in Conditions and go back out.
		{"conditions object", `{"id": "rst1", "type": "ENTITY_RISK", "conditions": {"people": {"groups": {"include": ["00g1"]}}}}`,
			&EntityRiskPolicy{}, func(t *testing.T, p Policy) {
				er := p.(*EntityRiskPolicy)
				if string(er.Conditions["people"]) != `{"groups": {"include": ["00g1"]}}` || er.Extra != nil {
					t.Errorf("policy = %+v", er)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := assertRoundTrip[Policy](t, []byte(tc.json))
			if reflect.TypeOf(p) != reflect.TypeOf(tc.want) {
				t.Fatalf("decoded to %T, want %T", p, tc.want)
			}
			if p.Base().Type != tc.want.policyType() {
				t.Errorf("type = %q, want %q", p.Base().Type, tc.want.policyType())
			}
			tc.check(t, p)
		})
	}
}

// TestPolicyRuleKindsCurrent decodes a rule of each kind Okta added after 5.1.0, and an MFA_ENROLL rule, through
// the PolicyRule union, compares its typed conditions and actions with what the payload says, and re-encodes it
// as it came.
func TestPolicyRuleKindsCurrent(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		json string
		// want is the rule with its conditions and actions; the common fields and every Extra are left out of the
		// comparison, and extra checks the members only an Extra holds.
		want  PolicyRule
		extra func(t *testing.T, r PolicyRule)
	}{
		{"MFA_ENROLL", authenticatorEnrollmentRuleJSON, &AuthenticatorEnrollmentPolicyRule{
			Conditions: &AuthenticatorEnrollmentPolicyRuleConditions{
				App: &AppAndInstancePolicyRuleCondition{
					Include: []AppAndInstanceConditionEvaluatorAppOrInstance{{ID: "0oa1app", Type: AppAndInstanceTypeApp}},
					Exclude: []AppAndInstanceConditionEvaluatorAppOrInstance{{Name: "okta_enduser", Type: AppAndInstanceTypeAppType}},
				},
				Network: &PolicyNetworkCondition{Connection: PolicyNetworkConnectionZone, Include: []string{"nzo1in"}, Exclude: []string{"nzo1out"}},
				People:  &PolicyPeopleCondition{Users: &UserCondition{Exclude: []string{"00u1out"}}},
			},
			Actions: &AuthenticatorEnrollmentPolicyRuleActions{Enroll: &AuthenticatorEnrollmentPolicyRuleActionEnroll{Self: PolicyRuleActionsEnrollSelfLogin}},
		}, func(t *testing.T, r PolicyRule) {
			if got := string(r.(*AuthenticatorEnrollmentPolicyRule).Actions.Enroll.Extra["later"]); got != "true" {
				t.Errorf("enroll.later = %s, want it kept in Extra", got)
			}
		}},
		{"CLIENT_UPDATE", clientUpdateRuleJSON, &ClientUpdatePolicyRule{
			Conditions: Extra{},
			Actions: &ClientUpdatePolicyRuleActions{UpdateControls: &ClientUpdatePolicyRuleUpdateControls{
				Actions: []ClientUpdatePolicyRuleActionsObject{{Action: ClientUpdatePolicyRuleActionTypeOktaVerifyUpdate, Value: ClientUpdatePolicyRuleActionValueHotfixOnly}},
			}},
		}, nil},
		{"DEVICE_SIGNAL_COLLECTION", deviceSignalCollectionRuleJSON, &DeviceSignalCollectionPolicyRule{
			Conditions: &DeviceSignalCollectionPolicyRuleConditions{
				Network: &PolicyNetworkCondition{Connection: PolicyNetworkConnectionAnywhere},
				Platform: &PlatformPolicyRuleCondition{
					Include: []PlatformConditionEvaluatorPlatform{
						{Type: PolicyPlatformTypeDesktop, OS: &PlatformConditionEvaluatorPlatformOperatingSystem{Type: PolicyPlatformOperatingSystemTypeMacOS}},
						{Type: PolicyPlatformTypeMobile, OS: &PlatformConditionEvaluatorPlatformOperatingSystem{
							Type:    PolicyPlatformOperatingSystemTypeAndroid,
							Version: &PlatformConditionEvaluatorPlatformOperatingSystemVersion{MatchType: PlatformConditionOperatingSystemVersionMatchTypeSemver, Value: "14"},
						}},
					},
					Exclude: []PlatformConditionEvaluatorPlatform{
						{Type: PolicyPlatformTypeDesktop, OS: &PlatformConditionEvaluatorPlatformOperatingSystem{
							Type: PolicyPlatformOperatingSystemTypeChromeOS, Expression: "device.os.version < '120'",
						}},
					},
				},
			},
			Actions: &DeviceSignalCollectionPolicyRuleActions{DeviceSignalCollection: &DeviceSignalCollectionPolicyRuleDeviceSignalCollection{
				DeviceContextProviders: []DeviceContextProvider{
					{Key: DeviceContextProviderKeyOktaVerify, UserIdentification: DeviceContextProviderUserIdentificationAllow},
					{Key: DeviceContextProviderKeyDevicePostureIdP, ID: "0oa1posture", UserIdentification: DeviceContextProviderUserIdentificationIgnore},
					// A key Okta adds later decodes as it is.
					{Key: "SOMETHING_NEW"},
				},
			}},
		}, func(t *testing.T, r PolicyRule) {
			p := r.(*DeviceSignalCollectionPolicyRule).Actions.DeviceSignalCollection.DeviceContextProviders[2]
			if string(p.Extra["rank"]) != "3" {
				t.Errorf("provider = %+v, want rank kept in Extra", p)
			}
		}},
		{"ENTITY_RISK", entityRiskRuleJSON, &EntityRiskPolicyRule{
			Conditions: &EntityRiskPolicyRuleConditions{
				EntityRisk: &EntityRiskScorePolicyRuleCondition{Level: RiskLevelHigh},
				People:     &PolicyPeopleCondition{Users: &UserCondition{Exclude: []string{"00u1admin"}}, Groups: &GroupCondition{Include: []string{"00g1everyone"}}},
				RiskDetectionTypes: &RiskDetectionTypesPolicyRuleCondition{
					Include: []DetectedRiskEvents{DetectedRiskEventsBruteForceAttack, DetectedRiskEventsSuspiciousAppAccess, "A_NEW_DETECTION"},
				},
			},
			Actions: &EntityRiskPolicyRuleActions{EntityRisk: &EntityRiskPolicyRuleEntityRiskActions{Actions: []EntityRiskPolicyRuleActionsObject{
				{Action: EntityRiskPolicyRuleActionTypeTerminateAllSessions},
				{Action: EntityRiskPolicyRuleActionTypeRunWorkflow, Workflow: &PolicyRuleActionWorkflow{ID: 730412345678901234}},
				// An action Okta adds later decodes too, its other members in Extra.
				{Action: "NOTIFY_ADMIN"},
			}}},
		}, func(t *testing.T, r PolicyRule) {
			as := r.(*EntityRiskPolicyRule).Actions.EntityRisk.Actions
			if string(as[1].Workflow.Extra["name"]) != `"Lock account"` || string(as[2].Extra["channel"]) != `"email"` {
				t.Errorf("actions = %+v", as)
			}
		}},
		{"ENTITY_RISK catch-all", entityRiskDefaultRuleJSON, &EntityRiskPolicyRule{
			Conditions: &EntityRiskPolicyRuleConditions{
				EntityRisk:         &EntityRiskScorePolicyRuleCondition{Level: RiskLevelAny},
				RiskDetectionTypes: &RiskDetectionTypesPolicyRuleCondition{Exclude: []DetectedRiskEvents{DetectedRiskEventsAdminReportedUserRisk}},
			},
			// No action: the list is empty, and goes back out as an empty list.
			Actions: &EntityRiskPolicyRuleActions{EntityRisk: &EntityRiskPolicyRuleEntityRiskActions{Actions: []EntityRiskPolicyRuleActionsObject{}}},
		}, nil},
		{"POST_AUTH_SESSION", postAuthSessionRuleJSON, &PostAuthSessionPolicyRule{
			Conditions: &PostAuthSessionPolicyRuleConditions{People: &PolicyPeopleCondition{
				Users: &UserCondition{Exclude: []string{}}, Groups: &GroupCondition{Include: []string{"00g1all"}},
			}},
			Actions: &PostAuthSessionPolicyRuleActions{PostAuthSession: &PostAuthSessionPolicyRulePostAuthSession{FailureActions: []PostAuthSessionFailureActionsObject{
				{Action: PostAuthSessionFailureActionTypeTerminateSession},
				{Action: PostAuthSessionFailureActionTypeRunWorkflow, Workflow: &PolicyRuleActionWorkflow{ID: 42}},
			}}},
		}, nil},
		{"SESSION_VIOLATION_DETECTION", sessionViolationDetectionRuleJSON, &SessionViolationDetectionPolicyRule{
			Conditions: &SessionViolationDetectionPolicyRuleConditions{
				Network:   &PolicyNetworkCondition{Connection: PolicyNetworkConnectionZone, Exclude: []string{"nzo1corp"}},
				RiskScore: &RiskScorePolicyRuleCondition{Level: RiskLevelAny, MinRiskLevel: RiskLevelHigh},
			},
			Actions: &SessionViolationDetectionPolicyRuleActions{SessionViolationDetection: &SessionViolationDetectionPolicyRuleSessionViolationDetection{
				PolicyEvaluation: &SessionViolationDetectionPolicyEvaluation{Enabled: new(false)},
			}},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := assertRoundTrip[PolicyRule](t, []byte(tc.json))
			if reflect.TypeOf(r) != reflect.TypeOf(tc.want) {
				t.Fatalf("decoded to %T, want %T", r, tc.want)
			}
			if r.Base().Type != tc.want.ruleType() || r.Base().ID == "" {
				t.Errorf("common = %+v", r.Base())
			}
			if diff := gocmp.Diff(tc.want, r, ignoreKindsExtra); diff != "" {
				t.Errorf("rule (-want +got):\n%s", diff)
			}
			if tc.extra != nil {
				tc.extra(t, r)
			}
		})
	}
}

// ignoreKindsExtra leaves out of a comparison of rules the fields named Extra (checked on their own) and
// PolicyRuleBase. A modelled field of type Extra (ClientUpdatePolicyRule.Conditions) is compared.
var ignoreKindsExtra = gocmp.FilterPath(func(p gocmp.Path) bool {
	sf, ok := p.Last().(gocmp.StructField)
	return ok && (sf.Name() == "Extra" || sf.Name() == "PolicyRuleBase")
}, gocmp.Ignore())

// TestPoliciesRuleKindsCurrentService goes through the service: CreateRule sends a rule built in Go with its
// type filled in from the Go type and its typed actions and conditions, and ListRules decodes each kind to its
// type.
func TestPoliciesRuleKindsCurrentService(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	const pid = "00p1er"
	mux.HandleFunc("POST /api/v1/policies/"+pid+"/rules", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"activate": "false"})
		testJSONBody(t, r, `{
			"name": "High risk", "type": "ENTITY_RISK",
			"conditions": {"entityRisk": {"level": "HIGH"}, "riskDetectionTypes": {"include": ["OKTA_THREAT_INTELLIGENCE"]}},
			"actions": {"entityRisk": {"actions": [{"action": "RUN_WORKFLOW", "workflow": {"id": 7}}]}}
		}`)
		serveJSON(w, http.StatusOK, []byte(entityRiskRuleJSON))
	})
	mux.HandleFunc("GET /api/v1/policies/"+pid+"/rules", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusOK, []byte(`[`+authenticatorEnrollmentRuleJSON+`,`+clientUpdateRuleJSON+`,`+
			deviceSignalCollectionRuleJSON+`,`+entityRiskRuleJSON+`,`+postAuthSessionRuleJSON+`,`+sessionViolationDetectionRuleJSON+`]`))
	})

	rule := &EntityRiskPolicyRule{
		PolicyRuleBase: PolicyRuleBase{Name: "High risk"},
		Conditions: &EntityRiskPolicyRuleConditions{
			EntityRisk:         &EntityRiskScorePolicyRuleCondition{Level: RiskLevelHigh},
			RiskDetectionTypes: &RiskDetectionTypesPolicyRuleCondition{Include: []DetectedRiskEvents{DetectedRiskEventsOktaThreatIntelligence}},
		},
		Actions: &EntityRiskPolicyRuleActions{EntityRisk: &EntityRiskPolicyRuleEntityRiskActions{Actions: []EntityRiskPolicyRuleActionsObject{
			{Action: EntityRiskPolicyRuleActionTypeRunWorkflow, Workflow: &PolicyRuleActionWorkflow{ID: 7}},
		}}},
	}
	got, _, err := c.Policies.CreateRule(t.Context(), pid, rule, &PoliciesCreateRuleOptions{Activate: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	if er, ok := got.(*EntityRiskPolicyRule); !ok || er.Conditions.EntityRisk.Level != RiskLevelHigh {
		t.Errorf("CreateRule returned %#v", got)
	}

	rules, _, err := c.Policies.ListRules(t.Context(), pid, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []PolicyRule{&AuthenticatorEnrollmentPolicyRule{}, &ClientUpdatePolicyRule{}, &DeviceSignalCollectionPolicyRule{},
		&EntityRiskPolicyRule{}, &PostAuthSessionPolicyRule{}, &SessionViolationDetectionPolicyRule{}}
	if len(rules) != len(want) {
		t.Fatalf("%d rules, want %d", len(rules), len(want))
	}
	for i := range want {
		if reflect.TypeOf(rules[i]) != reflect.TypeOf(want[i]) {
			t.Errorf("rule %d is %T, want %T", i, rules[i], want[i])
		}
	}
	if svd := rules[5].(*SessionViolationDetectionPolicyRule); *svd.Actions.SessionViolationDetection.PolicyEvaluation.Enabled {
		t.Errorf("policyEvaluation.enabled = true, want false")
	}
}

// TestPoliciesKindsCurrentGet decodes each policy kind Okta added after 5.1.0 from PoliciesService.Get.
func TestPoliciesKindsCurrentGet(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	for _, tc := range []struct {
		id, json string
		want     Policy
	}{
		{"rst1cu", clientUpdatePolicyJSON, &ClientUpdatePolicy{}},
		{"rst1dsc", deviceSignalCollectionPolicyJSON, &DeviceSignalCollectionPolicy{}},
		{"rst1er", entityRiskPolicyJSON, &EntityRiskPolicy{}},
		{"rst1pas", postAuthSessionPolicyJSON, &PostAuthSessionPolicy{}},
		{"rst1svd", sessionViolationDetectionPolicyJSON, &SessionViolationDetectionPolicy{}},
	} {
		mux.HandleFunc("GET /api/v1/policies/"+tc.id, func(w http.ResponseWriter, r *http.Request) {
			serveJSON(w, http.StatusOK, []byte(tc.json))
		})
		p, _, err := c.Policies.Get(t.Context(), tc.id, nil)
		if err != nil {
			t.Fatalf("Get(%s): %v", tc.id, err)
		}
		if reflect.TypeOf(p) != reflect.TypeOf(tc.want) || p.Base().ID != tc.id {
			t.Errorf("Get(%s) = %T %+v, want %T", tc.id, p, p.Base(), tc.want)
		}
	}
}
