package okta

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// AttackProtectionService manages the org's protections against brute-force attacks on sign-in. Reach it as
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

// UserLockoutSettings are the org's settings for locking out users after failed sign-in attempts.
type UserLockoutSettings struct {
	// PreventBruteForceLockoutFromUnknownDevices, when true, keeps failed password attempts from unknown devices
	// from locking the user out on their known devices.
	PreventBruteForceLockoutFromUnknownDevices *bool `json:"preventBruteForceLockoutFromUnknownDevices,omitzero"`
	Extra                                      Extra `json:"-"`
}
