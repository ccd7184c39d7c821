package okta

import (
	"context"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// The application and authorization server members that were kept raw (Extra fields) and are typed now:
// Application.universalLogout and expressConfiguration, the OIDC client's network, SAML assertionEncryption,
// AuthorizationServer.jwks, and a refresh token's embedded scopes. Recorded payloads are used where
// ../shared/cassettes has them (universalLogout, with all its members, as UNSUPPORTED and as null; a refresh
// token with scopes); the members nothing recorded carries are added to recorded payloads, shaped after Okta's
// current description, with a member the SDK does not model ("futureMember") that must come back from Extra.

// rawAppsEncryptionCert is the one certificate of a SAML application's assertion encryption (base64 DER).
const rawAppsEncryptionCert = "MIIDqDCCApCgAwIBAgIGAVGNO4qeMA0GCSqGSIb3DQEBBQUAMIGUMQswCQYDVQQGEwJVUzETMBEG"

// rawAppsResourceServerKeys is a JSON Web Key Set of an authorization server's resource server: an active key
// and an inactive one, with members and values the SDK does not model.
var rawAppsResourceServerKeys = map[string]any{
	"keys": []any{
		map[string]any{"kid": "SIMcCQNY3uwXoW3y0vf6VxiBb5n9pf8L2fK8d-FIbm4", "kty": "RSA", "use": "enc", "status": "ACTIVE",
			"e": "AQAB", "n": "mkC6yAJVvFwUlmM9gKjb2d"},
		map[string]any{"kid": "older", "kty": "RSA", "use": "enc", "status": "INACTIVE", "e": "AQAB", "n": "ALZAsD9oN1sDT7N",
			"futureMember": true},
	},
	"futureMember": "x",
}

// TestSchemaCurrentRawAppsMethods reads the newly typed members through the methods that return them (each
// result must encode back to the very response, nulls and unknown members included) and checks the request
// bodies that send them.
func TestSchemaCurrentRawAppsMethods(t *testing.T) {
	t.Parallel()
	oidcApp := withMembers(t, fixture(t, "apps/getApplication/create_open_id_connect_app_1.json"), map[string]any{
		"expressConfiguration": map[string]any{"enabledCapabilities": []any{"SSO"},
			"supportedCapabilities": []any{"SSO", "PROVISIONING", "UNIVERSAL_LOGOUT", "FUTURE_CAPABILITY"}, "futureMember": 1},
		"universalLogout": map[string]any{"status": "ENABLED", "supportType": "PARTIAL", "identityStack": "SHARED",
			"protocol": "PROPRIETARY"},
		"settings.oauthClient.network": map[string]any{"connection": "ZONE", "include": []any{"nzo1", "nzo2"},
			"exclude": []any{"nzo3"}, "futureMember": true},
	})
	samlApp := withMembers(t, fixture(t, "apps/createApplication/get_default_provisioning_connection_for_application_0.json"), map[string]any{
		"settings.signOn.assertionEncryption": map[string]any{"enabled": true, "encryptionAlgorithm": "AES256_GCM",
			"keyTransportAlgorithm": "RSA_OAEP", "x5c": []any{rawAppsEncryptionCert}, "futureMember": []any{1}},
	})
	authServer := withMembers(t, fixture(t, "authorization_servers/getAuthorizationServer/test_get_created_auth_server.1.json"), map[string]any{
		"accessTokenEncryptedResponseAlgorithm": "RSA-OAEP-256",
		"jwks":                                  rawAppsResourceServerKeys,
	})
	refreshToken := fixture(t, "authorization_servers/getRefreshTokenForAuthorizationServerAndClient/example.with_scopes.json")
	const scopeHref = "https://test.okta.com/api/v1/authorizationServers/ausnsopoM6vBRB3PD0g3/scopes/scppb56cIl4GvGxy70g3"
	checkScopes := func(t *testing.T, got any) {
		tok := got.(*OAuth2RefreshToken)
		scopes, err := tok.EmbeddedScopes()
		if err != nil {
			t.Fatal(err)
		}
		if len(scopes) != 1 || scopes[0].Links.Href("scope") != scopeHref {
			t.Fatalf("EmbeddedScopes() = %+v", scopes)
		}
		scopes[0].Links = nil
		want := []OAuth2Scope{{ID: "scppb56cIl4GvGxy70g3", Name: "car:drive", Description: "Drive car"}}
		if diff := gocmp.Diff(want, scopes); diff != "" {
			t.Errorf("EmbeddedScopes() (-want +got):\n%s", diff)
		}
		if diff := gocmp.Diff([]string{"offline_access", "car:drive"}, tok.Scopes); diff != "" {
			t.Errorf("scopes (-want +got):\n%s", diff)
		}
	}
	replaced := fixture(t, "apps/getApplication/replace_application_2.json")

	calls := []apiCall{
		{
			name: "Apps.Get recorded universalLogout", op: "getApplication", ids: []string{"0oaqcnj1cpSTNMke51d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/apps/0oaqcnj1cpSTNMke51d7",
			response: fixture(t, "apps/createApplication/with_http_info_methods_0.json"),
			check: func(t *testing.T, got any) {
				want := &ApplicationUniversalLogout{Status: ApplicationUniversalLogoutStatusDisabled,
					SupportType: ApplicationUniversalLogoutSupportTypeFull, IdentityStack: ApplicationUniversalLogoutIdentityStackNotShared,
					Protocol: ApplicationUniversalLogoutProtocolGlobalTokenRevocation}
				base := got.(*OpenIDConnectApplication).Base()
				if diff := gocmp.Diff(want, base.UniversalLogout); diff != "" {
					t.Errorf("universalLogout (-want +got):\n%s", diff)
				}
				if base.ExpressConfiguration != nil {
					t.Errorf("expressConfiguration = %+v, want none", base.ExpressConfiguration)
				}
			},
		},
		{
			// Okta sends "universalLogout": null for many apps: no value, and the null is sent back.
			name: "Apps.Get recorded universalLogout null", op: "getApplication", ids: []string{"0oa2p2p596oxdOe3z0h8"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/apps/0oa2p2p596oxdOe3z0h8",
			response: fixture(t, "apps/getApplication/preview_saml_metadata_1.json"),
			check: func(t *testing.T, got any) {
				app := got.(*BookmarkApplication)
				if app.UniversalLogout != nil || string(app.Extra["universalLogout"]) != "null" {
					t.Errorf("universalLogout = %+v, Extra %q; want none, and the null kept", app.UniversalLogout, app.Extra["universalLogout"])
				}
			},
		},
		{
			name: "Apps.Get OIDC expressConfiguration, universalLogout, network", op: "getApplication", ids: []string{"0oasfaq4kQ6yVrDTg4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/apps/0oasfaq4kQ6yVrDTg4x6",
			response: oidcApp,
			check: func(t *testing.T, got any) {
				app := got.(*OpenIDConnectApplication)
				express := app.ExpressConfiguration
				if express == nil {
					t.Fatal("expressConfiguration = nil")
				}
				if diff := gocmp.Diff([]ApplicationCapability{ApplicationCapabilitySSO}, express.EnabledCapabilities); diff != "" {
					t.Errorf("enabledCapabilities (-want +got):\n%s", diff)
				}
				wantSupported := []ApplicationCapability{ApplicationCapabilitySSO, ApplicationCapabilityProvisioning,
					ApplicationCapabilityUniversalLogout, "FUTURE_CAPABILITY"}
				if diff := gocmp.Diff(wantSupported, express.SupportedCapabilities); diff != "" {
					t.Errorf("supportedCapabilities (-want +got):\n%s", diff)
				}
				if string(express.Extra["futureMember"]) != "1" {
					t.Errorf("expressConfiguration Extra = %v", express.Extra)
				}
				wantLogout := &ApplicationUniversalLogout{Status: ApplicationUniversalLogoutStatusEnabled,
					SupportType: ApplicationUniversalLogoutSupportTypePartial, IdentityStack: ApplicationUniversalLogoutIdentityStackShared,
					Protocol: ApplicationUniversalLogoutProtocolProprietary}
				if diff := gocmp.Diff(wantLogout, app.UniversalLogout); diff != "" {
					t.Errorf("universalLogout (-want +got):\n%s", diff)
				}
				n := app.Settings.OAuthClient.Network
				if n == nil || n.Connection != PolicyNetworkConnectionZone ||
					!gocmp.Equal([]string{"nzo1", "nzo2"}, n.Include) || !gocmp.Equal([]string{"nzo3"}, n.Exclude) ||
					string(n.Extra["futureMember"]) != "true" {
					t.Errorf("network = %+v", n)
				}
			},
		},
		{
			name: "Apps.Get SAML assertionEncryption", op: "getApplication", ids: []string{"0oa3rk3ioj9S6PkjL5d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/apps/0oa3rk3ioj9S6PkjL5d7",
			response: samlApp,
			check: func(t *testing.T, got any) {
				enc := got.(*SAMLApplication).Settings.SignOn.AssertionEncryption
				if enc == nil {
					t.Fatal("assertionEncryption = nil")
				}
				if string(enc.Extra["futureMember"]) != "[1]" {
					t.Errorf("assertionEncryption Extra = %v", enc.Extra)
				}
				enc.Extra = nil
				want := &SAMLAssertionEncryption{Enabled: new(true), EncryptionAlgorithm: SAMLEncryptionAlgorithmAES256GCM,
					KeyTransportAlgorithm: SAMLKeyTransportAlgorithmRSAOAEP, X5C: []string{rawAppsEncryptionCert}}
				if diff := gocmp.Diff(want, enc); diff != "" {
					t.Errorf("assertionEncryption (-want +got):\n%s", diff)
				}
			},
		},
		{
			// What Get returned goes back unchanged, the read-only universalLogout included.
			name: "Apps.Replace recorded universalLogout", op: "replaceApplication", ids: []string{"0oaqgiqkl1YadrOl51d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var app Application
				if err := decodeJSON(replaced, &app); err != nil {
					return nil, nil, err
				}
				if u := app.Base().UniversalLogout; u == nil || u.Status != ApplicationUniversalLogoutStatusUnsupported {
					t.Errorf("universalLogout of the app to replace = %+v", u)
				}
				return c.Apps.Replace(ctx, ids[0], app)
			},
			method: http.MethodPut, path: "/api/v1/apps/0oaqgiqkl1YadrOl51d7",
			body:     string(replaced),
			response: fixture(t, "apps/replaceApplication/replace_application_1.json"),
			check: func(t *testing.T, got any) {
				want := &ApplicationUniversalLogout{Status: ApplicationUniversalLogoutStatusUnsupported}
				if diff := gocmp.Diff(want, got.(*BookmarkApplication).UniversalLogout); diff != "" {
					t.Errorf("universalLogout (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Apps.Replace SAML assertionEncryption", op: "replaceApplication", ids: []string{"0oa3rk3ioj9S6PkjL5d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Replace(ctx, ids[0], &SAMLApplication{
					ApplicationBase: ApplicationBase{Name: "okta_org2org", Label: "Org2Org", SignOnMode: ApplicationSignOnModeSAML20},
					Settings: &SAMLApplicationSettings{SignOn: &SAMLApplicationSettingsSignOn{
						AssertionEncryption: &SAMLAssertionEncryption{Enabled: new(false), EncryptionAlgorithm: SAMLEncryptionAlgorithmAES128CBC,
							KeyTransportAlgorithm: SAMLKeyTransportAlgorithmRSA15, X5C: []string{rawAppsEncryptionCert}},
					}},
				})
			},
			method: http.MethodPut, path: "/api/v1/apps/0oa3rk3ioj9S6PkjL5d7",
			body: `{"name": "okta_org2org", "label": "Org2Org", "signOnMode": "SAML_2_0", "settings": {"signOn": {"assertionEncryption":
				{"enabled": false, "encryptionAlgorithm": "AES128_CBC", "keyTransportAlgorithm": "RSA_15", "x5c": ["` + rawAppsEncryptionCert + `"]}}}}`,
			response: samlApp,
		},
		{
			name: "Apps.Replace OIDC network", op: "replaceApplication", ids: []string{"0oasfaq4kQ6yVrDTg4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Replace(ctx, ids[0], &OpenIDConnectApplication{
					ApplicationBase: ApplicationBase{Name: ApplicationNameOIDCClient, Label: "Kiosk", SignOnMode: ApplicationSignOnModeOpenIDConnect},
					Settings: &OpenIDConnectApplicationSettings{OAuthClient: &OpenIDConnectApplicationSettingsClient{
						Network: &PolicyNetworkCondition{Connection: PolicyNetworkConnectionAnywhere},
					}},
				})
			},
			method: http.MethodPut, path: "/api/v1/apps/0oasfaq4kQ6yVrDTg4x6",
			body: `{"name": "oidc_client", "label": "Kiosk", "signOnMode": "OPENID_CONNECT",
				"settings": {"oauthClient": {"network": {"connection": "ANYWHERE"}}}}`,
			response: oidcApp,
		},
		{
			name: "AuthorizationServers.Get jwks", op: "getAuthorizationServer", ids: []string{"aussfarlb14kxGFMP4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/authorizationServers/aussfarlb14kxGFMP4x6",
			response: authServer,
			check: func(t *testing.T, got any) {
				jwks := got.(*AuthorizationServer).JWKS
				if jwks == nil || len(jwks.Keys) != 2 || string(jwks.Extra["futureMember"]) != `"x"` {
					t.Fatalf("jwks = %+v", jwks)
				}
				if string(jwks.Keys[1].Extra["futureMember"]) != "true" {
					t.Errorf("second key's Extra = %v", jwks.Keys[1].Extra)
				}
				jwks.Keys[1].Extra = nil
				want := []OAuth2ClientJWK{
					{Kid: "SIMcCQNY3uwXoW3y0vf6VxiBb5n9pf8L2fK8d-FIbm4", Kty: JWKKeyTypeRSA, Use: JWKUseTypeEnc, Status: LifecycleStatusActive,
						E: "AQAB", N: "mkC6yAJVvFwUlmM9gKjb2d"},
					{Kid: "older", Kty: JWKKeyTypeRSA, Use: JWKUseTypeEnc, Status: LifecycleStatusInactive, E: "AQAB", N: "ALZAsD9oN1sDT7N"},
				}
				if diff := gocmp.Diff(want, jwks.Keys); diff != "" {
					t.Errorf("jwks keys (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "AuthorizationServers.Replace jwks", op: "replaceAuthorizationServer", ids: []string{"aussfarlb14kxGFMP4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Replace(ctx, ids[0], &AuthorizationServer{Name: "Encrypting", Audiences: []string{"api://default"},
					AccessTokenEncryptedResponseAlgorithm: JWEKeyEncryptionAlgorithmRSAOAEP256,
					JWKS: &ResourceServerJSONWebKeys{Keys: []OAuth2ClientJWK{
						{Kid: "enc-1", Kty: JWKKeyTypeRSA, Use: JWKUseTypeEnc, Status: LifecycleStatusActive, E: "AQAB", N: "mkC6yAJVvFwUlmM9gKjb2d"},
					}},
				})
			},
			method: http.MethodPut, path: "/api/v1/authorizationServers/aussfarlb14kxGFMP4x6",
			body: `{"name": "Encrypting", "audiences": ["api://default"], "accessTokenEncryptedResponseAlgorithm": "RSA-OAEP-256",
				"jwks": {"keys": [{"kid": "enc-1", "kty": "RSA", "use": "enc", "status": "ACTIVE", "e": "AQAB", "n": "mkC6yAJVvFwUlmM9gKjb2d"}]}}`,
			response: authServer,
		},
		{
			name: "AuthorizationServers.GetRefreshToken embedded scopes", op: "getRefreshTokenForAuthorizationServerAndClient",
			ids: []string{"ausnsopoM6vBRB3PD0g3", "0oabskvc6442nkvQO0h7", "oar579Mcp7OUsNTlo0g3"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetRefreshToken(ctx, ids[0], ids[1], ids[2], &AuthorizationServersGetRefreshTokenOptions{Expand: OAuth2ExpandScope})
			},
			method: http.MethodGet, path: "/api/v1/authorizationServers/ausnsopoM6vBRB3PD0g3/clients/0oabskvc6442nkvQO0h7/tokens/oar579Mcp7OUsNTlo0g3",
			query:    map[string]string{"expand": "scope"},
			response: refreshToken,
			check:    checkScopes,
		},
		{
			name: "Users.GetRefreshTokenForClient embedded scopes", op: "getRefreshTokenForUserAndClient",
			ids: []string{"00u5t60iloOHN9pBi0h7", "0oabskvc6442nkvQO0h7", "oar579Mcp7OUsNTlo0g3"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetRefreshTokenForClient(ctx, ids[0], ids[1], ids[2], &UsersGetRefreshTokenForClientOptions{Expand: OAuth2ExpandScope})
			},
			method: http.MethodGet, path: "/api/v1/users/00u5t60iloOHN9pBi0h7/clients/0oabskvc6442nkvQO0h7/tokens/oar579Mcp7OUsNTlo0g3",
			query:    map[string]string{"expand": "scope"},
			response: refreshToken,
			check:    checkScopes,
		},
	}
	runAPICalls(t, calls)
}

// TestSchemaCurrentRawAppsRoundTrip decodes each new type from a payload shaped after Okta's current
// description, with an unknown member and an unknown enum value, and requires the very JSON back.
func TestSchemaCurrentRawAppsRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		raw   string
		check func(t *testing.T, raw []byte)
	}{
		{
			name: "ApplicationExpressConfiguration",
			raw:  `{"enabledCapabilities": [], "supportedCapabilities": ["SSO", "NEXT"], "futureMember": {"a": 1}}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[ApplicationExpressConfiguration](t, raw)
				if len(v.EnabledCapabilities) != 0 || !gocmp.Equal([]ApplicationCapability{ApplicationCapabilitySSO, "NEXT"}, v.SupportedCapabilities) ||
					v.Extra["futureMember"] == nil {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			name: "ApplicationUniversalLogout",
			raw:  `{"status": "ENABLED", "supportType": "FULL", "identityStack": "SHARED", "protocol": "NEXT_PROTOCOL", "futureMember": null}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[ApplicationUniversalLogout](t, raw)
				if v.Status != ApplicationUniversalLogoutStatusEnabled || v.SupportType != ApplicationUniversalLogoutSupportTypeFull ||
					v.IdentityStack != ApplicationUniversalLogoutIdentityStackShared || v.Protocol != "NEXT_PROTOCOL" || v.Extra["futureMember"] == nil {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			name: "OpenIDConnectApplicationSettingsClient.Network",
			raw:  `{"connection": "ZONE", "include": ["ALL_IP_ZONES"], "exclude": [], "futureMember": 2}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[PolicyNetworkCondition](t, raw)
				if v.Connection != PolicyNetworkConnectionZone || !gocmp.Equal([]string{"ALL_IP_ZONES"}, v.Include) ||
					len(v.Exclude) != 0 || v.Extra["futureMember"] == nil {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			// enabled false must come back: it is the value Okta sent, not a member left out.
			name: "SAMLAssertionEncryption",
			raw:  `{"enabled": false, "encryptionAlgorithm": "AES256_CBC", "keyTransportAlgorithm": "RSA_NEXT", "x5c": ["` + rawAppsEncryptionCert + `"], "futureMember": "x"}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[SAMLAssertionEncryption](t, raw)
				if v.Enabled == nil || *v.Enabled || v.EncryptionAlgorithm != SAMLEncryptionAlgorithmAES256CBC || v.KeyTransportAlgorithm != "RSA_NEXT" ||
					len(v.X5C) != 1 || v.Extra["futureMember"] == nil {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			name: "ResourceServerJSONWebKeys",
			raw:  `{"keys": [{"kid": "k1", "kty": "RSA", "use": "enc", "status": "ACTIVE", "e": "AQAB", "n": "mkC6", "futureMember": 1}], "futureMember": []}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[ResourceServerJSONWebKeys](t, raw)
				if len(v.Keys) != 1 || v.Keys[0].Kty != JWKKeyTypeRSA || v.Keys[0].Use != JWKUseTypeEnc || v.Keys[0].Status != LifecycleStatusActive ||
					v.Keys[0].Extra["futureMember"] == nil || v.Extra["futureMember"] == nil {
					t.Errorf("got %+v", v)
				}
			},
		},
		{
			name: "OAuth2RefreshToken embedded scopes",
			raw: `{"id": "oar1", "scopes": ["offline_access"], "_embedded": {"scopes": [{"id": "scp1", "name": "offline_access",
				"displayName": "Keep you signed in", "description": "Requests a refresh token", "futureMember": true,
				"_links": {"scope": {"href": "https://test.okta.com/api/v1/authorizationServers/aus1/scopes/scp1"}}}], "futureMember": 1}}`,
			check: func(t *testing.T, raw []byte) {
				v := assertRoundTrip[OAuth2RefreshToken](t, raw)
				scopes, err := v.EmbeddedScopes()
				if err != nil || len(scopes) != 1 {
					t.Fatalf("EmbeddedScopes() = %+v, %v", scopes, err)
				}
				s := scopes[0]
				if s.ID != "scp1" || s.Name != "offline_access" || s.DisplayName != "Keep you signed in" || s.Description != "Requests a refresh token" ||
					s.Links.Href("scope") != "https://test.okta.com/api/v1/authorizationServers/aus1/scopes/scp1" || s.Extra["futureMember"] == nil {
					t.Errorf("scope = %+v", s)
				}
			},
		},
		{
			// An application carries them all; absent and null members stay absent and null.
			name: "Application",
			raw: `{"id": "0oa1", "signOnMode": "SAML_2_0", "universalLogout": null, "expressConfiguration": {"enabledCapabilities": ["SSO"]},
				"settings": {"signOn": {"assertionEncryption": {"enabled": true}}}}`,
			check: func(t *testing.T, raw []byte) {
				app := assertRoundTrip[Application](t, raw).(*SAMLApplication)
				if app.UniversalLogout != nil || app.ExpressConfiguration == nil || app.Settings.SignOn.AssertionEncryption == nil ||
					!*app.Settings.SignOn.AssertionEncryption.Enabled {
					t.Errorf("got %+v", app)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.check(t, []byte(tt.raw))
		})
	}
}
