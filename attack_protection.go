package okta

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// AttackProtectionService manages the org's protections against attacks on sign-in: user lockout after failed
// attempts, the order in which authenticators are verified, and bot protection. Reach it as
// client.AttackProtection.
type AttackProtectionService service

// GetUserLockoutSettings retrieves the org's user lockout settings. The API description says Okta answers with
// a list of settings objects; a single object is accepted too and returned as a list of one.
//
//okta:operation getUserLockoutSettings GET /attack-protection/api/v1/user-lockout-settings
func (s *AttackProtectionService) GetUserLockoutSettings(ctx context.Context) ([]UserLockoutSettings, *Response, error) {
	raw, resp, err := send[json.RawMessage](ctx, s.client, newRequest(http.MethodGet, "/attack-protection/api/v1/user-lockout-settings"))
	if err != nil {
		return nil, resp, err
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, resp, nil
	}
	var settings []UserLockoutSettings
	if raw[0] == '{' {
		settings = make([]UserLockoutSettings, 1)
		err = decodeJSON(raw, &settings[0])
	} else {
		err = decodeJSON(raw, &settings)
	}
	if err != nil {
		return nil, resp, fmt.Errorf("okta: decoding the response to GET /attack-protection/api/v1/user-lockout-settings: %w", err)
	}
	return settings, resp, nil
}

// ReplaceUserLockoutSettings replaces the org's user lockout settings with settings and returns them.
//
//okta:operation replaceUserLockoutSettings PUT /attack-protection/api/v1/user-lockout-settings
func (s *AttackProtectionService) ReplaceUserLockoutSettings(ctx context.Context, settings *UserLockoutSettings) (*UserLockoutSettings, *Response, error) {
	return send[*UserLockoutSettings](ctx, s.client, newRequest(http.MethodPut, "/attack-protection/api/v1/user-lockout-settings").withBody(settings))
}

// GetAuthenticatorSettings retrieves the org's attack protection settings for authenticators.
//
//okta:operation getAuthenticatorSettings GET /attack-protection/api/v1/authenticator-settings
func (s *AttackProtectionService) GetAuthenticatorSettings(ctx context.Context) (*AttackProtectionAuthenticatorSettings, *Response, error) {
	return send[*AttackProtectionAuthenticatorSettings](ctx, s.client, newRequest(http.MethodGet, "/attack-protection/api/v1/authenticator-settings"))
}

// ReplaceAuthenticatorSettings replaces the org's attack protection settings for authenticators with settings
// and returns them.
//
//okta:operation replaceAuthenticatorSettings PUT /attack-protection/api/v1/authenticator-settings
func (s *AttackProtectionService) ReplaceAuthenticatorSettings(ctx context.Context, settings *AttackProtectionAuthenticatorSettings) (*AttackProtectionAuthenticatorSettings, *Response, error) {
	return send[*AttackProtectionAuthenticatorSettings](ctx, s.client, newRequest(http.MethodPut, "/attack-protection/api/v1/authenticator-settings").withBody(settings))
}

// GetBotProtection retrieves the org's bot protection configuration: how sensitive bot detection is, what
// happens when a bot is detected, and which sign-in flows it covers. Okta lists the operation as Early Access.
//
//okta:operation getBotProtectionConfiguration GET /api/v1/bot-protection/configuration
func (s *AttackProtectionService) GetBotProtection(ctx context.Context) (*BotProtectionConfiguration, *Response, error) {
	return send[*BotProtectionConfiguration](ctx, s.client, newRequest(http.MethodGet, "/api/v1/bot-protection/configuration"))
}

// UpdateBotProtection updates the org's bot protection configuration with config (Level and Mode are
// required) and returns it. Okta lists the operation as Early Access.
//
//okta:operation updateBotProtectionConfiguration POST /api/v1/bot-protection/configuration
func (s *AttackProtectionService) UpdateBotProtection(ctx context.Context, config *BotProtectionConfiguration) (*BotProtectionConfiguration, *Response, error) {
	return send[*BotProtectionConfiguration](ctx, s.client, newRequest(http.MethodPost, "/api/v1/bot-protection/configuration").withBody(config))
}

// UserLockoutSettings are the org's settings for locking out users after failed sign-in attempts.
type UserLockoutSettings struct {
	// PreventBruteForceLockoutFromUnknownDevices, when true, keeps failed password attempts from unknown devices
	// from locking the user out on their known devices.
	PreventBruteForceLockoutFromUnknownDevices *bool `json:"preventBruteForceLockoutFromUnknownDevices,omitzero"`
	Extra                                      Extra `json:"-"`
}

// AttackProtectionAuthenticatorSettings are the org's attack protection settings for authenticators.
type AttackProtectionAuthenticatorSettings struct {
	// VerifyKnowledgeSecondWhen2FARequired, when true, makes users verify a possession factor before a
	// knowledge factor (a password) when the assurance requires two factors, so that a password cannot be
	// guessed before the user has proved they hold a device.
	VerifyKnowledgeSecondWhen2FARequired *bool `json:"verifyKnowledgeSecondWhen2faRequired,omitzero"`
	Extra                                Extra `json:"-"`
}

// BotProtectionConfiguration is the org's bot protection configuration.
type BotProtectionConfiguration struct {
	// Level is how confident bot detection must be before it flags a request (required).
	Level BotProtectionLevel `json:"level,omitzero"`
	// Mode says whether detected bots are only logged or also challenged (required).
	Mode BotProtectionMode `json:"mode,omitzero"`
	// EnforcementType is what happens when a bot is detected in ENFORCED mode.
	EnforcementType BotProtectionEnforcementType `json:"enforcementType,omitzero"`
	// SupportedFlows are the flows that bot protection covers.
	SupportedFlows []BotProtectionSupportedFlow `json:"supportedFlows,omitzero"`
	Links          Links                        `json:"_links,omitzero"`
	Extra          Extra                        `json:"-"`
}

// BotProtectionLevel is how confident bot detection must be to flag a request.
type BotProtectionLevel string

// BotProtectionLevel values. Okta may send others; they decode as they are.
const (
	// BotProtectionLevelAny flags every request, however likely it is to come from a bot.
	BotProtectionLevelAny BotProtectionLevel = "ANY"
	// BotProtectionLevelLow flags requests of low confidence and above: the most rigorous level.
	BotProtectionLevelLow BotProtectionLevel = "LOW"
	// BotProtectionLevelMedium flags requests of moderate and high confidence.
	BotProtectionLevelMedium BotProtectionLevel = "MEDIUM"
	// BotProtectionLevelHigh flags only requests of high confidence: the least friction for users.
	BotProtectionLevelHigh BotProtectionLevel = "HIGH"
)

// BotProtectionMode is whether bot protection is off, logs detections, or enforces them.
type BotProtectionMode string

// BotProtectionMode values. Okta may send others; they decode as they are.
const (
	BotProtectionModeDisabled BotProtectionMode = "DISABLED"
	// BotProtectionModeLogOnly logs detected bots in the System Log without acting on them.
	BotProtectionModeLogOnly BotProtectionMode = "LOG_ONLY"
	// BotProtectionModeEnforced applies the enforcement type to the requests of detected bots.
	BotProtectionModeEnforced BotProtectionMode = "ENFORCED"
)

// BotProtectionEnforcementType is what Okta does with a request flagged as a bot's.
type BotProtectionEnforcementType string

// BotProtectionEnforcementType values. Okta may send others; they decode as they are.
const (
	// BotProtectionEnforcementTypeOktaChallenge presents Okta's built-in challenge.
	BotProtectionEnforcementTypeOktaChallenge BotProtectionEnforcementType = "OKTA_CHALLENGE"
)

// BotProtectionSupportedFlow is a flow that bot protection can cover.
type BotProtectionSupportedFlow string

// BotProtectionSupportedFlow values. Okta may send others; they decode as they are.
const (
	// BotProtectionSupportedFlowSignIn is the sign-in page.
	BotProtectionSupportedFlowSignIn BotProtectionSupportedFlow = "SIGN_IN"
	// BotProtectionSupportedFlowSSPR is self-service password recovery.
	BotProtectionSupportedFlowSSPR BotProtectionSupportedFlow = "SSPR"
	// BotProtectionSupportedFlowSSR is self-service registration.
	BotProtectionSupportedFlowSSR BotProtectionSupportedFlow = "SSR"
)
