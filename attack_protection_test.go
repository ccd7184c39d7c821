package okta

import (
	"context"
	"net/http"
	"testing"
)

// TestAttackProtectionMethods checks both operations, whose paths are outside /api/v1.
func TestAttackProtectionMethods(t *testing.T) {
	t.Parallel()
	const path = "/attack-protection/api/v1/user-lockout-settings"
	t.Run("GetUserLockoutSettings", func(t *testing.T) {
		t.Parallel()
		for name, reply := range map[string]string{
			"a list, as the API description says": string(fixture(t, "attack_protection/getUserLockoutSettings/example.settings.json")),
			"a single object":                     `{"preventBruteForceLockoutFromUnknownDevices": false}`,
		} {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				c, mux := setup(t)
				mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
					testMethod(t, r, http.MethodGet)
					testQuery(t, r, nil)
					testJSONBody(t, r, "")
					serveJSON(w, http.StatusOK, []byte(reply))
				})
				got, resp, err := c.AttackProtection.GetUserLockoutSettings(t.Context())
				if err != nil || resp.StatusCode != http.StatusOK {
					t.Fatalf("error %v, response %+v", err, resp)
				}
				if len(got) != 1 || got[0].PreventBruteForceLockoutFromUnknownDevices == nil || *got[0].PreventBruteForceLockoutFromUnknownDevices {
					t.Errorf("settings = %+v", got)
				}
			})
		}
	})
	t.Run("GetUserLockoutSettings not JSON", func(t *testing.T) {
		t.Parallel()
		c, mux := setup(t)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			serveJSON(w, http.StatusOK, []byte(`"no"`))
		})
		if _, resp, err := c.AttackProtection.GetUserLockoutSettings(t.Context()); err == nil || resp == nil {
			t.Errorf("error %v, response %v: want a decoding error and the response", err, resp)
		}
	})
	t.Run("ReplaceUserLockoutSettings", func(t *testing.T) {
		t.Parallel()
		c, mux := setup(t)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			testMethod(t, r, http.MethodPut)
			testJSONBody(t, r, `{"preventBruteForceLockoutFromUnknownDevices": false}`)
			serveJSON(w, http.StatusOK, []byte(`{"preventBruteForceLockoutFromUnknownDevices": false}`))
		})
		got, _, err := c.AttackProtection.ReplaceUserLockoutSettings(t.Context(), &UserLockoutSettings{PreventBruteForceLockoutFromUnknownDevices: new(false)})
		if err != nil || got.PreventBruteForceLockoutFromUnknownDevices == nil || *got.PreventBruteForceLockoutFromUnknownDevices {
			t.Errorf("settings %+v, error %v", got, err)
		}
	})
}

func TestAttackProtectionRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "attack_protection", map[string]func(*testing.T, []byte){
		"getUserLockoutSettings": func(t *testing.T, raw []byte) { assertRoundTrip[[]UserLockoutSettings](t, raw) },
	})
}

// botProtectionPayload is a bot protection configuration built from the API description's schema, with a member
// this SDK does not model.
const botProtectionPayload = `{"enforcementType":"OKTA_CHALLENGE","level":"MEDIUM","mode":"ENFORCED","supportedFlows":["SIGN_IN","SSPR"],` +
	`"_links":{"self":{"href":"https://test.okta.com/api/v1/bot-protection/configuration"}},"futureMember":{"a":1}}`

func TestAttackProtectionCurrentRequests(t *testing.T) {
	t.Parallel()
	const authPath = "/attack-protection/api/v1/authenticator-settings"
	authSettings := []byte(`{"verifyKnowledgeSecondWhen2faRequired":true,"futureSetting":"x"}`)
	calls := []apiCall{
		{
			op: "getAuthenticatorSettings", method: "GET", path: authPath, response: authSettings,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AttackProtection.GetAuthenticatorSettings(ctx)
			},
			check: func(t *testing.T, got any) {
				if s := got.(*AttackProtectionAuthenticatorSettings); s.VerifyKnowledgeSecondWhen2FARequired == nil || !*s.VerifyKnowledgeSecondWhen2FARequired {
					t.Errorf("settings = %+v", s)
				}
			},
		},
		{
			op: "replaceAuthenticatorSettings", method: "PUT", path: authPath,
			// false is sent: a pointer tells it from not set.
			body:     `{"verifyKnowledgeSecondWhen2faRequired":false}`,
			response: []byte(`{"verifyKnowledgeSecondWhen2faRequired":false}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AttackProtection.ReplaceAuthenticatorSettings(ctx, &AttackProtectionAuthenticatorSettings{VerifyKnowledgeSecondWhen2FARequired: new(false)})
			},
		},
		{
			op: "getBotProtectionConfiguration", method: "GET", path: "/api/v1/bot-protection/configuration",
			response: []byte(botProtectionPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AttackProtection.GetBotProtection(ctx)
			},
			check: func(t *testing.T, got any) {
				b := got.(*BotProtectionConfiguration)
				if b.Level != BotProtectionLevelMedium || b.Mode != BotProtectionModeEnforced || b.EnforcementType != BotProtectionEnforcementTypeOktaChallenge ||
					len(b.SupportedFlows) != 2 || b.SupportedFlows[1] != BotProtectionSupportedFlowSSPR || b.Links.Href("self") == "" {
					t.Errorf("configuration = %+v", b)
				}
			},
		},
		{
			op: "updateBotProtectionConfiguration", method: "POST", path: "/api/v1/bot-protection/configuration",
			body:     `{"level":"HIGH","mode":"LOG_ONLY","supportedFlows":["SSR"]}`,
			response: []byte(botProtectionPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AttackProtection.UpdateBotProtection(ctx, &BotProtectionConfiguration{
					Level: BotProtectionLevelHigh, Mode: BotProtectionModeLogOnly, SupportedFlows: []BotProtectionSupportedFlow{BotProtectionSupportedFlowSSR},
				})
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "AttackProtection", "BotProtection")
}

// TestAttackProtectionUnknownValues checks that values Okta may add decode as they are and survive a round trip.
func TestAttackProtectionUnknownValues(t *testing.T) {
	t.Parallel()
	b := assertRoundTrip[*BotProtectionConfiguration](t, []byte(`{"level":"EXTREME","mode":"SHADOW","enforcementType":"CAPTCHA","supportedFlows":["UNLOCK"]}`))
	if b.Level != "EXTREME" || b.SupportedFlows[0] != "UNLOCK" {
		t.Errorf("configuration = %+v", b)
	}
	assertRoundTrip[*AttackProtectionAuthenticatorSettings](t, []byte(`{"verifyKnowledgeSecondWhen2faRequired":false,"other":[1]}`))
}
