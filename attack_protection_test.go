package okta

import (
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
