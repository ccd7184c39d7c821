package okta

import (
	"context"
	"encoding/json"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Payloads built from the schemas of Okta's current API description (it has no examples of these members), each
// with a member this SDK does not model, which must come back unchanged.
const (
	// An access policy rule with an ASSURANCE verification method: the inactivity period, an authenticator
	// named by ID, user verification methods, and Keep Me Signed In.
	ruleAssurancePayload = `{"id":"rul1","name":"Assurance","priority":1,"status":"ACTIVE","system":false,"type":"ACCESS_POLICY",` +
		`"actions":{"appSignOn":{"access":"ALLOW","keepMeSignedIn":{"postAuth":"ALLOWED","postAuthPromptFrequency":"P7D","later":1},` +
		`"verificationMethod":{"type":"ASSURANCE","factorMode":"2FA","reauthenticateIn":"PT2H","inactivityPeriod":"PT1H",` +
		`"constraints":[{"possession":{"authenticationMethods":[{"key":"okta_verify","method":"signed_nonce","id":"aut1"}],` +
		`"userVerification":"REQUIRED","userVerificationMethods":["BIOMETRICS","FACE"]}}]}}}}`
	// An access policy rule with an AUTH_METHOD_CHAIN verification method of two steps.
	ruleChainPayload = `{"id":"rul2","name":"Chain","type":"ACCESS_POLICY","actions":{"appSignOn":{"access":"ALLOW",` +
		`"verificationMethod":{"type":"AUTH_METHOD_CHAIN","chains":[{"authenticationMethods":[{"key":"okta_password","method":"password"}],` +
		`"next":[{"authenticationMethods":[{"key":"okta_verify","method":"push","id":"aut2","hardwareProtection":"OPTIONAL",` +
		`"phishingResistant":"REQUIRED","userVerification":"REQUIRED","userVerificationMethods":["BIOMETRICS","PIN"],"newProp":true}],` +
		`"reauthenticateIn":"PT12H"}],"reauthenticateIn":"PT43800H","stepName":"first"}]}}}}`
	// An access policy rule with an ID_PROOFING verification method.
	ruleIDProofingPayload = `{"id":"rul3","name":"Proofing","type":"ACCESS_POLICY","actions":{"appSignOn":{"access":"ALLOW",` +
		`"verificationMethod":{"type":"ID_PROOFING","id":"0oa1idv"}}}}`
	// A global session policy rule whose session starts with any factor.
	ruleSignOnPrimaryFactorPayload = `{"id":"rul4","name":"Any factor","type":"SIGN_ON","actions":{"signon":{"access":"ALLOW",` +
		`"primaryFactor":"PASSWORD_IDP","requireFactor":false}},"conditions":{"riskScore":{"level":"ANY","minRiskLevel":"MEDIUM"}}}`
	// A password policy rule that defers password recovery to the account management policy.
	rulePasswordAccessControlPayload = `{"id":"rul5","name":"Recovery","type":"PASSWORD","actions":{"selfServicePasswordReset":` +
		`{"access":"ALLOW","type":"selfServicePasswordReset","requirement":{"accessControl":"AUTH_POLICY","primary":{"methods":["email"]}}}}}`
	// A profile enrollment rule with identifiers, the password on the first page and a UI schema.
	ruleProfileEnrollmentPayload = `{"id":"rul6","name":"Registration","type":"PROFILE_ENROLLMENT","actions":{"profileEnrollment":` +
		`{"access":"ALLOW","allowedIdentifiers":["login","email"],"enrollAuthenticatorTypes":["password"],` +
		`"uiSchemaId":"uis1","unknownUserAction":"REGISTER"}}}`
	// A password policy with breached-password protection (null members as Okta sends them) and blocked words.
	passwordPolicyBreachedPayload = `{"id":"00p1","name":"Breached","type":"PASSWORD","settings":{"password":{` +
		`"complexity":{"minLength":8,"oelStatement":"password.value.contains('Word1') OR password.value.contains('Word2')"},` +
		`"breachedProtection":{"expireAfterDays":0,"logoutEnabled":true,"delegatedWorkflowId":null,"notify":"ADMIN"}}}}`
	// An identity provider that trusts the provider's claims and never links admins.
	idpTrustClaimsPayload = `{"id":"0oa1","name":"Partner","type":"SAML2","policy":{"maxClockSkew":120000,"trustClaims":true,` +
		`"accountLink":{"action":"AUTO","filter":{"groups":{"include":["00g1"]},"users":{"exclude":["00u2c0nz7wj4UBs8V0g5"],` +
		`"excludeAdmins":true,"later":null}}}}}`
	// A behavior detection rule of the ANOMALOUS_ASN kind.
	behaviorASNPayload = `{"id":"abcd1238","name":"New ASN","type":"ANOMALOUS_ASN","status":"ACTIVE",` +
		`"created":"2024-01-09T20:38:10.000Z","lastUpdated":"2024-01-09T20:38:10.000Z",` +
		`"settings":{"maxEventsUsedForEvaluation":50,"minEventsNeededForEvaluation":0,"future":"x"},` +
		`"_links":{"self":{"href":"https://x.okta.com/api/v1/behaviors/abcd1238"}}}`
)

// policyFieldsEquateEmpty compares models, taking a nil Extra for an empty one.
var policyFieldsEquateEmpty = cmpopts.EquateEmpty()

// policyFieldsDiff fails the test when got differs from want.
func policyFieldsDiff(t *testing.T, what string, want, got any) {
	t.Helper()
	if d := gocmp.Diff(want, got, policyFieldsEquateEmpty); d != "" {
		t.Errorf("%s (-want +got):\n%s", what, d)
	}
}

func TestPoliciesCurrentFields(t *testing.T) {
	t.Parallel()
	const pid, rid = "00p1", "rul1"
	getRule := func(payload string, check func(t *testing.T, r PolicyRule)) apiCall {
		return apiCall{
			op: "getPolicyRule", ids: []string{pid, rid}, method: "GET", path: "/api/v1/policies/" + pid + "/rules/" + rid, response: []byte(payload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.GetRule(ctx, ids[0], ids[1])
			},
			check: func(t *testing.T, got any) { check(t, got.(PolicyRule)) },
		}
	}
	appSignOn := func(t *testing.T, r PolicyRule) *AccessPolicyRuleApplicationSignOn {
		t.Helper()
		ar, ok := r.(*AccessPolicyRule)
		if !ok || ar.Actions == nil || ar.Actions.AppSignOn == nil {
			t.Fatalf("rule = %#v, want an access policy rule with appSignOn", r)
		}
		return ar.Actions.AppSignOn
	}
	calls := []apiCall{
		policyFieldsNamed("ASSURANCE", getRule(ruleAssurancePayload, func(t *testing.T, r PolicyRule) {
			so := appSignOn(t, r)
			policyFieldsDiff(t, "keepMeSignedIn", &KeepMeSignedIn{
				PostAuth: KeepMeSignedInPostAuthAllowed, PostAuthPromptFrequency: "P7D", Extra: Extra{"later": json.RawMessage(`1`)},
			}, so.KeepMeSignedIn)
			policyFieldsDiff(t, "verificationMethod", &VerificationMethod{
				Type: PolicyRuleVerificationMethodTypeAssurance, FactorMode: "2FA", ReauthenticateIn: "PT2H", InactivityPeriod: "PT1H",
				Constraints: []AccessPolicyConstraints{{Possession: &PossessionConstraint{
					AuthenticationMethods:   []AuthenticationMethodObject{{Key: "okta_verify", Method: "signed_nonce", ID: "aut1"}},
					UserVerification:        RequirementRequired,
					UserVerificationMethods: []UserVerificationMethod{UserVerificationMethodBiometrics, "FACE"},
				}}},
			}, so.VerificationMethod)
		})),
		policyFieldsNamed("AUTH_METHOD_CHAIN", getRule(ruleChainPayload, func(t *testing.T, r PolicyRule) {
			policyFieldsDiff(t, "verificationMethod", &VerificationMethod{
				Type: PolicyRuleVerificationMethodTypeAuthMethodChain,
				Chains: []AuthenticationMethodChain{{
					AuthenticationMethods: []AuthenticationMethod{{Key: "okta_password", Method: "password"}},
					Next: []AuthenticationMethodChain{{
						AuthenticationMethods: []AuthenticationMethod{{
							Key: "okta_verify", Method: "push", ID: "aut2",
							HardwareProtection: RequirementOptional, PhishingResistant: RequirementRequired, UserVerification: RequirementRequired,
							UserVerificationMethods: []UserVerificationMethod{UserVerificationMethodBiometrics, UserVerificationMethodPIN},
							Extra:                   Extra{"newProp": json.RawMessage(`true`)},
						}},
						ReauthenticateIn: "PT12H",
					}},
					ReauthenticateIn: "PT43800H",
					Extra:            Extra{"stepName": json.RawMessage(`"first"`)},
				}},
			}, appSignOn(t, r).VerificationMethod)
		})),
		policyFieldsNamed("ID_PROOFING", getRule(ruleIDProofingPayload, func(t *testing.T, r PolicyRule) {
			policyFieldsDiff(t, "verificationMethod", &VerificationMethod{Type: PolicyRuleVerificationMethodTypeIDProofing, ID: "0oa1idv"},
				appSignOn(t, r).VerificationMethod)
		})),
		policyFieldsNamed("primaryFactor and minRiskLevel", getRule(ruleSignOnPrimaryFactorPayload, func(t *testing.T, r PolicyRule) {
			so := r.(*OktaSignOnPolicyRule)
			policyFieldsDiff(t, "signon", &OktaSignOnPolicyRuleSignonActions{
				Access: PolicyAccessAllow, PrimaryFactor: OktaSignOnPolicyRuleSignonPrimaryFactorPasswordIdP, RequireFactor: new(false),
			}, so.Actions.Signon)
			policyFieldsDiff(t, "riskScore", &RiskScorePolicyRuleCondition{Level: RiskLevelAny, MinRiskLevel: RiskLevelMedium}, so.Conditions.RiskScore)
		})),
		policyFieldsNamed("accessControl", getRule(rulePasswordAccessControlPayload, func(t *testing.T, r PolicyRule) {
			policyFieldsDiff(t, "requirement", &SsprRequirement{
				AccessControl: SsprRequirementAccessControlAuthPolicy,
				Primary:       &SsprPrimaryRequirement{Methods: []SsprMethod{SsprMethodEmail}},
			}, r.(*PasswordPolicyRule).Actions.SelfServicePasswordReset.Requirement)
		})),
		policyFieldsNamed("profile enrollment", getRule(ruleProfileEnrollmentPayload, func(t *testing.T, r PolicyRule) {
			policyFieldsDiff(t, "profileEnrollment", &ProfileEnrollmentPolicyRuleAction{
				Access: PolicyAccessAllow, AllowedIdentifiers: []string{"login", "email"}, EnrollAuthenticatorTypes: []string{"password"},
				UISchemaID: "uis1", UnknownUserAction: UnknownUserActionRegister,
			}, r.(*ProfileEnrollmentPolicyRule).Actions.ProfileEnrollment)
		})),
		{
			name: "breachedProtection and oelStatement", op: "getPolicy", ids: []string{pid}, method: "GET", path: "/api/v1/policies/" + pid,
			response: []byte(passwordPolicyBreachedPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.Get(ctx, ids[0], nil)
			},
			check: func(t *testing.T, got any) {
				pw := got.(*PasswordPolicy).Settings.Password
				policyFieldsDiff(t, "breachedProtection", &PasswordPolicyPasswordSettingsBreachedProtection{
					ExpireAfterDays: new(0), LogoutEnabled: new(true),
					Extra: Extra{"delegatedWorkflowId": json.RawMessage(`null`), "notify": json.RawMessage(`"ADMIN"`)},
				}, pw.BreachedProtection)
				if want := "password.value.contains('Word1') OR password.value.contains('Word2')"; pw.Complexity.OELStatement != want {
					t.Errorf("oelStatement = %q, want %q", pw.Complexity.OELStatement, want)
				}
			},
		},
		{
			name: "trustClaims and users filter", op: "getIdentityProvider", ids: []string{"0oa1"}, method: "GET", path: "/api/v1/idps/0oa1",
			response: []byte(idpTrustClaimsPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Get(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				p := got.(*IdentityProvider).Policy
				if p.TrustClaims == nil || !*p.TrustClaims {
					t.Errorf("trustClaims = %v, want true", p.TrustClaims)
				}
				policyFieldsDiff(t, "account link filter", &PolicyAccountLinkFilter{
					Groups: &PolicyAccountLinkFilterGroups{Include: []string{"00g1"}},
					Users: &PolicyAccountLinkFilterUsers{
						Exclude: []string{"00u2c0nz7wj4UBs8V0g5"}, ExcludeAdmins: new(true), Extra: Extra{"later": json.RawMessage(`null`)},
					},
				}, p.AccountLink.Filter)
			},
		},
		{
			name: "create a chain rule", op: "createPolicyRule", ids: []string{pid}, method: "POST", path: "/api/v1/policies/" + pid + "/rules",
			body: `{"name":"Chain","type":"ACCESS_POLICY","actions":{"appSignOn":{"access":"ALLOW",` +
				`"keepMeSignedIn":{"postAuth":"NOT_ALLOWED"},"verificationMethod":{"type":"AUTH_METHOD_CHAIN","chains":[` +
				`{"authenticationMethods":[{"key":"okta_verify","method":"signed_nonce","userVerification":"REQUIRED","userVerificationMethods":["PIN"]}],` +
				`"reauthenticateIn":"PT8H"}]}}}}`,
			response: []byte(ruleChainPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.CreateRule(ctx, ids[0], &AccessPolicyRule{
					PolicyRuleBase: PolicyRuleBase{Name: "Chain"},
					Actions: &AccessPolicyRuleActions{AppSignOn: &AccessPolicyRuleApplicationSignOn{
						Access:         PolicyAccessAllow,
						KeepMeSignedIn: &KeepMeSignedIn{PostAuth: KeepMeSignedInPostAuthNotAllowed},
						VerificationMethod: &VerificationMethod{
							Type: PolicyRuleVerificationMethodTypeAuthMethodChain,
							Chains: []AuthenticationMethodChain{{
								AuthenticationMethods: []AuthenticationMethod{{
									Key: "okta_verify", Method: "signed_nonce", UserVerification: RequirementRequired,
									UserVerificationMethods: []UserVerificationMethod{UserVerificationMethodPIN},
								}},
								ReauthenticateIn: "PT8H",
							}},
						},
					}},
				}, nil)
			},
		},
	}
	runAPICalls(t, calls)
}

// policyFieldsNamed names an apiCall's subtest.
func policyFieldsNamed(name string, c apiCall) apiCall {
	c.name = name
	return c
}

// TestPoliciesCurrentFieldsRoundTrip: every payload survives a strict round trip through its own type, and
// values Okta may add later to the new enums decode as they are.
func TestPoliciesCurrentFieldsRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		decode func(t *testing.T, raw []byte)
		raw    string
	}{
		{"assurance rule", func(t *testing.T, raw []byte) { assertRoundTrip[PolicyRule](t, raw) }, ruleAssurancePayload},
		{"chain rule", func(t *testing.T, raw []byte) { assertRoundTrip[PolicyRule](t, raw) }, ruleChainPayload},
		{"ID proofing rule", func(t *testing.T, raw []byte) { assertRoundTrip[PolicyRule](t, raw) }, ruleIDProofingPayload},
		{"rules list", func(t *testing.T, raw []byte) { assertRoundTrip[[]PolicyRule](t, raw) },
			"[" + ruleSignOnPrimaryFactorPayload + "," + rulePasswordAccessControlPayload + "," + ruleProfileEnrollmentPayload + "]"},
		{"password policy", func(t *testing.T, raw []byte) { assertRoundTrip[Policy](t, raw) }, passwordPolicyBreachedPayload},
		{"identity provider", func(t *testing.T, raw []byte) { assertRoundTrip[*IdentityProvider](t, raw) }, idpTrustClaimsPayload},
		{"behavior rule", func(t *testing.T, raw []byte) { assertRoundTrip[BehaviorRule](t, raw) }, behaviorASNPayload},
		{"new verification method kind", func(t *testing.T, raw []byte) {
			if vm := assertRoundTrip[*VerificationMethod](t, raw); vm.Type != "PASSKEY_ONLY" || vm.Extra["passkeys"] == nil {
				t.Errorf("verification method = %+v", vm)
			}
		}, `{"type":"PASSKEY_ONLY","passkeys":{"min":1}}`},
		{"new enum values", func(t *testing.T, raw []byte) {
			k := assertRoundTrip[*KeepMeSignedIn](t, raw)
			if k.PostAuth != "ALWAYS" {
				t.Errorf("postAuth = %q", k.PostAuth)
			}
		}, `{"postAuth":"ALWAYS","postAuthPromptFrequency":"PT12H"}`},
		{"new access control value", func(t *testing.T, raw []byte) {
			r := assertRoundTrip[PolicyRule](t, raw).(*PasswordPolicyRule)
			if r.Actions.SelfServicePasswordReset.Requirement.AccessControl != "FUTURE" {
				t.Errorf("accessControl = %q", r.Actions.SelfServicePasswordReset.Requirement.AccessControl)
			}
		}, `{"type":"PASSWORD","actions":{"selfServicePasswordReset":{"requirement":{"accessControl":"FUTURE"}}}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.decode(t, []byte(tc.raw))
		})
	}
}

func TestBehaviorsASN(t *testing.T) {
	t.Parallel()
	const id = "abcd1238"
	want := &BehaviorRuleASN{
		BehaviorRuleBase: BehaviorRuleBase{ID: id, Name: "New ASN", Type: BehaviorRuleTypeAnomalousASN, Status: LifecycleStatusActive},
		Settings: &BehaviorRuleSettingsAnomalousASN{
			MaxEventsUsedForEvaluation: 50, MinEventsNeededForEvaluation: new(0), Extra: Extra{"future": json.RawMessage(`"x"`)},
		},
	}
	// The times and links are checked below; how the rule keeps the exact text of its times is its own business,
	// and runAPICalls checks that it encodes back to what Okta sent.
	ignore := []gocmp.Option{
		cmpopts.IgnoreFields(BehaviorRuleBase{}, "Created", "LastUpdated", "Links"),
		cmpopts.IgnoreFields(BehaviorRuleASN{}, "Extra"),
	}
	isASN := func(t *testing.T, got any) {
		if d := gocmp.Diff(want, got, append(ignore, policyFieldsEquateEmpty)...); d != "" {
			t.Errorf("rule (-want +got):\n%s", d)
		}
		if r := got.(*BehaviorRuleASN); r.Links.Href("self") == "" || r.Created.IsZero() {
			t.Errorf("rule = %+v, want its links and times", r)
		}
	}
	runAPICalls(t, []apiCall{
		{
			op: "getBehaviorDetectionRule", ids: []string{id}, method: "GET", path: "/api/v1/behaviors/" + id, response: []byte(behaviorASNPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Behaviors.Get(ctx, ids[0])
			},
			check: isASN,
		},
		{
			// The Go type says the kind: an empty Type is sent as ANOMALOUS_ASN.
			op: "createBehaviorDetectionRule", method: "POST", path: "/api/v1/behaviors", status: 201, response: []byte(behaviorASNPayload),
			body: `{"name":"New ASN","settings":{"maxEventsUsedForEvaluation":50,"minEventsNeededForEvaluation":0},"type":"ANOMALOUS_ASN"}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Behaviors.Create(ctx, &BehaviorRuleASN{
					BehaviorRuleBase: BehaviorRuleBase{Name: "New ASN"},
					Settings:         &BehaviorRuleSettingsAnomalousASN{MaxEventsUsedForEvaluation: 50, MinEventsNeededForEvaluation: new(0)},
				})
			},
			check: isASN,
		},
	})
}
