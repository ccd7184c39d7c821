package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// The enums Okta's current description types and the 5.1.0 one left as plain strings (schema attribute formats
// and mutability, JWE key encryption algorithms, grant types, assurance factor modes, policy simulation
// results), and the IdP OAuth client's PKCE and token endpoint authentication. Recorded payloads are used where
// ../shared/cassettes has them (the user schema, an OIDC app, an authorization server); the members nothing
// recorded carries are added to them, shaped after the current description, with a member the SDK does not model
// ("futureMember") that must come back from Extra.

// withMembers returns the JSON object b with the members set at their paths: a path is a list of object keys,
// and the last one is set to the value.
func withMembers(t *testing.T, b []byte, set map[string]any) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for path, v := range set {
		obj := doc
		keys := strings.Split(path, ".")
		for _, k := range keys[:len(keys)-1] {
			next, ok := obj[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				obj[k] = next
			}
			obj = next
		}
		obj[keys[len(keys)-1]] = v
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSchemaCurrentEnumsMethods reads the newly typed members through the methods that return them (each
// result must encode back to the very response, unknown members and values included) and checks the request
// bodies that send them.
func TestSchemaCurrentEnumsMethods(t *testing.T) {
	t.Parallel()
	userSchema := fixture(t, schemaUserFixture)
	groupSchema := withMembers(t, fixture(t, schemaGroupExample), map[string]any{
		"definitions.custom.properties.website": map[string]any{"title": "Website", "type": "string", "format": "uri",
			"mutability": "READ_WRITE", "scope": "NONE", "futureMember": 1},
		"definitions.custom.properties.legacyCode": map[string]any{"title": "Legacy code", "type": "string",
			"format": "future-format", "mutability": "IMMUTABLE", "scope": "NONE"},
	})
	oidcApp := withMembers(t, fixture(t, "apps/getApplication/create_open_id_connect_app_1.json"), map[string]any{
		"settings.oauthClient.grant_types": []any{"authorization_code", "urn:openid:params:grant-type:ciba",
			"urn:okta:params:oauth:grant-type:otp", "urn:okta:params:oauth:grant-type:oob",
			"http://auth0.com/oauth/grant-type/mfa-otp", "http://auth0.com/oauth/grant-type/mfa-oob", "urn:example:future"},
		"settings.oauthClient.id_token_encrypted_response_alg": "RSA-OAEP-256",
		"settings.oauthClient.jwks": map[string]any{"keys": []any{
			map[string]any{"id": "pks2f4zrZbs8nUa7p0g4", "kid": "enc-key", "kty": "RSA", "use": "enc", "alg": "RSA-OAEP-256",
				"status": "ACTIVE", "e": "AQAB", "n": "mkC6yAJVvFwUlmM9gKjb2d-YK5qHFt-mXSsbjWKKs4EfNm-BoQeeovBZtSACyaqLc8IYFTPEURFcbDQ9DkAL04uUIRD2gaHYY7uK0jsluEaXGq2RAIsmzAwNTzkiDw4q9pDL_q7n0f_SDt1TsMaMQayB6bU5jWsmqcWJ8MCRJ1aJMjZ16un5UVx51IIeCbe4QRDxEXGAvYNczsBoZxspDt28esSpq5W0dBFxcyGVudyl54Er3FzAguhgfMVjH-bUec9j2Tl40qDTktrYgYfxz9pfjm01Hl4WYP1YQxeETpSL7cQ5Ihz4jGDtHUEOcZ4GfJrPzrGpUrak8Qp5xcwCqQ"},
			map[string]any{"id": "pks2f50kZB0cITmYU0g4", "kid": "sig-key", "kty": "RSA", "use": "sig", "alg": "RS256",
				"status": "ACTIVE", "e": "AQAB", "n": "ALZAsD9oN1sDT7N-Ch-F3yDOQKnSs1Ss-UdnKtKbC7qHkDUjEYJ_T0EkPiqADpPR2qMBIg0Y0sn2R9AEXcfdmJ0",
				"futureMember": true},
		}},
	})
	authServer := withMembers(t, fixture(t, "authorization_servers/getAuthorizationServer/test_get_created_auth_server.1.json"), map[string]any{
		"accessTokenEncryptedResponseAlgorithm": "RSA-OAEP-384",
		"jwks_uri":                              "https://example.com/.well-known/jwks.json",
	})
	idp := accessFixtureNamed(t, "identity_providers", "getIdentityProvider", "example_oidc")

	calls := []apiCall{
		{
			name: "Schemas.GetUserSchema recorded formats", op: "getUserSchema", ids: []string{"default"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetUserSchema(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/user/default",
			response: userSchema,
			check: func(t *testing.T, got any) {
				formats := map[string]UserSchemaAttributeFormat{}
				mutability := map[UserSchemaAttributeMutability]int{}
				for name, a := range got.(*UserSchema).Definitions.Base.Properties {
					if a.Format != "" {
						formats[name] = a.Format
					}
					mutability[a.Mutability]++
				}
				want := map[string]UserSchemaAttributeFormat{
					"email": UserSchemaAttributeFormatEmail, "secondEmail": UserSchemaAttributeFormatEmail,
					"profileUrl": UserSchemaAttributeFormatURI, "countryCode": UserSchemaAttributeFormatCountryCode,
					"preferredLanguage": UserSchemaAttributeFormatLanguageCode, "locale": UserSchemaAttributeFormatLocale,
					"timezone": UserSchemaAttributeFormatTimezone,
				}
				if diff := gocmp.Diff(want, formats); diff != "" {
					t.Errorf("formats (-want +got):\n%s", diff)
				}
				if diff := gocmp.Diff(map[UserSchemaAttributeMutability]int{UserSchemaAttributeMutabilityReadWrite: 31}, mutability); diff != "" {
					t.Errorf("mutability (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Schemas.UpdateUserSchema typed attributes", op: "updateUserProfile", ids: []string{"default"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.UpdateUserSchema(ctx, ids[0], &UserSchema{Definitions: &UserSchemaDefinitions{
					Custom: &UserSchemaPublic{Properties: map[string]*UserSchemaAttribute{
						"hireDate": {Title: "Hire date", Type: UserSchemaAttributeTypeString,
							Format: UserSchemaAttributeFormatDateTime, Mutability: UserSchemaAttributeMutabilityImmutable},
						"buddyID": {Title: "Buddy", Type: UserSchemaAttributeTypeString,
							Format: UserSchemaAttributeFormatRefID, Mutability: UserSchemaAttributeMutabilityReadOnly},
						"pin": {Title: "PIN", Type: UserSchemaAttributeTypeString,
							Format: UserSchemaAttributeFormatHashed, Mutability: UserSchemaAttributeMutabilityWriteOnly},
						"badgeSecret": {Title: "Badge secret", Type: UserSchemaAttributeTypeString,
							Format: UserSchemaAttributeFormatEncrypted},
					}},
				}})
			},
			method: http.MethodPost, path: "/api/v1/meta/schemas/user/default",
			body: `{"definitions": {"custom": {"properties": {
				"hireDate": {"title": "Hire date", "type": "string", "format": "date-time", "mutability": "IMMUTABLE"},
				"buddyID": {"title": "Buddy", "type": "string", "format": "ref-id", "mutability": "READ_ONLY"},
				"pin": {"title": "PIN", "type": "string", "format": "hashed", "mutability": "WRITE_ONLY"},
				"badgeSecret": {"title": "Badge secret", "type": "string", "format": "encrypted"}}}}}`,
			response: fixture(t, "schemas/updateUserProfile/test_update_user_profile.1.json"),
			check: func(t *testing.T, got any) {
				base := got.(*UserSchema).Definitions.Base.Properties
				if a := base["countryCode"]; a.Format != UserSchemaAttributeFormatCountryCode || a.Mutability != UserSchemaAttributeMutabilityReadWrite {
					t.Errorf("countryCode = %+v", a)
				}
			},
		},
		{
			name: "Schemas.GetGroupSchema formats", op: "getGroupSchema",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Schemas.GetGroupSchema(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/group/default",
			response: groupSchema,
			check: func(t *testing.T, got any) {
				type attr struct {
					Format     UserSchemaAttributeFormat
					Mutability UserSchemaAttributeMutability
				}
				attrs := map[string]attr{}
				for name, a := range got.(*GroupSchema).Definitions.Custom.Properties {
					attrs[name] = attr{a.Format, a.Mutability}
				}
				want := map[string]attr{
					"groupContact": {"", UserSchemaAttributeMutabilityReadWrite},
					"website":      {UserSchemaAttributeFormatURI, UserSchemaAttributeMutabilityReadWrite},
					"legacyCode":   {"future-format", UserSchemaAttributeMutabilityImmutable},
				}
				if diff := gocmp.Diff(want, attrs); diff != "" {
					t.Errorf("attributes (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Apps.Get OIDC grant types, ID token encryption, keys", op: "getApplication", ids: []string{"0oasfaq4kQ6yVrDTg4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/apps/0oasfaq4kQ6yVrDTg4x6",
			response: oidcApp,
			check: func(t *testing.T, got any) {
				client := got.(*OpenIDConnectApplication).Settings.OAuthClient
				wantGrants := []OAuthGrantType{OAuthGrantTypeAuthorizationCode, OAuthGrantTypeCIBA, OAuthGrantTypeOTP,
					OAuthGrantTypeOOB, OAuthGrantTypeMFAOTP, OAuthGrantTypeMFAOOB, "urn:example:future"}
				if diff := gocmp.Diff(wantGrants, client.GrantTypes); diff != "" {
					t.Errorf("grant_types (-want +got):\n%s", diff)
				}
				if client.IDTokenEncryptedResponseAlg != JWEKeyEncryptionAlgorithmRSAOAEP256 {
					t.Errorf("id_token_encrypted_response_alg = %q", client.IDTokenEncryptedResponseAlg)
				}
				var uses []JWKUseType
				for _, k := range client.JWKS.Keys {
					uses = append(uses, k.Use)
				}
				if diff := gocmp.Diff([]JWKUseType{JWKUseTypeEnc, JWKUseTypeSig}, uses); diff != "" {
					t.Errorf("key uses (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Apps.Replace OIDC grant types, ID token encryption, keys", op: "replaceApplication", ids: []string{"0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Replace(ctx, ids[0], &OpenIDConnectApplication{
					ApplicationBase: ApplicationBase{Name: ApplicationNameOIDCClient, Label: "Kiosk", SignOnMode: ApplicationSignOnModeOpenIDConnect},
					Settings: &OpenIDConnectApplicationSettings{OAuthClient: &OpenIDConnectApplicationSettingsClient{
						GrantTypes:                  []OAuthGrantType{OAuthGrantTypeCIBA, OAuthGrantTypeMFAOOB},
						IDTokenEncryptedResponseAlg: JWEKeyEncryptionAlgorithmRSAOAEP512,
						JWKS: &OpenIDConnectApplicationSettingsClientKeys{Keys: []JSONWebKey{
							{Kid: "enc-key", Kty: "RSA", Use: JWKUseTypeEnc, E: "AQAB", N: "mkC6"},
						}},
					}},
				})
			},
			method: http.MethodPut, path: "/api/v1/apps/0oa1",
			body: `{"name": "oidc_client", "label": "Kiosk", "signOnMode": "OPENID_CONNECT", "settings": {"oauthClient": {
				"grant_types": ["urn:openid:params:grant-type:ciba", "http://auth0.com/oauth/grant-type/mfa-oob"],
				"id_token_encrypted_response_alg": "RSA-OAEP-512",
				"jwks": {"keys": [{"kid": "enc-key", "kty": "RSA", "use": "enc", "e": "AQAB", "n": "mkC6"}]}}}}`,
			response: oidcApp,
		},
		{
			name: "AuthorizationServers.Get access token encryption", op: "getAuthorizationServer", ids: []string{"aussfarlb14kxGFMP4x6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/authorizationServers/aussfarlb14kxGFMP4x6",
			response: authServer,
			check: func(t *testing.T, got any) {
				if s := got.(*AuthorizationServer); s.AccessTokenEncryptedResponseAlgorithm != JWEKeyEncryptionAlgorithmRSAOAEP384 {
					t.Errorf("accessTokenEncryptedResponseAlgorithm = %q", s.AccessTokenEncryptedResponseAlgorithm)
				}
			},
		},
		{
			name: "AuthorizationServers.Replace access token encryption", op: "replaceAuthorizationServer", ids: []string{"aus1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Replace(ctx, ids[0], &AuthorizationServer{Name: "api", Audiences: []string{"api://default"},
					AccessTokenEncryptedResponseAlgorithm: JWEKeyEncryptionAlgorithmRSAOAEP512,
					JWKSURI:                               "https://example.com/.well-known/jwks.json"})
			},
			method: http.MethodPut, path: "/api/v1/authorizationServers/aus1",
			body: `{"name": "api", "audiences": ["api://default"], "accessTokenEncryptedResponseAlgorithm": "RSA-OAEP-512",
				"jwks_uri": "https://example.com/.well-known/jwks.json"}`,
			response: authServer,
		},
		{
			name: "Policies.GetRule factor mode", op: "getPolicyRule", ids: []string{"rst1", "rul1d6ktw3aQiR4jZ1d8"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.GetRule(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/policies/rst1/rules/rul1d6ktw3aQiR4jZ1d8",
			response: fixture(t, "policies/rule_access_devices.json"),
			check: func(t *testing.T, got any) {
				if vm := got.(*AccessPolicyRule).Actions.AppSignOn.VerificationMethod; vm.FactorMode != AssuranceMethodFactorMode1FA {
					t.Errorf("factorMode = %q", vm.FactorMode)
				}
			},
		},
		{
			name: "Policies.CreateRule factor mode", op: "createPolicyRule", ids: []string{"rst1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.CreateRule(ctx, ids[0], &AccessPolicyRule{
					PolicyRuleBase: PolicyRuleBase{Name: "Two factors"},
					Actions: &AccessPolicyRuleActions{AppSignOn: &AccessPolicyRuleApplicationSignOn{
						Access: PolicyAccessAllow,
						VerificationMethod: &VerificationMethod{Type: PolicyRuleVerificationMethodTypeAssurance,
							FactorMode: AssuranceMethodFactorMode2FA, ReauthenticateIn: "PT2H"},
					}},
				}, nil)
			},
			method: http.MethodPost, path: "/api/v1/policies/rst1/rules",
			body: `{"name": "Two factors", "type": "ACCESS_POLICY", "actions": {"appSignOn": {"access": "ALLOW",
				"verificationMethod": {"type": "ASSURANCE", "factorMode": "2FA", "reauthenticateIn": "PT2H"}}}}`,
			response: fixture(t, "policies/rule_access_twofa_response.json"),
			check: func(t *testing.T, got any) {
				if vm := got.(*AccessPolicyRule).Actions.AppSignOn.VerificationMethod; vm.FactorMode != AssuranceMethodFactorMode2FA {
					t.Errorf("factorMode = %q", vm.FactorMode)
				}
			},
		},
		{
			name: "Policies.Simulate statuses", op: "createPolicySimulation",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.Simulate(ctx, []SimulatePolicyRequest{{AppInstance: "0oa4eroj3nYCIJIW70g7",
					PolicyTypes: []PolicyType{PolicyTypeAccessPolicy}}}, &PoliciesSimulateOptions{Expand: PolicySimulationExpandEvaluated})
			},
			method: http.MethodPost, path: "/api/v1/policies/simulate", query: map[string]string{"expand": "EVALUATED"},
			body: `[{"appInstance": "0oa4eroj3nYCIJIW70g7", "policyTypes": ["ACCESS_POLICY"]}]`,
			response: []byte(`{"evaluation": [{"status": "MATCH", "policyType": "ACCESS_POLICY", "futureMember": 1,
				"result": {"policies": [{"id": "rst1", "name": "Any two factors", "status": "MATCH", "conditions": [],
					"rules": [{"id": "rul2", "name": "Catch-all rule", "status": "MATCH", "conditions": []}]}]},
				"undefined": {"policies": [{"id": "rst2", "name": "Risky", "status": "UNDEFINED", "conditions": [],
					"rules": [{"id": "rul3", "name": "High risk", "status": "UNDEFINED",
						"conditions": [{"type": "risk.level", "status": "UNDEFINED"}]}]}]},
				"evaluated": {"policies": [{"id": "rst1", "name": "Any two factors", "status": "MATCH", "conditions": [],
					"rules": [{"id": "rul1", "name": "Sales only", "status": "NOT_MATCH",
						"conditions": [{"type": "people.groups.include", "status": "NOT_MATCH"}, {"type": "future.condition", "status": "SOMETHING_NEW"}]}]}]}}]}`),
			check: func(t *testing.T, got any) {
				e := got.(*SimulatePolicyResponse).Evaluation[0]
				var statuses []SimulateResultStatus
				statuses = append(statuses, e.Status)
				for _, r := range []*SimulatePolicyResult{e.Result, e.Undefined, e.Evaluated} {
					for _, p := range r.Policies {
						statuses = append(statuses, p.Status)
						for _, rule := range p.Rules {
							statuses = append(statuses, rule.Status)
							for _, c := range rule.Conditions {
								statuses = append(statuses, c.Status)
							}
						}
					}
				}
				want := []SimulateResultStatus{SimulateResultStatusMatch,
					SimulateResultStatusMatch, SimulateResultStatusMatch,
					SimulateResultStatusUndefined, SimulateResultStatusUndefined, SimulateResultStatusUndefined,
					SimulateResultStatusMatch, SimulateResultStatusNotMatch, SimulateResultStatusNotMatch, "SOMETHING_NEW"}
				if diff := gocmp.Diff(want, statuses); diff != "" {
					t.Errorf("statuses (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "IdentityProviders.Get client PKCE and authentication", op: "getIdentityProvider", ids: []string{"0oaulob4BFVa4zQvt0g3"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/idps/0oaulob4BFVa4zQvt0g3",
			response: idp,
			check: func(t *testing.T, got any) {
				want := &IdentityProviderCredentialsClient{ClientID: "your-client-id", ClientSecret: "your-client-secret",
					PKCERequired: new(true), TokenEndpointAuthMethod: OAuthEndpointAuthenticationMethodClientSecretPost}
				if diff := gocmp.Diff(want, got.(*IdentityProvider).Protocol.Credentials.Client); diff != "" {
					t.Errorf("client (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "IdentityProviders.Create client private_key_jwt", op: "createIdentityProvider",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.IdentityProviders.Create(ctx, &IdentityProvider{Name: "Example OIDC", Type: IdentityProviderTypeOIDC,
					Protocol: &Protocol{Type: ProtocolTypeOIDC, Credentials: &IdentityProviderCredentials{
						Client: &IdentityProviderCredentialsClient{ClientID: "your-client-id", PKCERequired: new(false),
							TokenEndpointAuthMethod: OAuthEndpointAuthenticationMethodPrivateKeyJWT},
						Signing: &IdentityProviderCredentialsSigning{Kid: "akm5hvbbevE341ovl0h7"},
					}}})
			},
			method: http.MethodPost, path: "/api/v1/idps",
			body: `{"name": "Example OIDC", "type": "OIDC", "protocol": {"type": "OIDC", "credentials": {
				"client": {"client_id": "your-client-id", "pkce_required": false, "token_endpoint_auth_method": "private_key_jwt"},
				"signing": {"kid": "akm5hvbbevE341ovl0h7"}}}}`,
			response: idp,
		},
	}
	runAPICalls(t, calls)
}
