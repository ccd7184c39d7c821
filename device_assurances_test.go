package okta

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
)

func TestDeviceAssurancesMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "device_assurances", op, "device_assurance.")) }
	windows := &DeviceAssuranceWindowsPlatform{
		DeviceAssuranceBase:   DeviceAssuranceBase{Name: "Test Windows Device Assurance Policy", Platform: PlatformWindows},
		DiskEncryptionType:    &DeviceAssuranceDiskEncryptionType{Include: []DiskEncryptionType{DiskEncryptionTypeAllInternalVolumes}},
		OSVersion:             &OSVersion{Minimum: "10.0.19041"},
		ScreenLockType:        &DeviceAssuranceScreenLockType{Include: []ScreenLockType{ScreenLockTypeBiometric}},
		SecureHardwarePresent: new(true),
	}
	// What the recording SDK sent to create this policy.
	windowsJSON := string(fixture(t, "device_assurances/requests/createDeviceAssurancePolicy.device_assurance.test_create_windows_device_assurance_policy.0.json"))
	android := &DeviceAssuranceAndroidPlatform{
		DeviceAssuranceBase: DeviceAssuranceBase{Name: "Test Android Device Assurance Policy", Platform: PlatformAndroid},
		Jailbreak:           new(false),
		OSVersion:           &OSVersion{Minimum: "11"},
	}
	androidJSON := string(fixture(t, "device_assurances/requests/createDeviceAssurancePolicy.device_assurance.test_create_android_device_assurance_policy.0.json"))
	const id, esc = "dae/1", "dae%2F1"
	calls := []apiCall{
		{
			op: "listDeviceAssurancePolicies",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DeviceAssurances.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/device-assurances", response: []byte(recorded("listDeviceAssurancePolicies")),
			check: func(t *testing.T, got any) {
				ps := got.([]DeviceAssurance)
				w, ok := ps[0].(*DeviceAssuranceWindowsPlatform)
				if len(ps) != 1 || !ok || w.OSVersion.Minimum != "11.0" || w.LastUpdate.IsZero() {
					t.Errorf("policies = %+v", ps)
				}
			},
		},
		{
			op: "createDeviceAssurancePolicy",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DeviceAssurances.Create(ctx, windows)
			},
			method: http.MethodPost, path: "/api/v1/device-assurances", body: windowsJSON,
			response: firstPayload(t, "device_assurances", "createDeviceAssurancePolicy", "device_assurance.test_create_windows"),
			check: func(t *testing.T, got any) {
				w, ok := got.(*DeviceAssuranceWindowsPlatform)
				if !ok || w.ID != "daeq6i0878MEQvSa41d7" || w.ResourceType != "DeviceAssurancePolicyEntity" || !*w.SecureHardwarePresent {
					t.Errorf("policy = %T %+v", got, got)
				}
			},
		},
		{
			op: "getDeviceAssurancePolicy", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceAssurances.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/device-assurances/" + esc,
			response: firstPayload(t, "device_assurances", "getDeviceAssurancePolicy", "device_assurance.test_create_android"),
			check: func(t *testing.T, got any) {
				a, ok := got.(*DeviceAssuranceAndroidPlatform)
				if !ok || a.Jailbreak == nil || *a.Jailbreak || a.OSVersion.Minimum != "11" {
					t.Errorf("policy = %T %+v", got, got)
				}
			},
		},
		{
			op: "replaceDeviceAssurancePolicy", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DeviceAssurances.Replace(ctx, ids[0], android)
			},
			method: http.MethodPut, path: "/api/v1/device-assurances/" + esc, body: androidJSON,
			response: []byte(recorded("replaceDeviceAssurancePolicy")),
		},
		{
			op: "deleteDeviceAssurancePolicy", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.DeviceAssurances.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/device-assurances/" + esc, status: http.StatusNoContent,
		},
	}
	checkCalledOperations(t, calls, "DeviceAssurance")
	runAPICalls(t, calls)
}

func TestDeviceAssurancesRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[DeviceAssurance](t, raw) }
	checkRecordedPayloads(t, "device_assurances", map[string]func(*testing.T, []byte){
		"listDeviceAssurancePolicies":  func(t *testing.T, raw []byte) { assertRoundTrip[[]DeviceAssurance](t, raw) },
		"createDeviceAssurancePolicy":  one,
		"getDeviceAssurancePolicy":     one,
		"replaceDeviceAssurancePolicy": one,
		// The bodies the recording SDK sent and the spec's request examples.
		"requests/createDeviceAssurancePolicy":  one,
		"requests/replaceDeviceAssurancePolicy": one,
	})
}

func TestDeviceAssurancesRecordedErrors(t *testing.T) {
	t.Parallel()
	const id = "fake-device-assurance-policy-id"
	checkRecordedErrors(t, "device_assurances", []apiCall{
		{op: "createDeviceAssurancePolicy", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.DeviceAssurances.Create(ctx, &DeviceAssuranceChromeOSPlatform{
				DeviceAssuranceBase: DeviceAssuranceBase{Name: "Test ChromeOS Device Assurance Policy", Platform: PlatformChromeOS},
			})
		}},
		{op: "getDeviceAssurancePolicy", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.DeviceAssurances.Get(ctx, id)
		}},
		{op: "deleteDeviceAssurancePolicy", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return apiNoResult(c.DeviceAssurances.Delete(ctx, id))
		}},
	})
}

// TestDeviceAssuranceKinds decodes the spec's example of each platform into its type with its typed
// conditions, and a platform the SDK does not know into an UnknownDeviceAssurance that keeps them.
func TestDeviceAssuranceKinds(t *testing.T) {
	t.Parallel()
	get := func(name string) DeviceAssurance {
		return assertRoundTrip[DeviceAssurance](t, fixture(t, "device_assurances/getDeviceAssurancePolicy/spec."+name+".json"))
	}
	if a, ok := get("Android").(*DeviceAssuranceAndroidPlatform); !ok || len(a.DiskEncryptionType.Include) != 2 || *a.Jailbreak || a.ScreenLockType.Include[0] != ScreenLockTypeBiometric {
		t.Errorf("Android = %+v", a)
	}
	if i, ok := get("iOS").(*DeviceAssuranceIOSPlatform); !ok || i.OSVersion == nil || i.Base().Platform != PlatformIOS {
		t.Errorf("iOS = %+v", i)
	}
	if m, ok := get("MacOSWithThirdPartySignalProviders").(*DeviceAssuranceMacOSPlatform); !ok || m.ThirdPartySignalProviders.DTC == nil ||
		!*m.ThirdPartySignalProviders.DTC.DiskEncrypted || m.ThirdPartySignalProviders.DTC.KeyTrustLevel != KeyTrustLevelBrowserKeyHardware {
		t.Errorf("macOS = %+v", m)
	}
	if w, ok := get("WindowsWithThirdPartySignalProviders").(*DeviceAssuranceWindowsPlatform); !ok ||
		w.ThirdPartySignalProviders.DTC.WindowsMachineDomain != "testMachineDomain" || !*w.ThirdPartySignalProviders.DTC.SecureBootEnabled ||
		w.ThirdPartySignalProviders.DTC.SafeBrowsingProtectionLevel != SafeBrowsingProtectionLevelEnhanced {
		t.Errorf("Windows = %+v", w)
	}
	if c, ok := get("ChromeOSWithThirdPartySignalProviders").(*DeviceAssuranceChromeOSPlatform); !ok ||
		!*c.ThirdPartySignalProviders.DTC.AllowScreenLock || c.ThirdPartySignalProviders.DTC.KeyTrustLevel != KeyTrustLevelOSModeVerified {
		t.Errorf("ChromeOS = %+v", c)
	}

	unknown := `{"id": "dae9", "name": "Linux", "platform": "LINUX", "osVersion": {"minimum": "6.1"}, "kernel": {"lockdown": true}}`
	u, ok := assertRoundTrip[DeviceAssurance](t, []byte(unknown)).(*UnknownDeviceAssurance)
	if !ok || u.Name != "Linux" || u.Extra["kernel"] == nil {
		t.Errorf("unknown platform = %+v", u)
	}
}

// TestDeviceAssuranceListToleratesOddElements decodes a list with an unknown platform and one without any.
func TestDeviceAssuranceListToleratesOddElements(t *testing.T) {
	t.Parallel()
	raw := `[{"id": "dae1", "platform": "IOS", "jailbreak": false}, {"id": "dae2", "platform": "LINUX"}, {"id": "dae3"},
		{"id": "dae4", "platform": 7, "osVersion": "not an object"}]`
	ps := assertRoundTrip[[]DeviceAssurance](t, []byte(raw))
	var kinds []string
	for _, p := range ps {
		kinds = append(kinds, fmt.Sprintf("%T", p))
	}
	want := "[*okta.DeviceAssuranceIOSPlatform *okta.UnknownDeviceAssurance *okta.UnknownDeviceAssurance *okta.UnknownDeviceAssurance]"
	if fmt.Sprint(kinds) != want {
		t.Errorf("kinds = %v, want %s", kinds, want)
	}
}

// TestDeviceAssuranceGetChangeReplaceIsLossless gets a recorded policy, raises its minimum OS version and
// replaces it: the PUT body is everything Okta sent, members the SDK does not model included, with that change.
func TestDeviceAssuranceGetChangeReplaceIsLossless(t *testing.T) {
	t.Parallel()
	got := fixture(t, "device_assurances/getDeviceAssurancePolicy/device_assurance.test_device_assurance_policy_crud_flow.1.json")
	var doc map[string]any
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	doc["gracePeriod"] = map[string]any{"type": "BY_DURATION", "expiry": "PT1H"}
	got, _ = json.Marshal(doc)
	doc["osVersion"] = map[string]any{"minimum": "11.0"}
	want, _ := json.Marshal(doc)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/device-assurances/dae1", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, http.StatusOK, got) })
	mux.HandleFunc("PUT /api/v1/device-assurances/dae1", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(want))
		serveJSON(w, http.StatusOK, want)
	})
	p, _, err := c.DeviceAssurances.Get(t.Context(), "dae1")
	if err != nil {
		t.Fatal(err)
	}
	p.(*DeviceAssuranceWindowsPlatform).OSVersion.Minimum = "11.0"
	if _, _, err := c.DeviceAssurances.Replace(t.Context(), "dae1", p); err != nil {
		t.Fatal(err)
	}
}
