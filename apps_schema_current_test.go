package okta

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// Payloads built from the current API description's schemas, each with a member this SDK does not model
// ("futureMember"), for what nothing was recorded: a WS-Federation app, a custom SAML 2.0 app with both kinds of
// attribute statements and single logout, an app from the Okta Integration Network, features of both kinds and
// an API service integration instance with properties.
const (
	wsFedAppPayload = `{"id":"0oa1wsfed","name":"template_wsfed","label":"Sample WS-Fed App","status":"ACTIVE",` +
		`"signOnMode":"WS_FEDERATION","credentials":{"signing":{"kid":"kid1"}},"settings":{"app":{` +
		`"audienceRestriction":"urn:example:app","groupValueFormat":"windowsDomainQualifiedName","realm":"urn:example:app",` +
		`"wReplyURL":"https://example.com/","siteURL":"https://example.com","usernameAttribute":"username"}},"futureMember":true}`
	samlAppPayload = `{"id":"0oa1saml","name":"exampleorg_samlapp_1","label":"Example SAML App","status":"ACTIVE",` +
		`"signOnMode":"SAML_2_0","settings":{"signOn":{"ssoAcsUrl":"https://example.com/sso/saml",` +
		`"audience":"https://example.com/saml","subjectNameIdTemplate":"${user.userName}",` +
		`"subjectNameIdFormat":"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified","responseSigned":true,` +
		`"attributeStatements":[` +
		`{"type":"EXPRESSION","name":"attributeOne","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:basic","values":["ValueOne"]},` +
		`{"type":"GROUP","name":"groups","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:uri","filterType":"STARTS_WITH","filterValue":"Team"}],` +
		`"participateSlo":{"enabled":true,"logoutRequestUrl":"https://example.com/logout","sessionIndexRequired":true,"bindingType":"REDIRECT"}}},` +
		`"futureMember":{"a":1}}`
	oinAppPayload = `{"id":"0oa1zoom","name":"zoomus","label":"Zoom","status":"ACTIVE","signOnMode":"SAML_2_0",` +
		`"settings":{"app":{"subdomain":"example"}},"futureMember":"x"}`
	userProvisioningFeaturePayload = `{"name":"USER_PROVISIONING","status":"ENABLED",` +
		`"description":"User provisioning settings from Okta to a downstream app","capabilities":{` +
		`"create":{"lifecycleCreate":{"status":"DISABLED"}},"update":{"lifecycleDeactivate":{"status":"DISABLED"},` +
		`"profile":{"status":"DISABLED"},"password":{"status":"DISABLED","seed":"RANDOM","change":"KEEP_EXISTING"}}},` +
		`"_links":{"self":{"href":"https://example.okta.com/api/v1/apps/0oa1/features/USER_PROVISIONING","hints":{"allow":["GET","PUT"]}}}}`
	inboundProvisioningFeaturePayload = `{"name":"INBOUND_PROVISIONING","status":"ENABLED",` +
		`"description":"In-bound provisioning settings from an application to Okta","capabilities":{` +
		`"importSettings":{"username":{"usernameFormat":"CUSTOM","userNameExpression":"source.email"},` +
		`"schedule":{"status":"ENABLED","fullImport":{"expression":"00 21 * * Mon,Thu,Fri,Sat","timezone":"America/Los_Angeles"},` +
		`"incrementalImport":{"expression":"00 */2 * * *","timezone":"America/Los_Angeles","futureMember":1}}},` +
		`"importRules":{"userCreateAndMatch":{"exactMatchCriteria":"USERNAME","allowPartialMatch":false,` +
		`"autoConfirmPartialMatch":false,"autoConfirmExactMatch":true,"autoConfirmNewUsers":false,"autoActivateNewUsers":true}},` +
		`"futureMember":[]},` +
		`"_links":{"self":{"href":"https://example.okta.com/api/v1/apps/0oa1/features/INBOUND_PROVISIONING","hints":{"allow":["GET","PUT"]}}}}`
	apiServiceWithPropertiesPayload = `{"id":"0oa72lrepvp4WqEET1d9","type":"my_app_cie","name":"My App Cloud Identity Engine",` +
		`"createdAt":"2023-02-21T20:08:24.000Z","createdBy":"00uu3u0ujW1P6AfZC2d5","grantedScopes":["okta.logs.read"],` +
		`"properties":{"baseUrl":{"name":"baseUrl","value":"https://example.com","futureMember":2}},` +
		`"_links":{"self":{"href":"https://example.okta.com/integrations/api/v1/api-services/0oa72lrepvp4WqEET1d9"}}}`
)

// TestAppsSchemaCurrentNames reads an application of each kind through Apps.Get and checks its Go type and
// its Name, typed as an ApplicationName; a recorded or spec-shaped payload must come back unchanged.
func TestAppsSchemaCurrentNames(t *testing.T) {
	t.Parallel()
	recorded := func(name string) []byte { return fixture(t, "apps/getApplication/"+name+".json") }
	tests := []struct {
		name    string
		payload []byte
		want    ApplicationName
		kind    Application
	}{
		{"basic auth", recorded("create_basic_auth_app_1"), ApplicationNameBasicAuth, &BasicAuthApplication{}},
		{"bookmark", recorded("create_bookmark_app_1"), ApplicationNameBookmark, &BookmarkApplication{}},
		{"swa", recorded("create_SWA_app_1"), ApplicationNameSWA, &BrowserPluginApplication{}},
		{"swa 3 field", recorded("create_SWA_three_app_1"), ApplicationNameSWA3Field, &BrowserPluginApplication{}},
		{"oidc", recorded("create_open_id_connect_app_1"), ApplicationNameOIDCClient, &OpenIDConnectApplication{}},
		{"sps", recorded("create_secure_password_store_app_1"), ApplicationNameSecurePasswordStore, &SecurePasswordStoreApplication{}},
		{"ws-federation", []byte(wsFedAppPayload), ApplicationNameWSFederation, &WSFederationApplication{}},
		// A custom SAML 2.0 app has a key Okta generates; an OIN app the key of its integration.
		{"custom saml", []byte(samlAppPayload), "exampleorg_samlapp_1", &SAMLApplication{}},
		{"oin saml", []byte(oinAppPayload), "zoomus", &SAMLApplication{}},
	}
	calls := make([]apiCall, 0, len(tests))
	for _, tc := range tests {
		calls = append(calls, apiCall{
			name: tc.name, op: "getApplication", ids: []string{tAppID}, method: http.MethodGet, path: "/api/v1/apps/" + tAppEsc,
			response: tc.payload,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			check: func(t *testing.T, got any) {
				app := got.(Application)
				if gotKind, wantKind := fmt.Sprintf("%T", app), fmt.Sprintf("%T", tc.kind); gotKind != wantKind {
					t.Errorf("type = %s, want %s", gotKind, wantKind)
				}
				if app.Base().Name != tc.want {
					t.Errorf("Name = %q, want %q", app.Base().Name, tc.want)
				}
			},
		})
	}
	// A constant names the template of a new application.
	calls = append(calls, apiCall{
		name: "create with a constant", op: "createApplication", method: http.MethodPost, path: "/api/v1/apps",
		body:     `{"name":"template_swa3field","label":"Three fields","signOnMode":"BROWSER_PLUGIN"}`,
		response: recorded("create_SWA_three_app_1"),
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Apps.Create(ctx, &BrowserPluginApplication{ApplicationBase: ApplicationBase{
				Name: ApplicationNameSWA3Field, Label: "Three fields", SignOnMode: ApplicationSignOnModeBrowserPlugin,
			}}, nil)
		},
	})
	runAPICalls(t, calls)
}

// TestAppsSchemaCurrentSAMLSignOn reads a custom SAML 2.0 app and checks its attribute statements of both kinds
// and its single logout binding, typed.
func TestAppsSchemaCurrentSAMLSignOn(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{{
		name: "saml app", op: "getApplication", ids: []string{tAppID}, method: http.MethodGet, path: "/api/v1/apps/" + tAppEsc,
		response: []byte(samlAppPayload),
		call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return c.Apps.Get(ctx, ids[0], nil)
		},
		check: func(t *testing.T, got any) {
			signOn := got.(*SAMLApplication).Settings.SignOn
			want := []SAMLAttributeStatement{
				{Type: SAMLAttributeStatementTypeExpression, Name: "attributeOne", Namespace: SAMLAttributeNameFormatBasic, Values: []string{"ValueOne"}},
				{Type: SAMLAttributeStatementTypeGroup, Name: "groups", Namespace: SAMLAttributeNameFormatURI, FilterType: SAMLGroupFilterTypeStartsWith, FilterValue: "Team"},
			}
			if diff := gocmp.Diff(want, signOn.AttributeStatements); diff != "" {
				t.Errorf("attribute statements (-want +got):\n%s", diff)
			}
			wantSLO := &SloParticipate{Enabled: new(true), LogoutRequestURL: "https://example.com/logout", SessionIndexRequired: new(true), BindingType: SAMLBindingTypeRedirect}
			if diff := gocmp.Diff(wantSLO, signOn.ParticipateSlo); diff != "" {
				t.Errorf("participateSlo (-want +got):\n%s", diff)
			}
		},
	}})
}

// TestAppsSchemaCurrentSAMLAttributeStatements decodes attribute statements of every kind, name format and
// filter type the API describes, and one of a kind it does not, and encodes each back unchanged.
func TestAppsSchemaCurrentSAMLAttributeStatements(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, payload string
		want          SAMLAttributeStatement
	}{
		{
			"expression basic", `{"type":"EXPRESSION","name":"a","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:basic","values":["user.email"]}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeExpression, Name: "a", Namespace: SAMLAttributeNameFormatBasic, Values: []string{"user.email"}},
		},
		{
			"expression uri", `{"type":"EXPRESSION","name":"b","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:uri","values":["a","b"]}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeExpression, Name: "b", Namespace: SAMLAttributeNameFormatURI, Values: []string{"a", "b"}},
		},
		{
			"expression unspecified", `{"type":"EXPRESSION","name":"c","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified","values":[]}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeExpression, Name: "c", Namespace: SAMLAttributeNameFormatUnspecified, Values: []string{}},
		},
		{
			"group starts with", `{"type":"GROUP","name":"g","namespace":"urn:oasis:names:tc:SAML:2.0:attrname-format:basic","filterType":"STARTS_WITH","filterValue":"Team"}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeGroup, Name: "g", Namespace: SAMLAttributeNameFormatBasic, FilterType: SAMLGroupFilterTypeStartsWith, FilterValue: "Team"},
		},
		{
			"group equals", `{"type":"GROUP","name":"g","filterType":"EQUALS","filterValue":"Admins"}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeGroup, Name: "g", FilterType: SAMLGroupFilterTypeEquals, FilterValue: "Admins"},
		},
		{
			"group contains", `{"type":"GROUP","name":"g","filterType":"CONTAINS","filterValue":"eng"}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeGroup, Name: "g", FilterType: SAMLGroupFilterTypeContains, FilterValue: "eng"},
		},
		{
			"group regex", `{"type":"GROUP","name":"g","filterType":"REGEX","filterValue":".*"}`,
			SAMLAttributeStatement{Type: SAMLAttributeStatementTypeGroup, Name: "g", FilterType: SAMLGroupFilterTypeRegex, FilterValue: ".*"},
		},
		{
			"unknown kind and member", `{"type":"FUTURE","name":"f","namespace":"urn:example:format","futureMember":{"x":1}}`,
			SAMLAttributeStatement{Type: "FUTURE", Name: "f", Namespace: "urn:example:format", Extra: Extra{"futureMember": json.RawMessage(`{"x":1}`)}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := assertRoundTrip[SAMLAttributeStatement](t, []byte(tc.payload))
			if diff := gocmp.Diff(tc.want, got); diff != "" {
				t.Errorf("statement (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppsSchemaCurrentSLOBinding decodes both single logout bindings, and encodes a typed one.
func TestAppsSchemaCurrentSLOBinding(t *testing.T) {
	t.Parallel()
	tests := []struct {
		payload string
		want    SAMLBindingType
	}{
		{`{"enabled":true,"bindingType":"POST","logoutRequestUrl":"https://example.com/slo"}`, SAMLBindingTypePost},
		{`{"enabled":false,"bindingType":"REDIRECT","sessionIndexRequired":false}`, SAMLBindingTypeRedirect},
		{`{"bindingType":"ARTIFACT","futureMember":null}`, "ARTIFACT"},
	}
	for _, tc := range tests {
		t.Run(string(tc.want), func(t *testing.T) {
			t.Parallel()
			if got := assertRoundTrip[*SloParticipate](t, []byte(tc.payload)); got.BindingType != tc.want {
				t.Errorf("BindingType = %q, want %q", got.BindingType, tc.want)
			}
		})
	}
	out, err := json.Marshal(&SloParticipate{Enabled: new(true), BindingType: SAMLBindingTypePost})
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"enabled":true,"bindingType":"POST"}`, string(out))
}

// TestAppsSchemaCurrentFeatures lists, reads and updates features of both kinds: USER_PROVISIONING with its
// create and update capabilities, INBOUND_PROVISIONING with its import rules and settings.
func TestAppsSchemaCurrentFeatures(t *testing.T) {
	t.Parallel()
	checkInbound := func(t *testing.T, f *ApplicationFeature) {
		t.Helper()
		if f.Name != ApplicationFeatureNameInboundProvisioning || f.Status != EnabledStatusEnabled || f.Links.Href("self") == "" {
			t.Errorf("feature = %+v", f)
		}
		want := &CapabilitiesObject{
			ImportSettings: &CapabilitiesImportSettingsObject{
				Username: &ImportUsernameObject{UsernameFormat: ImportUsernameFormatCustom, UserNameExpression: "source.email"},
				Schedule: &ImportScheduleObject{
					Status:            EnabledStatusEnabled,
					FullImport:        &ImportScheduleSettings{Expression: "00 21 * * Mon,Thu,Fri,Sat", Timezone: "America/Los_Angeles"},
					IncrementalImport: &ImportScheduleSettings{Expression: "00 */2 * * *", Timezone: "America/Los_Angeles", Extra: Extra{"futureMember": json.RawMessage(`1`)}},
				},
			},
			ImportRules: &CapabilitiesImportRulesObject{UserCreateAndMatch: &CapabilitiesImportRulesUserCreateAndMatchObject{
				ExactMatchCriteria: ImportExactMatchCriteriaUsername, AllowPartialMatch: new(false), AutoConfirmPartialMatch: new(false),
				AutoConfirmExactMatch: new(true), AutoConfirmNewUsers: new(false), AutoActivateNewUsers: new(true),
			}},
			Extra: Extra{"futureMember": json.RawMessage(`[]`)},
		}
		if diff := gocmp.Diff(want, f.Capabilities); diff != "" {
			t.Errorf("capabilities (-want +got):\n%s", diff)
		}
	}
	const inboundPath = "/api/v1/apps/" + tAppEsc + "/features/INBOUND_PROVISIONING"
	runAPICalls(t, []apiCall{
		{
			name: "list both kinds", op: "listFeaturesForApplication", ids: []string{tAppID}, method: http.MethodGet,
			path: "/api/v1/apps/" + tAppEsc + "/features", response: []byte("[" + userProvisioningFeaturePayload + "," + inboundProvisioningFeaturePayload + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListFeatures(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				fs := got.([]ApplicationFeature)
				if len(fs) != 2 {
					t.Fatalf("%d features, want 2", len(fs))
				}
				if u := fs[0]; u.Name != ApplicationFeatureNameUserProvisioning || u.Capabilities.Update.Password.Change != ChangeEnumKeepExisting ||
					u.Capabilities.ImportRules != nil || u.Capabilities.ImportSettings != nil {
					t.Errorf("USER_PROVISIONING = %+v", u)
				}
				checkInbound(t, &fs[1])
			},
		},
		{
			name: "get inbound", op: "getFeatureForApplication", ids: []string{tAppID, string(ApplicationFeatureNameInboundProvisioning)},
			method: http.MethodGet, path: inboundPath, response: []byte(inboundProvisioningFeaturePayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetFeature(ctx, ids[0], ApplicationFeatureName(ids[1]))
			},
			check: func(t *testing.T, got any) { checkInbound(t, got.(*ApplicationFeature)) },
		},
		{
			name: "update inbound", op: "updateFeatureForApplication", ids: []string{tAppID, string(ApplicationFeatureNameInboundProvisioning)},
			method: http.MethodPut, path: inboundPath,
			body: `{"importSettings":{"username":{"usernameFormat":"EMAIL"},"schedule":{"status":"DISABLED"}},` +
				`"importRules":{"userCreateAndMatch":{"exactMatchCriteria":"EMAIL","autoActivateNewUsers":false}}}`,
			response: []byte(inboundProvisioningFeaturePayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ReplaceFeature(ctx, ids[0], ApplicationFeatureName(ids[1]), &CapabilitiesObject{
					ImportSettings: &CapabilitiesImportSettingsObject{
						Username: &ImportUsernameObject{UsernameFormat: ImportUsernameFormatEmail},
						Schedule: &ImportScheduleObject{Status: EnabledStatusDisabled},
					},
					ImportRules: &CapabilitiesImportRulesObject{UserCreateAndMatch: &CapabilitiesImportRulesUserCreateAndMatchObject{
						ExactMatchCriteria: ImportExactMatchCriteriaEmail, AutoActivateNewUsers: new(false),
					}},
				})
			},
		},
	})
}

// TestAppsSchemaCurrentServiceAccountDescription sends and reads an app service account's description.
func TestAppsSchemaCurrentServiceAccountDescription(t *testing.T) {
	t.Parallel()
	const payload = `{"id":"a747a818-a4c4-4446-8a87-704216495a08","name":"salesforce Prod-5 account",` +
		`"description":"This is for accessing salesforce Prod-5","containerOrn":"orn:okta:idp:00o1:apps:salesforce:0oa1",` +
		`"username":"testuser-salesforce-5@example.com","status":"UNSECURED","futureMember":[1]}`
	const base = "/privileged-access/api/v1/service-accounts"
	check := func(t *testing.T, got any) {
		if a := got.(*AppServiceAccount); a.Description != "This is for accessing salesforce Prod-5" || a.Status != ServiceAccountStatusUnsecured {
			t.Errorf("account = %+v", a)
		}
	}
	runAPICalls(t, []apiCall{
		{
			name: "create", op: "createAppServiceAccount", method: http.MethodPost, path: base,
			body: `{"name":"salesforce Prod-5 account","description":"This is for accessing salesforce Prod-5",` +
				`"containerOrn":"orn:okta:idp:00o1:apps:salesforce:0oa1","username":"testuser-salesforce-5@example.com"}`,
			status: http.StatusCreated, response: []byte(payload), check: check,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ServiceAccounts.Create(ctx, &AppServiceAccount{
					Name: "salesforce Prod-5 account", Description: "This is for accessing salesforce Prod-5",
					ContainerORN: "orn:okta:idp:00o1:apps:salesforce:0oa1", Username: "testuser-salesforce-5@example.com",
				})
			},
		},
		{
			name: "update", op: "updateAppServiceAccount", ids: []string{"a747"}, method: http.MethodPatch, path: base + "/a747",
			body: `{"description":"This is for accessing salesforce Prod-5"}`, response: []byte(payload), check: check,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ServiceAccounts.Update(ctx, ids[0], &UpdateAppServiceAccountRequest{Description: "This is for accessing salesforce Prod-5"})
			},
		},
	})
}

// TestAppsSchemaCurrentAPIServiceProperties sends and reads the properties of an API service integration
// instance.
func TestAppsSchemaCurrentAPIServiceProperties(t *testing.T) {
	t.Parallel()
	wantProps := map[string]AppProperty{"baseUrl": {Name: "baseUrl", Value: "https://example.com", Extra: Extra{"futureMember": json.RawMessage(`2`)}}}
	postPayload := apiServiceWithPropertiesPayload[:len(apiServiceWithPropertiesPayload)-1] + `,"clientSecret":"CkF69kXtag0q0P4pXU8OnP5IAzgGlwx6eqGy7Fmg"}`
	runAPICalls(t, []apiCall{
		{
			name: "create", op: "createApiServiceIntegrationInstance", method: http.MethodPost, path: "/integrations/api/v1/api-services",
			body:   `{"type":"my_app_cie","grantedScopes":["okta.logs.read"],"properties":{"baseUrl":{"name":"baseUrl","value":"https://example.com"}}}`,
			status: http.StatusCreated, response: []byte(postPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.APIServiceIntegrations.Create(ctx, &CreateAPIServiceIntegrationRequest{
					Type: "my_app_cie", GrantedScopes: []string{"okta.logs.read"},
					Properties: map[string]AppProperty{"baseUrl": {Name: "baseUrl", Value: "https://example.com"}},
				})
			},
			check: func(t *testing.T, got any) {
				i := got.(*PostAPIServiceIntegrationInstance)
				if diff := gocmp.Diff(wantProps, i.Properties); diff != "" || i.ClientSecret == "" {
					t.Errorf("properties (-want +got):\n%s\nclient secret %q", diff, i.ClientSecret)
				}
			},
		},
		{
			name: "get", op: "getApiServiceIntegrationInstance", ids: []string{"0oa72"}, method: http.MethodGet,
			path: "/integrations/api/v1/api-services/0oa72", response: []byte(apiServiceWithPropertiesPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.Get(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if diff := gocmp.Diff(wantProps, got.(*APIServiceIntegrationInstance).Properties); diff != "" {
					t.Errorf("properties (-want +got):\n%s", diff)
				}
			},
		},
	})
}
