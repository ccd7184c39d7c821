package okta

import (
	"context"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// These tests cover members and values of Okta's current API description that the 5.1.0 models lacked: network
// zone proxy types, IP service categories and the exempt-list flag; dynamic OS version requirements, Windows
// version constraints and third-party signal providers of device assurance policies; the description of a
// device posture check; typed authenticator, realm, org and feature lifecycle values. Each payload is built
// from the schema in Okta's current description (its examples lack these members), with a member no schema
// has, and goes through the service method that returns it: runAPICalls checks the request, and that the
// result encodes back to the payload exactly (unknown members kept in Extra); check looks at the typed values.

// zonesIgnoreExtra compares models without their Extra, which the round trip of runAPICalls checks.
var zonesIgnoreExtra = cmpopts.IgnoreTypes(Extra{})

// zonesCheck returns an apiCall.check that compares the result, converted by pick, with want.
func zonesCheck[R, V any](pick func(R) V, want V) func(t *testing.T, got any) {
	return func(t *testing.T, got any) {
		t.Helper()
		r, ok := got.(R)
		if !ok {
			t.Fatalf("result is %T, want %T", got, r)
		}
		if diff := gocmp.Diff(want, pick(r), zonesIgnoreExtra); diff != "" {
			t.Errorf("typed values (-want +got):\n%s", diff)
		}
	}
}

// zonesExtra fails the test unless e holds the member futureMember, which every payload here has.
func zonesExtra(t *testing.T, e Extra) {
	t.Helper()
	if _, ok := e["futureMember"]; !ok {
		t.Errorf("Extra = %v, want futureMember kept", e)
	}
}

func TestCurrentZonesNetworkZones(t *testing.T) {
	t.Parallel()
	const id, path = "nzo1", "/api/v1/zones/nzo1"
	get := func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
		return c.NetworkZones.Get(ctx, ids[0])
	}
	zone := func(z *NetworkZone) *NetworkZone { return z }
	enhanced := `{"id":"nzo1","name":"Enhanced","type":"DYNAMIC_V2","status":"ACTIVE","usage":"POLICY","system":false,` +
		`"asns":{"include":["23457"],"exclude":["1234"]},"locations":{"include":[{"country":"US","region":"US-CA"}],"exclude":[{"country":"AF"}]},` +
		`"ipServiceCategories":{"include":["ALL_ANONYMIZERS","NORD_VPN","APPLE_ICLOUD_RELAY_PROXY","SOME_NEW_VPN"],"exclude":["ANONYMIZER_TOR"]},` +
		`"futureMember":{"x":1}}`
	runAPICalls(t, []apiCall{
		{
			name: "DYNAMIC proxyType null", op: "getNetworkZone", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			// Okta writes "no proxy" as the string "null", which is not a JSON null: it must stay a typed value.
			response: []byte(`{"id":"nzo1","name":"Dynamic","type":"DYNAMIC","asns":["23457"],"proxyType":"null","futureMember":1}`),
			check: zonesCheck(zone, &NetworkZone{ID: id, Name: "Dynamic", Type: NetworkZoneTypeDynamic, Asns: []string{"23457"},
				ProxyType: NetworkZoneProxyTypeNull}),
		},
		{
			name: "DYNAMIC proxyType NotTorAnonymizer", op: "getNetworkZone", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(`{"id":"nzo1","name":"Dynamic","type":"DYNAMIC","locations":[{"country":"AF"}],"proxyType":"NotTorAnonymizer","futureMember":1}`),
			check: zonesCheck(zone, &NetworkZone{ID: id, Name: "Dynamic", Type: NetworkZoneTypeDynamic,
				Locations: []NetworkZoneLocation{{Country: "AF"}}, ProxyType: NetworkZoneProxyTypeNotTorAnonymizer}),
		},
		{
			name: "DYNAMIC_V2 ipServiceCategories", op: "getNetworkZone", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(enhanced),
			check: func(t *testing.T, got any) {
				z := got.(*NetworkZone)
				zonesCheck(zone, &NetworkZone{ID: id, Name: "Enhanced", Type: NetworkZoneTypeDynamicV2, Status: NetworkZoneStatusActive,
					Usage: NetworkZoneUsagePolicy, System: new(false),
					IPServiceCategories: &NetworkZoneIPServiceCategories{
						Include: []IPServiceCategory{IPServiceCategoryAllAnonymizers, IPServiceCategoryNordVPN,
							IPServiceCategoryAppleICloudRelayProxy, "SOME_NEW_VPN"},
						Exclude: []IPServiceCategory{IPServiceCategoryAnonymizerTor},
					}})(t, got)
				// An enhanced zone's asns and locations are include/exclude objects, which the lists of a
				// dynamic zone cannot hold: they are kept as Okta sent them.
				for _, m := range []string{"asns", "locations", "futureMember"} {
					if _, ok := z.Extra[m]; !ok {
						t.Errorf("Extra has no %s: %v", m, z.Extra)
					}
				}
			},
		},
		{
			name: "IP useAsExemptList", op: "replaceNetworkZone", ids: []string{id}, method: http.MethodPut, path: path,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Replace(ctx, ids[0], &NetworkZone{Name: "DefaultExemptIpZone", Type: NetworkZoneTypeIP,
					Gateways: []NetworkZoneAddress{{Type: NetworkZoneAddressTypeCIDR, Value: "10.0.0.0/8"}}, UseAsExemptList: new(true)})
			},
			body: `{"name":"DefaultExemptIpZone","type":"IP","gateways":[{"type":"CIDR","value":"10.0.0.0/8"}],"useAsExemptList":true}`,
			response: []byte(`{"id":"nzo1","name":"DefaultExemptIpZone","type":"IP","system":true,"usage":"POLICY",` +
				`"gateways":[{"type":"CIDR","value":"10.0.0.0/8"}],"proxies":null,"useAsExemptList":false,"futureMember":"x"}`),
			check: zonesCheck(zone, &NetworkZone{ID: id, Name: "DefaultExemptIpZone", Type: NetworkZoneTypeIP, System: new(true),
				Usage: NetworkZoneUsagePolicy, Gateways: []NetworkZoneAddress{{Type: NetworkZoneAddressTypeCIDR, Value: "10.0.0.0/8"}},
				UseAsExemptList: new(false)}),
		},
		{
			name: "create DYNAMIC_V2", op: "createNetworkZone", method: http.MethodPost, path: "/api/v1/zones",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.NetworkZones.Create(ctx, &NetworkZone{Name: "Enhanced", Type: NetworkZoneTypeDynamicV2,
					IPServiceCategories: &NetworkZoneIPServiceCategories{Include: []IPServiceCategory{IPServiceCategoryAllIPServices},
						Exclude: []IPServiceCategory{IPServiceCategoryGoogleVPN}}})
			},
			body:     `{"name":"Enhanced","type":"DYNAMIC_V2","ipServiceCategories":{"include":["ALL_IP_SERVICES"],"exclude":["GOOGLE_VPN"]}}`,
			response: []byte(enhanced),
			check:    func(t *testing.T, got any) { zonesExtra(t, got.(*NetworkZone).Extra) },
		},
		{
			name: "create DYNAMIC proxyType null", op: "createNetworkZone", method: http.MethodPost, path: "/api/v1/zones",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.NetworkZones.Create(ctx, &NetworkZone{Name: "Dynamic", Type: NetworkZoneTypeDynamic, Asns: []string{"1"},
					ProxyType: NetworkZoneProxyTypeNull})
			},
			body:     `{"name":"Dynamic","type":"DYNAMIC","asns":["1"],"proxyType":"null"}`,
			response: []byte(`{"id":"nzo1","name":"Dynamic","type":"DYNAMIC","asns":["1"],"proxyType":"null","futureMember":1}`),
		},
	})
}

func TestCurrentZonesDeviceAssurances(t *testing.T) {
	t.Parallel()
	const id, path = "dae1", "/api/v1/device-assurances/dae1"
	get := func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
		return c.DeviceAssurances.Get(ctx, ids[0])
	}
	head := `"id":"dae1","name":"Policy","createdBy":"00u1","createdDate":"2024-01-01T00:00:00.000Z",`
	android := `{` + head + `"platform":"ANDROID","jailbreak":false,"screenLockType":{"include":["BIOMETRIC"]},` +
		`"osVersion":{"dynamicVersionRequirement":{"type":"MINIMUM","distanceFromLatestMajor":0,"latestSecurityPatch":true}},` +
		`"thirdPartySignalProviders":{"androidDeviceTrust":{"deviceIntegrityLevel":"MEETS_STRONG_INTEGRITY","networkProxyDisabled":true,` +
		`"playProtectVerdict":"LOW","requireMajorVersionUpdate":true,"screenLockComplexity":"HIGH","usbDebuggingDisabled":true,` +
		`"wifiSecured":false},"devicePostureIdP":{"compliant":true,"managed":false}},"futureMember":1}`
	ios := `{` + head + `"platform":"IOS","osVersion":{"dynamicVersionRequirement":{"type":"EXACT_ANY_SUPPORTED"}},` +
		`"thirdPartySignalProviders":{"devicePostureIdP":{"managed":true}},"futureMember":1}`
	windows := `{` + head + `"platform":"WINDOWS","osVersionConstraints":[` +
		`{"majorVersionConstraint":"WINDOWS_11","dynamicVersionRequirement":{"type":"EXACT","distanceFromLatestMajor":1,"latestSecurityPatch":false}},` +
		`{"majorVersionConstraint":"WINDOWS_10","dynamicVersionRequirement":{"type":"NOT_ALLOWED"}},` +
		`{"majorVersionConstraint":"WINDOWS_12","minimum":"12.0.1.2"}],` +
		`"thirdPartySignalProviders":{"dtc":{"antivirusEnabled":true,"osFirewall":true},"devicePostureIdP":{"compliant":true}},"futureMember":1}`
	chromeOS := `{` + head + `"platform":"CHROMEOS","thirdPartySignalProviders":{"dtc":{"managedDevice":true,"keyTrustLevel":"CHROME_OS_VERIFIED_MODE"},` +
		`"devicePostureIdP":{"managed":true}},"futureMember":1}`
	macOS := `{` + head + `"platform":"MACOS","osVersion":{"minimum":"14.2.1"},` +
		`"thirdPartySignalProviders":{"dtc":{"diskEncrypted":true},"devicePostureIdP":{"compliant":false}},"futureMember":1}`
	runAPICalls(t, []apiCall{
		{
			name: "android", op: "getDeviceAssurancePolicy", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(android),
			check: func(t *testing.T, got any) {
				d, ok := got.(*DeviceAssuranceAndroidPlatform)
				if !ok {
					t.Fatalf("result is %T", got)
				}
				zonesExtra(t, d.Extra)
				want := &DeviceAssuranceAndroidPlatform{
					OSVersion: &OSVersion{DynamicVersionRequirement: &DynamicVersionRequirement{
						Type: DynamicVersionRequirementTypeMinimum, DistanceFromLatestMajor: new(0), LatestSecurityPatch: new(true)}},
					ThirdPartySignalProviders: &DeviceAssuranceAndroidThirdPartySignalProviders{
						AndroidDeviceTrust: &AndroidDeviceTrust{DeviceIntegrityLevel: DeviceIntegrityStrong, NetworkProxyDisabled: new(true),
							PlayProtectVerdict: PlayProtectVerdictLow, RequireMajorVersionUpdate: new(true),
							ScreenLockComplexity: ScreenLockComplexityHigh, USBDebuggingDisabled: new(true), WifiSecured: new(false)},
						DevicePostureIdP: &DevicePostureIdP{Compliant: new(true), Managed: new(false)},
					},
				}
				if diff := gocmp.Diff(want, d, zonesIgnoreExtra, cmpopts.IgnoreFields(DeviceAssuranceAndroidPlatform{},
					"DeviceAssuranceBase", "Jailbreak", "ScreenLockType")); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "ios", op: "getDeviceAssurancePolicy", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(ios),
			check: func(t *testing.T, got any) {
				d := got.(*DeviceAssuranceIOSPlatform)
				zonesCheck(func(d *DeviceAssuranceIOSPlatform) [2]any {
					return [2]any{d.OSVersion.DynamicVersionRequirement, d.ThirdPartySignalProviders}
				}, [2]any{
					&DynamicVersionRequirement{Type: DynamicVersionRequirementTypeExactAnySupported},
					&DeviceAssuranceIOSThirdPartySignalProviders{DevicePostureIdP: &DevicePostureIdP{Managed: new(true)}},
				})(t, got)
				zonesExtra(t, d.Extra)
			},
		},
		{
			name: "windows", op: "getDeviceAssurancePolicy", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(windows),
			check: func(t *testing.T, got any) {
				d := got.(*DeviceAssuranceWindowsPlatform)
				zonesExtra(t, d.Extra)
				want := []OSVersionConstraint{
					{MajorVersionConstraint: WindowsMajorVersion11, DynamicVersionRequirement: &DynamicVersionRequirement{
						Type: DynamicVersionRequirementTypeExact, DistanceFromLatestMajor: new(1), LatestSecurityPatch: new(false)}},
					{MajorVersionConstraint: WindowsMajorVersion10, DynamicVersionRequirement: &DynamicVersionRequirement{
						Type: DynamicVersionRequirementTypeNotAllowed}},
					{MajorVersionConstraint: "WINDOWS_12", Minimum: "12.0.1.2"}, // a version Okta may add decodes as it is
				}
				if diff := gocmp.Diff(want, d.OSVersionConstraints, zonesIgnoreExtra); diff != "" {
					t.Errorf("OSVersionConstraints (-want +got):\n%s", diff)
				}
				p := d.ThirdPartySignalProviders
				if p == nil || p.DTC == nil || p.DTC.AntivirusEnabled == nil || !*p.DTC.AntivirusEnabled ||
					p.DevicePostureIdP == nil || p.DevicePostureIdP.Compliant == nil || !*p.DevicePostureIdP.Compliant {
					t.Errorf("ThirdPartySignalProviders = %+v", p)
				}
			},
		},
		{
			name: "chromeos", op: "getDeviceAssurancePolicy", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(chromeOS),
			check: zonesCheck(func(d *DeviceAssuranceChromeOSPlatform) *DeviceAssuranceChromeOSThirdPartySignalProviders {
				return d.ThirdPartySignalProviders
			}, &DeviceAssuranceChromeOSThirdPartySignalProviders{
				DTC:              &DTCChromeOS{ManagedDevice: new(true), KeyTrustLevel: KeyTrustLevelOSModeVerified},
				DevicePostureIdP: &DevicePostureIdP{Managed: new(true)},
			}),
		},
		{
			name: "macos", op: "getDeviceAssurancePolicy", ids: []string{id}, method: http.MethodGet, path: path, call: get,
			response: []byte(macOS),
			check: zonesCheck(func(d *DeviceAssuranceMacOSPlatform) *DeviceAssuranceMacOSThirdPartySignalProviders {
				return d.ThirdPartySignalProviders
			}, &DeviceAssuranceMacOSThirdPartySignalProviders{
				DTC:              &DTCMacOS{DiskEncrypted: new(true)},
				DevicePostureIdP: &DevicePostureIdP{Compliant: new(false)},
			}),
		},
		{
			name: "create windows", op: "createDeviceAssurancePolicy", method: http.MethodPost, path: "/api/v1/device-assurances",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DeviceAssurances.Create(ctx, &DeviceAssuranceWindowsPlatform{
					DeviceAssuranceBase: DeviceAssuranceBase{Name: "Policy"},
					OSVersionConstraints: []OSVersionConstraint{{MajorVersionConstraint: WindowsMajorVersion11,
						DynamicVersionRequirement: &DynamicVersionRequirement{Type: DynamicVersionRequirementTypeMinimum, DistanceFromLatestMajor: new(0)}}},
				})
			},
			// distanceFromLatestMajor 0 is sent: it is meaningful.
			body: `{"name":"Policy","platform":"WINDOWS","osVersionConstraints":[{"majorVersionConstraint":"WINDOWS_11",` +
				`"dynamicVersionRequirement":{"type":"MINIMUM","distanceFromLatestMajor":0}}]}`,
			response: []byte(windows),
		},
	})
}

func TestCurrentZonesDevicePostureCheckDescription(t *testing.T) {
	t.Parallel()
	payload := `{"id":"dch1","name":"Device posture check macOS","description":"Query macOS devices to check if firewall is enabled",` +
		`"type":"CUSTOM","platform":"MACOS","futureMember":1}`
	runAPICalls(t, []apiCall{
		{
			op: "getDevicePostureCheck", ids: []string{"dch1"}, method: http.MethodGet, path: "/api/v1/device-posture-checks/dch1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DevicePostureChecks.Get(ctx, ids[0])
			},
			response: []byte(payload),
			check: zonesCheck(func(d *DevicePostureCheck) *DevicePostureCheck { return d }, &DevicePostureCheck{ID: "dch1",
				Name: "Device posture check macOS", Description: "Query macOS devices to check if firewall is enabled",
				Type: DevicePostureCheckTypeCustom, Platform: DevicePostureCheckPlatformMacOS}),
		},
	})
}

func TestCurrentZonesTypedValues(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "ChannelBinding.style", op: "getAuthenticator", ids: []string{"aut1"}, method: http.MethodGet, path: "/api/v1/authenticators/aut1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Authenticators.Get(ctx, ids[0])
			},
			response: []byte(`{"id":"aut1","key":"okta_verify","name":"Okta Verify","status":"ACTIVE","type":"app",` +
				`"settings":{"channelBinding":{"required":"ALWAYS","style":"NUMBER_CHALLENGE"},"userVerification":"PREFERRED","appInstanceId":"0oa1"},"futureMember":1}`),
			check: zonesCheck(func(a *Authenticator) *ChannelBinding { return a.Settings.ChannelBinding },
				&ChannelBinding{Required: RequiredEnumAlways, Style: ChannelBindingStyleNumberChallenge}),
		},
		{
			name: "WellKnownAppAuthenticatorConfiguration.type", op: "getWellKnownAppAuthenticatorConfiguration",
			method: http.MethodGet, path: "/.well-known/app-authenticator-configuration", query: map[string]string{"oauthClientId": "0oa1"},
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Authenticators.GetWellKnownAppAuthenticatorConfiguration(ctx,
					&AuthenticatorsGetWellKnownAppAuthenticatorConfigurationOptions{OAuthClientID: "0oa1"})
			},
			response: firstPayload(t, "authenticators", "getWellKnownAppAuthenticatorConfiguration", ""),
			check: zonesCheck(func(c []WellKnownAppAuthenticatorConfiguration) [2]any {
				return [2]any{c[0].Type, c[0].SupportedMethods[0].Type}
			}, [2]any{AuthenticatorTypeApp, AuthenticatorMethodTypePush}),
		},
		{
			name: "RealmProfile.realmType", op: "getRealm", ids: []string{"guo1"}, method: http.MethodGet, path: "/api/v1/realms/guo1",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Realms.Get(ctx, ids[0])
			},
			response: []byte(`{"id":"guo1","isDefault":false,"profile":{"name":"Partners","domains":["example.com"],"realmType":"PARTNER","futureMember":1}}`),
			check: zonesCheck(func(r *Realm) *RealmProfile { return r.Profile },
				&RealmProfile{Name: "Partners", Domains: []string{"example.com"}, RealmType: RealmTypePartner}),
		},
		{
			name: "create realm with realmType", op: "createRealm", method: http.MethodPost, path: "/api/v1/realms",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Realms.Create(ctx, &Realm{Profile: &RealmProfile{Name: "Default", RealmType: RealmTypeDefault}})
			},
			body:     `{"profile":{"name":"Default","realmType":"DEFAULT"}}`,
			response: []byte(`{"id":"guo1","isDefault":false,"profile":{"name":"Default","realmType":"DEFAULT"}}`),
		},
		{
			name: "OrgSetting.status", op: "getOrgSettings", method: http.MethodGet, path: "/api/v1/org",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.Get(ctx)
			},
			response: firstPayload(t, "org_settings", "getOrgSettings", "test_get_org_settings"),
			check:    zonesCheck(func(o *OrgSetting) LifecycleStatus { return o.Status }, LifecycleStatusActive),
		},
	})
}

// TestCurrentZonesFeatureLifecycle checks that both spellings of a feature lifecycle reach the path as they are:
// Okta takes the lowercase one its links name and the uppercase one of its current description.
func TestCurrentZonesFeatureLifecycle(t *testing.T) {
	t.Parallel()
	feature := []byte(`{"id":"ftr1","name":"Feature","status":"ENABLED","type":"self-service","futureMember":1}`)
	var calls []apiCall
	for _, lc := range []FeatureLifecycle{FeatureLifecycleEnable, FeatureLifecycleDisable,
		"ENABLE", "DISABLE"} {
		calls = append(calls, apiCall{
			name: string(lc), op: "updateFeatureLifecycle", ids: []string{"ftr1"}, method: http.MethodPost,
			path: "/api/v1/features/ftr1/" + string(lc), query: map[string]string{"mode": "force"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Features.ChangeLifecycle(ctx, ids[0], lc, &FeaturesChangeLifecycleOptions{Mode: "force"})
			},
			response: feature,
			check:    zonesCheck(func(f *Feature) EnabledStatus { return f.Status }, EnabledStatusEnabled),
		})
	}
	runAPICalls(t, calls)
}
