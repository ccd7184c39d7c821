package okta

import (
	"context"
	"reflect"
	"testing"
)

func authenticatorsCalls(t *testing.T) []apiCall {
	duo := accessFixtureNamed(t, "authenticators", "getAuthenticator", "spec_Duo")
	phone := accessFixtureNamed(t, "authenticators", "getAuthenticator", "spec_Phone")
	webauthn := accessFixtureNamed(t, "authenticators", "getAuthenticatorMethod", "example_webauthn")
	isPhone := func(t *testing.T, got any) {
		if a := got.(*Authenticator); a.Key != "phone_number" || a.Type != AuthenticatorTypePhone || a.Settings.AllowedFor != AllowedForEnumNone || a.Links.Href("methods") == "" {
			t.Errorf("authenticator = %+v", a)
		}
	}
	isWebAuthn := func(t *testing.T, got any) {
		m, ok := got.(*AuthenticatorMethodWebAuthn)
		if !ok || m.Settings == nil || m.Settings.Attachment != WebAuthnAttachmentAny || m.Base().Status != LifecycleStatusActive {
			t.Errorf("method = %#v, want the webauthn method", got)
		}
	}
	return []apiCall{
		{
			op: "getWellKnownAppAuthenticatorConfiguration", method: "GET", path: "/.well-known/app-authenticator-configuration",
			query:    map[string]string{"oauthClientId": "0oa1"},
			response: firstPayload(t, "authenticators", "getWellKnownAppAuthenticatorConfiguration", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.GetWellKnownAppAuthenticatorConfiguration(ctx, &AuthenticatorsGetWellKnownAppAuthenticatorConfigurationOptions{OAuthClientID: "0oa1"})
			},
			check: func(t *testing.T, got any) {
				c := got.([]WellKnownAppAuthenticatorConfiguration)
				if len(c) != 1 || c[0].Key != "custom_app" || len(c[0].SupportedMethods) != 1 || c[0].SupportedMethods[0].Settings.TransactionTypes[1] != AuthenticatorMethodTransactionTypeCIBA {
					t.Errorf("configuration = %+v", c)
				}
			},
		},
		{
			op: "listAuthenticators", method: "GET", path: "/api/v1/authenticators", response: firstPayload(t, "authenticators", "listAuthenticators", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.List(ctx)
			},
		},
		{
			op: "createAuthenticator", method: "POST", path: "/api/v1/authenticators", query: map[string]string{"activate": "true"}, response: duo,
			body: string(fixture(t, "authenticators/requests/createAuthenticator_spec_Duo.json")),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Create(ctx, &Authenticator{Key: "duo", Name: "Duo Security", Provider: &AuthenticatorProvider{
					Type: "DUO",
					Configuration: &AuthenticatorProviderConfiguration{
						UserNameTemplate: &AuthenticatorProviderConfigurationUserNameTemplate{Template: "oktaId"},
						IntegrationKey:   "testIntegrationKey", SecretKey: "testSecretKey", Host: "https://api-xxxxxxxx.duosecurity.com",
					},
				}}, &AuthenticatorsCreateOptions{Activate: new(true)})
			},
			check: func(t *testing.T, got any) {
				if a := got.(*Authenticator); a.Provider.Configuration.Host == "" || a.Provider.Configuration.UserNameTemplate.Template != "oktaId" || a.Settings == nil {
					t.Errorf("authenticator = %+v", a)
				}
			},
		},
		{
			op: "getAuthenticator", ids: accessIDs[:1], method: "GET", path: "/api/v1/authenticators/id%2F1", response: phone,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Get(ctx, ids[0])
			},
			check: isPhone,
		},
		{
			op: "replaceAuthenticator", ids: accessIDs[:1], method: "PUT", path: "/api/v1/authenticators/id%2F1", response: phone,
			body: `{"key":"phone_number","name":"Phone","settings":{"allowedFor":"none"}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Replace(ctx, ids[0], &Authenticator{Key: "phone_number", Name: "Phone", Settings: &AuthenticatorSettings{AllowedFor: AllowedForEnumNone}})
			},
			check: isPhone,
		},
		{
			op: "activateAuthenticator", ids: accessIDs[:1], method: "POST", path: "/api/v1/authenticators/id%2F1/lifecycle/activate", response: phone,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Activate(ctx, ids[0])
			},
			check: isPhone,
		},
		{
			op: "deactivateAuthenticator", ids: accessIDs[:1], method: "POST", path: "/api/v1/authenticators/id%2F1/lifecycle/deactivate", response: phone,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Deactivate(ctx, ids[0])
			},
			check: isPhone,
		},
		{
			op: "listAuthenticatorMethods", ids: accessIDs[:1], method: "GET", path: "/api/v1/authenticators/id%2F1/methods",
			response: accessFixtureNamed(t, "authenticators", "listAuthenticatorMethods", "example_okta_verify"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.ListMethods(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				m := got.([]AuthenticatorMethod)
				push, ok1 := m[0].(*AuthenticatorMethodPush)
				nonce, ok2 := m[1].(*AuthenticatorMethodSignedNonce)
				totp, ok3 := m[2].(*AuthenticatorMethodTOTP)
				if !ok1 || !ok2 || !ok3 || push.Settings.KeyProtection != PushMethodKeyProtectionAny ||
					nonce.Settings.ShowSignInWithOV != ShowSignInWithOVAlways || totp.Settings.PassCodeLength != 6 {
					t.Errorf("methods = %#v", m)
				}
			},
		},
		{
			op: "getAuthenticatorMethod", ids: accessIDs[:2], method: "GET", path: "/api/v1/authenticators/id%2F1/methods/id%202", response: webauthn,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.GetMethod(ctx, ids[0], AuthenticatorMethodType(ids[1]))
			},
			check: isWebAuthn,
		},
		{
			op: "replaceAuthenticatorMethod", ids: accessIDs[:2], method: "PUT", path: "/api/v1/authenticators/id%2F1/methods/id%202", response: webauthn,
			body: `{"type":"webauthn","settings":{"userVerification":"DISCOURAGED","attachment":"ANY"}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.ReplaceMethod(ctx, ids[0], AuthenticatorMethodType(ids[1]), &AuthenticatorMethodWebAuthn{
					AuthenticatorMethodBase: AuthenticatorMethodBase{Type: AuthenticatorMethodTypeWebAuthn},
					Settings:                &AuthenticatorMethodWebAuthnSettings{UserVerification: UserVerificationEnumDiscouraged, Attachment: WebAuthnAttachmentAny},
				})
			},
			check: isWebAuthn,
		},
		{
			op: "activateAuthenticatorMethod", ids: accessIDs[:2], method: "POST", path: "/api/v1/authenticators/id%2F1/methods/id%202/lifecycle/activate", response: webauthn,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.ActivateMethod(ctx, ids[0], AuthenticatorMethodType(ids[1]))
			},
			check: isWebAuthn,
		},
		{
			op: "deactivateAuthenticatorMethod", ids: accessIDs[:2], method: "POST", path: "/api/v1/authenticators/id%2F1/methods/id%202/lifecycle/deactivate", response: webauthn,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.DeactivateMethod(ctx, ids[0], AuthenticatorMethodType(ids[1]))
			},
			check: isWebAuthn,
		},
	}
}

func TestAuthenticatorsRequests(t *testing.T) {
	t.Parallel()
	calls := append(authenticatorsCalls(t), authenticatorsAAGUIDCalls()...)
	checkCalledOperations(t, calls, "Authenticator")
	runAPICalls(t, calls)
}

func TestAuthenticatorsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "authenticators", authenticatorsCalls(t))
}

func TestAuthenticatorsRoundTrips(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "authenticators", map[string]func(*testing.T, []byte){
		"getWellKnownAppAuthenticatorConfiguration": func(t *testing.T, raw []byte) {
			assertRoundTrip[[]WellKnownAppAuthenticatorConfiguration](t, raw)
		},
		"listAuthenticators":           func(t *testing.T, raw []byte) { assertRoundTrip[[]Authenticator](t, raw) },
		"getAuthenticator":             func(t *testing.T, raw []byte) { assertRoundTrip[*Authenticator](t, raw) },
		"listAuthenticatorMethods":     func(t *testing.T, raw []byte) { assertRoundTrip[[]AuthenticatorMethod](t, raw) },
		"getAuthenticatorMethod":       func(t *testing.T, raw []byte) { assertRoundTrip[AuthenticatorMethod](t, raw) },
		"requests/createAuthenticator": func(t *testing.T, raw []byte) { assertRoundTrip[*Authenticator](t, raw) },
	})
}

// TestAuthenticatorMethodKinds checks the Go type each method kind decodes to, and the typed members of the
// kinds with settings of their own.
func TestAuthenticatorMethodKinds(t *testing.T) {
	t.Parallel()
	methods := assertRoundTrip[[]AuthenticatorMethod](t, accessFixtureNamed(t, "authenticators", "listAuthenticatorMethods", "example_mixed"))
	want := []string{"*okta.AuthenticatorMethodSimple", "*okta.AuthenticatorMethodWithVerifiableProperties",
		"*okta.AuthenticatorMethodWithVerifiableProperties", "*okta.AuthenticatorMethodWithVerifiableProperties",
		"*okta.UnknownAuthenticatorMethod", "*okta.UnknownAuthenticatorMethod"}
	if len(methods) != len(want) {
		t.Fatalf("%d methods, want %d", len(methods), len(want))
	}
	for i, m := range methods {
		if got := reflect.TypeOf(m).String(); got != want[i] {
			t.Errorf("method %d (%s) is a %s, want a %s", i, m.Base().Type, got, want[i])
		}
	}
	if duo := methods[1].(*AuthenticatorMethodWithVerifiableProperties); len(duo.VerifiableProperties) != 2 || duo.VerifiableProperties[1] != AuthenticatorMethodPropertyDeviceBound {
		t.Errorf("duo = %+v", duo)
	}
	if u := methods[4].(*UnknownAuthenticatorMethod); u.Settings["ttlSeconds"] == nil {
		t.Errorf("unknown method settings = %v", u.Settings)
	}

	// The 5.1.0 description puts the OTP settings on the method, Okta's documentation in settings: both decode.
	spec := assertRoundTrip[AuthenticatorMethod](t, accessFixtureNamed(t, "authenticators", "getAuthenticatorMethod", "example_otp_spec")).(*AuthenticatorMethodOTP)
	if spec.Protocol != OTPProtocolYubico || spec.AcceptableAdjacentIntervals == nil || *spec.AcceptableAdjacentIntervals != 0 || spec.FactorProfileID == "" {
		t.Errorf("otp (spec) = %+v", spec)
	}
	doc := assertRoundTrip[AuthenticatorMethod](t, accessFixtureNamed(t, "authenticators", "getAuthenticatorMethod", "example_otp_settings")).(*AuthenticatorMethodOTP)
	if doc.Settings == nil || doc.Settings.Algorithm != OTPTOTPAlgorithmHMACSHA256 || *doc.Settings.AcceptableAdjacentIntervals != 3 {
		t.Errorf("otp (settings) = %+v", doc.Settings)
	}

	for _, kind := range []AuthenticatorMethodType{AuthenticatorMethodTypeSMS, AuthenticatorMethodTypeVoice, AuthenticatorMethodTypeEmail,
		AuthenticatorMethodTypePassword, AuthenticatorMethodTypeSecurityQuestion} {
		m := assertRoundTrip[AuthenticatorMethod](t, []byte(`{"type":"`+string(kind)+`","status":"ACTIVE"}`))
		if _, ok := m.(*AuthenticatorMethodSimple); !ok {
			t.Errorf("%s decodes to %T", kind, m)
		}
	}
}
