package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"testing"
)

const smsFactorJSON = `{
	"id": "mbl1",
	"factorType": "sms",
	"provider": "OKTA",
	"vendorName": "OKTA",
	"status": "PENDING_ACTIVATION",
	"created": "2020-08-27T18:15:34.000Z",
	"lastUpdated": "2020-08-27T18:15:34.000Z",
	"profile": {"phoneNumber": "+12345678901"},
	"_links": {"activate": {"href": "https://test.okta.com/api/v1/users/00u1/factors/mbl1/lifecycle/activate"}}
}`

const pushFactorJSON = `{
	"id": "opf1",
	"factorType": "push",
	"provider": "OKTA",
	"status": "PENDING_ACTIVATION",
	"factorResult": "WAITING",
	"expiresAt": "2020-08-27T18:20:34.000Z",
	"profile": {"deviceType": "SmartPhone_IPhone", "name": "iPhone", "platform": "IOS", "version": "17.0"},
	"_embedded": {"activation": {"expiresAt": "2020-08-27T18:20:34.000Z", "factorResult": "WAITING"}},
	"_links": {"poll": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/lifecycle/activate/poll"}}
}`

const verifyWaitingJSON = `{
	"expiresAt": "2020-08-27T18:20:34.000Z",
	"factorResult": "WAITING",
	"_links": {
		"poll": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1"},
		"cancel": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1"}
	}
}`

func TestUserFactorsMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "List",
			ids:  []string{"00u 1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.List(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u%201/factors",
			response: []byte(`[` + smsFactorJSON + `,` + pushFactorJSON + `]`),
			check: func(t *testing.T, got any) {
				fs := got.([]UserFactor)
				sms, ok1 := fs[0].(*SMSUserFactor)
				push, ok2 := fs[1].(*PushUserFactor)
				if !ok1 || !ok2 {
					t.Fatalf("types %T, %T", fs[0], fs[1])
				}
				if sms.Profile.PhoneNumber != "+12345678901" || sms.Base().ID != "mbl1" || sms.Status != FactorStatusPendingActivation {
					t.Errorf("sms = %+v", sms)
				}
				if push.FactorResult != FactorResultWaiting || push.Profile.Platform != "IOS" || push.ExpiresAt.IsZero() {
					t.Errorf("push = %+v", push)
				}
			},
		},
		{
			name: "Enroll",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				f := &SMSUserFactor{
					UserFactorBase: UserFactorBase{Provider: FactorProviderOkta},
					Profile:        &SMSUserFactorProfile{PhoneNumber: "+12345678901"},
				}
				return c.UserFactors.Enroll(ctx, ids[0], f, &UserFactorsEnrollOptions{UpdatePhone: new(true), TemplateID: "cstk1", TokenLifetimeSeconds: 60, Activate: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors",
			query:    map[string]string{"updatePhone": "true", "templateId": "cstk1", "tokenLifetimeSeconds": "60", "activate": "false"},
			body:     `{"factorType": "sms", "provider": "OKTA", "profile": {"phoneNumber": "+12345678901"}}`,
			response: []byte(smsFactorJSON),
			check: func(t *testing.T, got any) {
				if f, ok := got.(*SMSUserFactor); !ok || f.ID != "mbl1" {
					t.Errorf("got %#v", got)
				}
			},
		},
		{
			name: "Enroll keeps the caller's factorType",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				f := &CustomHOTPUserFactor{
					UserFactorBase:  UserFactorBase{FactorType: FactorTypeHOTP, Provider: FactorProviderCustom},
					FactorProfileID: "fpr1",
					Profile:         &CustomHOTPUserFactorProfile{SharedSecret: "s3cr3t"},
				}
				return c.UserFactors.Enroll(ctx, ids[0], f, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors",
			body:     `{"factorType": "hotp", "provider": "CUSTOM", "factorProfileId": "fpr1", "profile": {"sharedSecret": "s3cr3t"}}`,
			response: []byte(`{"id": "chf1", "factorType": "hotp", "provider": "CUSTOM", "status": "ACTIVE", "factorProfileId": "fpr1"}`),
			check: func(t *testing.T, got any) {
				if f, ok := got.(*CustomHOTPUserFactor); !ok || f.FactorProfileID != "fpr1" {
					t.Errorf("got %#v", got)
				}
			},
		},
		{
			name: "Enroll an empty question factor",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Enroll(ctx, ids[0], &SecurityQuestionUserFactor{}, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors",
			body:     `{"factorType": "question"}`,
			response: []byte(`{"id": "ufs1", "factorType": "question", "profile": {"question": "disliked_food", "questionText": "What is the food you least liked as a child?"}}`),
		},
		{
			name: "ListSupported",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.ListSupported(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/catalog",
			response: []byte(`[{"factorType": "question", "provider": "OKTA", "vendorName": "OKTA", "status": "NOT_SETUP", "_links": {"questions": {"href": "https://test.okta.com/api/v1/users/00u1/factors/questions"}}},
				{"factorType": "token:software:totp", "provider": "GOOGLE", "status": "NOT_SETUP", "enrollment": "OPTIONAL"}]`),
			check: func(t *testing.T, got any) {
				fs := got.([]UserFactor)
				if _, ok := fs[0].(*SecurityQuestionUserFactor); !ok {
					t.Errorf("fs[0] is %T", fs[0])
				}
				if f, ok := fs[1].(*TOTPUserFactor); !ok || f.Enrollment != FactorEnrollmentOptional || len(f.Extra) != 0 {
					t.Errorf("fs[1] = %#v", fs[1])
				}
			},
		},
		{
			name: "ListSupportedSecurityQuestions",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.ListSupportedSecurityQuestions(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/questions",
			response: []byte(`[{"question": "disliked_food", "questionText": "What is the food you least liked as a child?"}]`),
			check: func(t *testing.T, got any) {
				if qs := got.([]SecurityQuestion); qs[0].Question != "disliked_food" {
					t.Errorf("questions = %+v", qs)
				}
			},
		},
		{
			name: "Get",
			ids:  []string{"00u1", "mbl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Get(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/mbl%2F1",
			response: []byte(smsFactorJSON),
		},
		{
			name: "Unenroll",
			ids:  []string{"00u1", "mbl1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.UserFactors.Unenroll(ctx, ids[0], ids[1], &UserFactorsUnenrollOptions{RemoveRecoveryEnrollment: new(true)}))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/factors/mbl1",
			query:  map[string]string{"removeRecoveryEnrollment": "true"},
			status: http.StatusNoContent,
		},
		{
			name: "Activate",
			ids:  []string{"00u1", "opf1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Activate(ctx, ids[0], ids[1], &ActivateFactorRequest{PassCode: "123456"})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/opf1/lifecycle/activate",
			body:     `{"passCode": "123456"}`,
			response: []byte(pushFactorJSON),
			check: func(t *testing.T, got any) {
				if f, ok := got.(*PushUserFactor); !ok || f.Embedded["activation"] == nil {
					t.Errorf("got %#v", got)
				}
			},
		},
		{
			name: "ResendEnroll",
			ids:  []string{"00u1", "mbl1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				f := &SMSUserFactor{Profile: &SMSUserFactorProfile{PhoneNumber: "+12345678901"}}
				return c.UserFactors.ResendEnroll(ctx, ids[0], ids[1], f, &UserFactorsResendEnrollOptions{TemplateID: "cstk1"})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/mbl1/resend",
			query:    map[string]string{"templateId": "cstk1"},
			body:     `{"factorType": "sms", "profile": {"phoneNumber": "+12345678901"}}`,
			response: []byte(smsFactorJSON),
		},
		{
			name: "GetTransactionStatus",
			ids:  []string{"00u1", "opf1", "v2t1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.GetTransactionStatus(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/opf1/transactions/v2t1",
			response: []byte(verifyWaitingJSON),
			check: func(t *testing.T, got any) {
				v := got.(*VerifyUserFactorResponse)
				if v.FactorResult != VerifyUserFactorResultWaiting || v.Links.Href("poll") == "" || v.ExpiresAt.IsZero() {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			name: "Verify",
			ids:  []string{"00u1", "opf1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Verify(ctx, ids[0], ids[1], &VerifyFactorRequest{PassCode: "123456"}, &UserFactorsVerifyOptions{
					TemplateID: "cstk1", TokenLifetimeSeconds: 120,
					XForwardedFor: "203.0.113.7", UserAgent: "Mozilla/5.0 (end user)", AcceptLanguage: "fr-FR",
				})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/opf1/verify",
			query:    map[string]string{"templateId": "cstk1", "tokenLifetimeSeconds": "120"},
			body:     `{"passCode": "123456"}`,
			header:   map[string]string{"X-Forwarded-For": "203.0.113.7", "User-Agent": "Mozilla/5.0 (end user)", "Accept-Language": "fr-FR"},
			response: []byte(`{"factorResult": "SUCCESS"}`),
		},
		{
			name: "Verify with no body sends a challenge",
			ids:  []string{"00u1", "opf1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Verify(ctx, ids[0], ids[1], nil, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/opf1/verify",
			response: []byte(verifyWaitingJSON),
		},
	})
}

// TestUserFactorDecodesEachKind decodes one factor of each kind into its Go type and back.
func TestUserFactorDecodesEachKind(t *testing.T) {
	t.Parallel()
	cases := []struct {
		json string
		want UserFactor
	}{
		{`{"factorType":"call","profile":{"phoneNumber":"+1555","phoneExtension":"12"}}`, &CallUserFactor{}},
		{`{"factorType":"email","profile":{"email":"a@example.com"}}`, &EmailUserFactor{}},
		{`{"factorType":"push","factorResult":"WAITING","profile":{"deviceToken":"t"}}`, &PushUserFactor{}},
		{`{"factorType":"question","profile":{"question":"q","questionText":"Q?"}}`, &SecurityQuestionUserFactor{}},
		{`{"factorType":"signed_nonce","profile":{"keys":[{"kty":"EC","crv":"P-256","x":"a","y":"b","jwkType":"proofOfPossession","extra":1}]}}`, &SignedNonceUserFactor{}},
		{`{"factorType":"sms","profile":{"phoneNumber":"+1555"}}`, &SMSUserFactor{}},
		{`{"factorType":"token","provider":"RSA","profile":{"credentialId":"c"}}`, &TokenUserFactor{}},
		{`{"factorType":"token:hardware","provider":"YUBICO","profile":{"credentialId":"c"}}`, &HardwareUserFactor{}},
		{`{"factorType":"token:hotp","factorProfileId":"fpr1","profile":{"sharedSecret":"s"}}`, &CustomHOTPUserFactor{}},
		{`{"factorType":"hotp","factorProfileId":"fpr1"}`, &CustomHOTPUserFactor{}},
		{`{"factorType":"token:software:totp","provider":"GOOGLE","profile":{"credentialId":"c"}}`, &TOTPUserFactor{}},
		{`{"factorType":"u2f","provider":"FIDO","profile":{"credentialId":"c"}}`, &U2fUserFactor{}},
		{`{"factorType":"web","provider":"DUO","profile":{"credentialId":"c"}}`, &WebUserFactor{}},
		{`{"factorType":"webauthn","provider":"FIDO","profile":{"credentialId":"c","authenticatorName":"Touch ID"}}`, &WebAuthnUserFactor{}},
		{`{"factorType":"claims_provider","provider":"OKTA","profile":{"anything":[1,2]}}`, &UnknownUserFactor{}},
		{`{"id":"no-type"}`, &UnknownUserFactor{}},
		// A member that does not fit its field stays in Extra rather than failing the factor.
		{`{"factorType":"sms","created":"not a date","profile":{"phoneNumber":5}}`, &SMSUserFactor{}},
	}
	for _, tc := range cases {
		got := assertRoundTrip[UserFactor](t, []byte(tc.json))
		if reflect.TypeOf(got) != reflect.TypeOf(tc.want) {
			t.Errorf("%s decoded to %T, want %T", tc.json, got, tc.want)
		}
		if k := got.kind(); k != "" && got.Base().FactorType != k && got.Base().FactorType != FactorTypeHOTP {
			t.Errorf("%s: factorType %q, kind %q", tc.json, got.Base().FactorType, k)
		}
	}
}

// TestUserFactorListOddElement checks one factor of an unknown kind, or with mistyped members, does not fail the
// list that holds it.
func TestUserFactorListOddElement(t *testing.T) {
	t.Parallel()
	raw := `[{"factorType":"sms","id":"a"},{"factorType":"brand_new","id":"b","profile":{"x":1}},{"factorType":"push","id":"c","expiresAt":12}]`
	fs := assertRoundTrip[[]UserFactor](t, []byte(raw))
	if len(fs) != 3 {
		t.Fatalf("%d factors", len(fs))
	}
	if u, ok := fs[1].(*UnknownUserFactor); !ok || u.ID != "b" || u.FactorType != "brand_new" {
		t.Errorf("fs[1] = %#v", fs[1])
	}
	if p, ok := fs[2].(*PushUserFactor); !ok || p.ID != "c" || string(p.Extra["expiresAt"]) != "12" {
		t.Errorf("fs[2] = %#v", fs[2])
	}
}

// TestUserFactorRequestBodyDoesNotChangeTheFactor checks encoding a factor as a request body leaves the
// caller's value alone.
func TestUserFactorRequestBodyDoesNotChangeTheFactor(t *testing.T) {
	t.Parallel()
	f := assertRoundTrip[UserFactor](t, []byte(smsFactorJSON))
	before, _ := json.Marshal(f)
	body, err := json.Marshal(factorBody(f))
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, smsFactorJSON, string(body))
	after, _ := json.Marshal(f)
	assertJSONEqual(t, string(before), string(after))
	if factorBody(nil) != nil || factorBody((*SMSUserFactor)(nil)) != nil {
		t.Error("a nil factor must send no body")
	}
}

func TestUserFactorsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[UserFactor](t, raw) }
	checkRecordedPayloads(t, "user_factors", map[string]func(*testing.T, []byte){
		"listFactors": func(t *testing.T, raw []byte) {
			fs := assertRoundTrip[[]UserFactor](t, raw)
			for _, f := range fs {
				if _, unknown := f.(*UnknownUserFactor); unknown {
					t.Errorf("factor %s of type %q decoded as unknown", f.Base().ID, f.Base().FactorType)
				}
			}
		},
		"enrollFactor": one,
		"getFactor":    one,
	})
}

func TestUserFactorsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "user_factors", []apiCall{{
		op: "getFactor",
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.UserFactors.Get(ctx, "00usfahhrdlPEHV1g4x6", "mblsfdsyb1P5k0Kr54x6")
		},
	}})
}
