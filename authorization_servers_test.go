package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// IDs with characters that must be escaped, and their escaped forms, so that every request test also checks
// that path parameters are escaped.
const (
	authzServerID  = "aus/1"
	authzServerEsc = "aus%2F1"
	authzOtherID   = "aus 2"
	authzOtherEsc  = "aus%202"
	authzPolicyID  = "00p?1"
	authzPolicyEsc = "00p%3F1"
	authzRuleID    = "0pr#1"
	authzRuleEsc   = "0pr%231"
)

func TestAuthorizationServersMethods(t *testing.T) {
	t.Parallel()
	server := string(firstPayload(t, "authorization_servers", "getAuthorizationServer", ""))
	claim := string(firstPayload(t, "authorization_servers", "getOAuth2Claim", ""))
	scope := string(firstPayload(t, "authorization_servers", "getOAuth2Scope", ""))
	policy := string(firstPayload(t, "authorization_servers", "getAuthorizationServerPolicy", ""))
	rule := string(firstPayload(t, "authorization_servers", "createAuthorizationServerPolicyRule", ""))
	token := string(firstPayload(t, "authorization_servers", "getRefreshTokenForAuthorizationServerAndClient", ""))
	base := "/api/v1/authorizationServers/" + authzServerEsc
	policies := base + "/policies/" + authzPolicyEsc
	rules := policies + "/rules/" + authzRuleEsc
	one := []string{authzServerID}
	two := []string{authzServerID, authzOtherID}
	three := []string{authzServerID, authzOtherID, "oar 1"}
	policyIDs := []string{authzServerID, authzPolicyID}
	ruleIDs := []string{authzServerID, authzPolicyID, authzRuleID}
	ruleReq := &AuthorizationServerPolicyRule{
		PolicyRuleBase: PolicyRuleBase{Name: "Test Policy Rule", Priority: 1, Status: LifecycleStatusActive},
		Conditions: &AuthorizationServerPolicyRuleConditions{
			People:     &PolicyPeopleCondition{Groups: &GroupCondition{Include: []string{"EVERYONE"}}},
			GrantTypes: &GrantTypePolicyRuleCondition{Include: []string{"client_credentials"}},
			Scopes:     &OAuth2ScopesMediationPolicyRuleCondition{Include: []string{"*"}},
		},
		Actions: &AuthorizationServerPolicyRuleActions{Token: &TokenAuthorizationServerPolicyRuleAction{
			AccessTokenLifetimeMinutes: new(60), RefreshTokenLifetimeMinutes: new(0), RefreshTokenWindowMinutes: new(10080),
		}},
	}
	ruleJSON := `{"name": "Test Policy Rule", "priority": 1, "status": "ACTIVE", "type": "RESOURCE_ACCESS",
		"conditions": {"people": {"groups": {"include": ["EVERYONE"]}}, "grantTypes": {"include": ["client_credentials"]}, "scopes": {"include": ["*"]}},
		"actions": {"token": {"accessTokenLifetimeMinutes": 60, "refreshTokenLifetimeMinutes": 0, "refreshTokenWindowMinutes": 10080}}}`

	t.Cleanup(func() {
		if ruleReq.Type != "" {
			t.Errorf("CreatePolicyRule changed the caller's rule: Type = %q", ruleReq.Type)
		}
	})
	runAPICalls(t, []apiCall{
		// The servers.
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.List(ctx, &AuthorizationServersListOptions{Q: "python", Limit: 20, After: "aus0"})
			},
			method: http.MethodGet, path: "/api/v1/authorizationServers",
			query:    map[string]string{"q": "python", "limit": "20", "after": "aus0"},
			response: firstPayload(t, "authorization_servers", "listAuthorizationServers", ""),
			check: func(t *testing.T, got any) {
				servers := got.([]AuthorizationServer)
				if len(servers) < 2 || servers[0].Name != "default" || servers[0].IssuerMode != IssuerModeOrgURL ||
					servers[0].Credentials.Signing.RotationMode != AuthorizationServerCredentialsRotationModeAuto ||
					servers[0].Links.Href("metadata") == "" {
					t.Errorf("servers = %+v", servers)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.Create(ctx, &AuthorizationServer{Name: "Sample", Description: "Sample server", Audiences: []string{"api://default"}})
			},
			method: http.MethodPost, path: "/api/v1/authorizationServers", status: http.StatusCreated,
			body:     `{"name": "Sample", "description": "Sample server", "audiences": ["api://default"]}`,
			response: firstPayload(t, "authorization_servers", "createAuthorizationServer", ""),
		},
		{
			name: "Get", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: base, response: []byte(server),
			check: func(t *testing.T, got any) {
				s := got.(*AuthorizationServer)
				created := time.Date(2020, 8, 27, 18, 14, 51, 0, time.UTC)
				if s.ID != "aussfdp5rmbLJiZGP4x6" || s.Status != LifecycleStatusActive || !s.Created.Equal(created) ||
					s.Credentials.Signing.Kid == "" || s.Credentials.Signing.NextRotation.IsZero() || s.Audiences[0] != "api://default" {
					t.Errorf("server = %+v", s)
				}
			},
		},
		{
			name: "Replace", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.Replace(ctx, ids[0], &AuthorizationServer{Name: "Sample", Audiences: []string{"api://default"},
					IssuerMode: IssuerModeDynamic, Credentials: &AuthorizationServerCredentials{Signing: &AuthorizationServerCredentialsSigningConfig{
						RotationMode: AuthorizationServerCredentialsRotationModeManual}}})
			},
			method: http.MethodPut, path: base,
			body: `{"name": "Sample", "audiences": ["api://default"], "issuerMode": "DYNAMIC",
				"credentials": {"signing": {"rotationMode": "MANUAL"}}}`,
			response: firstPayload(t, "authorization_servers", "replaceAuthorizationServer", ""),
		},
		{
			name: "Delete", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: base, status: http.StatusNoContent,
		},
		{
			name: "Activate", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.Activate(ctx, ids[0]))
			},
			method: http.MethodPost, path: base + "/lifecycle/activate", status: http.StatusNoContent,
		},
		{
			name: "Deactivate", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.Deactivate(ctx, ids[0]))
			},
			method: http.MethodPost, path: base + "/lifecycle/deactivate", status: http.StatusNoContent,
		},
		// Associated servers.
		{
			name: "ListAssociatedServers", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListAssociatedServers(ctx, ids[0], &AuthorizationServersListAssociatedServersOptions{Trusted: new(false), Q: "pay", Limit: 5, After: "aus0"})
			},
			method: http.MethodGet, path: base + "/associatedServers",
			query:    map[string]string{"trusted": "false", "q": "pay", "limit": "5", "after": "aus0"},
			response: firstPayload(t, "authorization_servers", "listAssociatedServersByTrustedType", ""),
		},
		{
			name: "CreateAssociatedServers", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreateAssociatedServers(ctx, ids[0], &AssociatedServerMediated{Trusted: []string{"aus6xt9jKPW4TbJRp0g4"}})
			},
			method: http.MethodPost, path: base + "/associatedServers",
			body:     `{"trusted": ["aus6xt9jKPW4TbJRp0g4"]}`,
			response: firstPayload(t, "authorization_servers", "listAssociatedServersByTrustedType", ""),
		},
		{
			name: "DeleteAssociatedServer", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeleteAssociatedServer(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: base + "/associatedServers/" + authzOtherEsc, status: http.StatusNoContent,
		},
		// Claims.
		{
			name: "ListClaims", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListClaims(ctx, ids[0])
			},
			method: http.MethodGet, path: base + "/claims",
			response: firstPayload(t, "authorization_servers", "listOAuth2Claims", ""),
			check: func(t *testing.T, got any) {
				claims := got.([]OAuth2Claim)
				if len(claims) < 2 || claims[0].Name != "sub" || !claims[0].System || claims[0].ValueType != OAuth2ClaimValueTypeExpression ||
					*claims[0].AlwaysIncludeInToken != true || claims[1].ClaimType != OAuth2ClaimTypeIdentity || claims[1].Conditions.Scopes[0] != "address" {
					t.Errorf("claims = %+v", claims)
				}
			},
		},
		{
			name: "CreateClaim", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreateClaim(ctx, ids[0], &OAuth2Claim{
					Name: "groups", Status: LifecycleStatusActive, ClaimType: OAuth2ClaimTypeIdentity, ValueType: OAuth2ClaimValueTypeGroups,
					GroupFilterType: OAuth2ClaimGroupFilterTypeStartsWith, Value: "Eng", AlwaysIncludeInToken: new(false),
					Conditions: &OAuth2ClaimConditions{Scopes: []string{"profile"}},
				})
			},
			method: http.MethodPost, path: base + "/claims", status: http.StatusCreated,
			body: `{"name": "groups", "status": "ACTIVE", "claimType": "IDENTITY", "valueType": "GROUPS", "group_filter_type": "STARTS_WITH",
				"value": "Eng", "alwaysIncludeInToken": false, "conditions": {"scopes": ["profile"]}}`,
			response: firstPayload(t, "authorization_servers", "createOAuth2Claim", ""),
		},
		{
			name: "GetClaim", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetClaim(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: base + "/claims/" + authzOtherEsc, response: []byte(claim),
			check: func(t *testing.T, got any) {
				if c := got.(*OAuth2Claim); c.Value != `"driving!"` || c.Status != LifecycleStatusInactive || c.System || c.Conditions == nil {
					t.Errorf("claim = %+v", c)
				}
			},
		},
		{
			name: "ReplaceClaim", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ReplaceClaim(ctx, ids[0], ids[1], &OAuth2Claim{Name: "car", ClaimType: OAuth2ClaimTypeResource,
					ValueType: OAuth2ClaimValueTypeExpression, Value: `"driving!"`})
			},
			method: http.MethodPut, path: base + "/claims/" + authzOtherEsc,
			body:     `{"name": "car", "claimType": "RESOURCE", "valueType": "EXPRESSION", "value": "\"driving!\""}`,
			response: firstPayload(t, "authorization_servers", "replaceOAuth2Claim", ""),
		},
		{
			name: "DeleteClaim", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeleteClaim(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: base + "/claims/" + authzOtherEsc, status: http.StatusNoContent,
		},
		// Clients and their refresh tokens.
		{
			name: "ListClients", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListClients(ctx, ids[0])
			},
			method: http.MethodGet, path: base + "/clients",
			response: []byte(`[{"client_id": "0oabskvc6442nkvQO0h7", "client_name": "My App", "client_uri": null, "logo_uri": null,
				"_links": {"tokens": {"href": "https://test.okta.com/api/v1/authorizationServers/aus1/clients/0oabskvc6442nkvQO0h7/tokens"}}}]`),
			check: func(t *testing.T, got any) {
				if cs := got.([]OAuth2Client); len(cs) != 1 || cs[0].ClientName != "My App" || cs[0].Links.Href("tokens") == "" {
					t.Errorf("clients = %+v", cs)
				}
			},
		},
		{
			name: "ListRefreshTokens", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListRefreshTokens(ctx, ids[0], ids[1], &AuthorizationServersListRefreshTokensOptions{Expand: "scope", After: "oar0", Limit: 10})
			},
			method: http.MethodGet, path: base + "/clients/" + authzOtherEsc + "/tokens",
			query:    map[string]string{"expand": "scope", "after": "oar0", "limit": "10"},
			response: []byte("[" + token + "]"),
		},
		{
			name: "RevokeRefreshTokens", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.RevokeRefreshTokens(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: base + "/clients/" + authzOtherEsc + "/tokens", status: http.StatusNoContent,
		},
		{
			name: "GetRefreshToken", ids: three,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetRefreshToken(ctx, ids[0], ids[1], ids[2], &AuthorizationServersGetRefreshTokenOptions{Expand: "scope"})
			},
			method: http.MethodGet, path: base + "/clients/" + authzOtherEsc + "/tokens/oar%201",
			query: map[string]string{"expand": "scope"}, response: []byte(token),
			check: func(t *testing.T, got any) {
				tok := got.(*OAuth2RefreshToken)
				if tok.Status != GrantOrTokenStatusActive || len(tok.Scopes) != 2 || tok.Embedded["scopes"] == nil || tok.Links.Href("revoke") == "" {
					t.Errorf("token = %+v", tok)
				}
			},
		},
		{
			name: "RevokeRefreshToken", ids: three,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.RevokeRefreshToken(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: base + "/clients/" + authzOtherEsc + "/tokens/oar%201", status: http.StatusNoContent,
		},
		// Keys.
		{
			name: "ListKeys", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListKeys(ctx, ids[0])
			},
			method: http.MethodGet, path: base + "/credentials/keys",
			response: firstPayload(t, "authorization_servers", "listAuthorizationServerKeys", ""),
			check: func(t *testing.T, got any) {
				if keys := got.([]JSONWebKey); len(keys) != 1 || keys[0].Status != "ACTIVE" || keys[0].Use != "sig" || keys[0].N == "" {
					t.Errorf("keys = %+v", keys)
				}
			},
		},
		{
			name: "RotateKeys", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.RotateKeys(ctx, ids[0], &JWKUse{Use: JWKUseTypeSig})
			},
			method: http.MethodPost, path: base + "/credentials/lifecycle/keyRotate",
			body:     `{"use": "sig"}`,
			response: firstPayload(t, "authorization_servers", "rotateAuthorizationServerKeys", ""),
			check: func(t *testing.T, got any) {
				if keys := got.([]JSONWebKey); len(keys) != 2 || keys[1].Status != "EXPIRED" {
					t.Errorf("keys = %+v", keys)
				}
			},
		},
		// Scopes.
		{
			name: "ListScopes", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListScopes(ctx, ids[0], &AuthorizationServersListScopesOptions{Q: "car", Filter: `name eq "car:drive"`, Cursor: "scp0", Limit: 50})
			},
			method: http.MethodGet, path: base + "/scopes",
			query:    map[string]string{"q": "car", "filter": `name eq "car:drive"`, "cursor": "scp0", "limit": "50"},
			response: firstPayload(t, "authorization_servers", "listOAuth2Scopes", ""),
			check: func(t *testing.T, got any) {
				scopes := got.([]OAuth2Scope)
				if len(scopes) != 7 || scopes[0].Description != "" || scopes[0].Extra["description"] == nil || *scopes[0].Default ||
					scopes[1].Name != "openid" || !scopes[1].System || scopes[1].MetadataPublish != OAuth2ScopeMetadataPublishAllClients {
					t.Errorf("scopes = %+v", scopes)
				}
			},
		},
		{
			name: "CreateScope", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreateScope(ctx, ids[0], &OAuth2Scope{Name: "car:drive", DisplayName: "Drive", Description: "Drive the car",
					Consent: OAuth2ScopeConsentTypeRequired, Default: new(false), MetadataPublish: OAuth2ScopeMetadataPublishNoClients})
			},
			method: http.MethodPost, path: base + "/scopes", status: http.StatusCreated,
			body: `{"name": "car:drive", "displayName": "Drive", "description": "Drive the car", "consent": "REQUIRED", "default": false,
				"metadataPublish": "NO_CLIENTS"}`,
			response: firstPayload(t, "authorization_servers", "createOAuth2Scope", ""),
		},
		{
			name: "GetScope", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetScope(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: base + "/scopes/" + authzOtherEsc, response: []byte(scope),
		},
		{
			name: "ReplaceScope", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ReplaceScope(ctx, ids[0], ids[1], &OAuth2Scope{Name: "car:drive", MetadataPublish: OAuth2ScopeMetadataPublishAllClients})
			},
			method: http.MethodPut, path: base + "/scopes/" + authzOtherEsc,
			body:     `{"name": "car:drive", "metadataPublish": "ALL_CLIENTS"}`,
			response: firstPayload(t, "authorization_servers", "replaceOAuth2Scope", ""),
		},
		{
			name: "DeleteScope", ids: two,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeleteScope(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: base + "/scopes/" + authzOtherEsc, status: http.StatusNoContent,
		},
		// Policies.
		{
			name: "ListPolicies", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListPolicies(ctx, ids[0])
			},
			method: http.MethodGet, path: base + "/policies",
			response: firstPayload(t, "authorization_servers", "listAuthorizationServerPolicies", ""),
			check: func(t *testing.T, got any) {
				ps := got.([]AuthorizationServerPolicy)
				if len(ps) != 1 || ps[0].Type != PolicyTypeOAuthAuthorizationPolicy || ps[0].Priority != 1 ||
					ps[0].Conditions.Clients.Include[0] != "ALL_CLIENTS" || ps[0].Links.Href("rules") == "" {
					t.Errorf("policies = %+v", ps)
				}
			},
		},
		{
			name: "CreatePolicy fills in the type", ids: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreatePolicy(ctx, ids[0], &AuthorizationServerPolicy{
					PolicyBase: PolicyBase{Name: "Test Policy", Description: "Test Policy", Priority: 1, Status: LifecycleStatusActive},
					Conditions: &PolicyRuleConditions{Clients: &ClientPolicyCondition{Include: []string{"ALL_CLIENTS"}}},
				})
			},
			method: http.MethodPost, path: base + "/policies", status: http.StatusCreated,
			body: `{"name": "Test Policy", "description": "Test Policy", "priority": 1, "status": "ACTIVE", "type": "OAUTH_AUTHORIZATION_POLICY",
				"conditions": {"clients": {"include": ["ALL_CLIENTS"]}}}`,
			response: firstPayload(t, "authorization_servers", "createAuthorizationServerPolicy", ""),
		},
		{
			name: "GetPolicy", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetPolicy(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: policies, response: []byte(policy),
		},
		{
			name: "ReplacePolicy keeps a set type", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ReplacePolicy(ctx, ids[0], ids[1], &AuthorizationServerPolicy{
					PolicyBase: PolicyBase{Name: "Renamed", Type: "SOMETHING_NEWER"},
				})
			},
			method: http.MethodPut, path: policies,
			body:     `{"name": "Renamed", "type": "SOMETHING_NEWER"}`,
			response: firstPayload(t, "authorization_servers", "replaceAuthorizationServerPolicy", ""),
		},
		{
			name: "DeletePolicy", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeletePolicy(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: policies, status: http.StatusNoContent,
		},
		{
			name: "ActivatePolicy", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.ActivatePolicy(ctx, ids[0], ids[1]))
			},
			method: http.MethodPost, path: policies + "/lifecycle/activate", status: http.StatusNoContent,
		},
		{
			name: "DeactivatePolicy", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeactivatePolicy(ctx, ids[0], ids[1]))
			},
			method: http.MethodPost, path: policies + "/lifecycle/deactivate", status: http.StatusNoContent,
		},
		// Policy rules.
		{
			name: "ListPolicyRules", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListPolicyRules(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: policies + "/rules",
			response: firstPayload(t, "authorization_servers", "listAuthorizationServerPolicyRules", ""),
			check: func(t *testing.T, got any) {
				rs := got.([]AuthorizationServerPolicyRule)
				if len(rs) != 1 || rs[0].Type != PolicyRuleTypeResourceAccess || rs[0].Conditions.GrantTypes.Include[0] != "client_credentials" ||
					*rs[0].Actions.Token.RefreshTokenLifetimeMinutes != 0 || *rs[0].Actions.Token.RefreshTokenWindowMinutes != 10080 {
					t.Errorf("rules = %+v", rs)
				}
			},
		},
		{
			name: "CreatePolicyRule fills in the type", ids: policyIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreatePolicyRule(ctx, ids[0], ids[1], ruleReq)
			},
			method: http.MethodPost, path: policies + "/rules", status: http.StatusCreated,
			body: ruleJSON, response: []byte(rule),
		},
		{
			name: "GetPolicyRule", ids: ruleIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetPolicyRule(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: rules, response: []byte(rule),
		},
		{
			name: "ReplacePolicyRule", ids: ruleIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ReplacePolicyRule(ctx, ids[0], ids[1], ids[2], ruleReq)
			},
			method: http.MethodPut, path: rules, body: ruleJSON, response: []byte(rule),
		},
		{
			name: "DeletePolicyRule", ids: ruleIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeletePolicyRule(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: rules, status: http.StatusNoContent,
		},
		{
			name: "ActivatePolicyRule", ids: ruleIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.ActivatePolicyRule(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodPost, path: rules + "/lifecycle/activate", status: http.StatusNoContent,
		},
		{
			name: "DeactivatePolicyRule", ids: ruleIDs,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeactivatePolicyRule(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodPost, path: rules + "/lifecycle/deactivate", status: http.StatusNoContent,
		},
	})
}

// TestAuthorizationServersPolicyGetChangeReplace checks that a policy and a rule read from Okta, changed and sent
// back carry every member Okta returned.
func TestAuthorizationServersPolicyGetChangeReplace(t *testing.T) {
	t.Parallel()
	var policy AuthorizationServerPolicy
	if err := json.Unmarshal(firstPayload(t, "authorization_servers", "getAuthorizationServerPolicy", ""), &policy); err != nil {
		t.Fatal(err)
	}
	policy.Name = "Renamed"
	got, err := json.Marshal(&policy)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(firstPayload(t, "authorization_servers", "getAuthorizationServerPolicy", ""), &want); err != nil {
		t.Fatal(err)
	}
	want["name"] = "Renamed"
	wantJSON, _ := json.Marshal(want)
	assertJSONEqual(t, string(wantJSON), string(got))

	var rule AuthorizationServerPolicyRule
	if err := json.Unmarshal(firstPayload(t, "authorization_servers", "createAuthorizationServerPolicyRule", ""), &rule); err != nil {
		t.Fatal(err)
	}
	rule.Actions.Token.AccessTokenLifetimeMinutes = new(5)
	got, err = json.Marshal(&rule)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `"accessTokenLifetimeMinutes":5`) || !strings.Contains(string(got), `"people":{"users":{"exclude":[]}}`) ||
		!strings.Contains(string(got), `"system":false`) {
		t.Errorf("rule = %s", got)
	}
}

// TestAuthorizationServersIterators walks each paginated list over two pages.
func TestAuthorizationServersIterators(t *testing.T) {
	t.Parallel()
	base := "/api/v1/authorizationServers/" + authzServerEsc
	runPagedLists(t, []pagedList{
		{
			name: "ListIter", path: "/api/v1/authorizationServers", query: map[string]string{"limit": "2"},
			first: `[{"id": "aus1"}, {"id": "aus2"}]`, second: `[{"id": "aus3"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.AuthorizationServers.ListIter(ctx, &AuthorizationServersListOptions{Limit: 2}))
			},
		},
		{
			name: "ListAssociatedServersIter", path: base + "/associatedServers", query: map[string]string{"trusted": "true"},
			first: `[{"id": "aus1"}, {"id": "aus2"}]`, second: `[{"id": "aus3"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.AuthorizationServers.ListAssociatedServersIter(ctx, authzServerID, &AuthorizationServersListAssociatedServersOptions{Trusted: new(true)}))
			},
		},
		{
			name: "ListRefreshTokensIter", path: base + "/clients/0oa1/tokens", query: map[string]string{"expand": "scope"},
			first: `[{"id": "oar1"}, {"id": "oar2"}]`, second: `[{"id": "oar3"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.AuthorizationServers.ListRefreshTokensIter(ctx, authzServerID, "0oa1", &AuthorizationServersListRefreshTokensOptions{Expand: "scope"}))
			},
		},
		{
			name: "ListScopesIter pages with cursor", path: base + "/scopes", query: map[string]string{"q": "car"}, cursor: "cursor",
			first: `[{"id": "scp1"}, {"id": "scp2"}]`, second: `[{"id": "scp3"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.AuthorizationServers.ListScopesIter(ctx, authzServerID, &AuthorizationServersListScopesOptions{Q: "car"}))
			},
		},
	})
}

// TestAuthorizationServersListScopesCursor checks that the cursor of a scopes page, which Okta names cursor rather
// than after, is read into Response.After and sent back as the Cursor option.
func TestAuthorizationServersListScopesCursor(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("/api/v1/authorizationServers/aus1/scopes", func(w http.ResponseWriter, r *http.Request) {
		if got := r.URL.Query().Get("cursor"); got == "" {
			w.Header().Set("Link", `<https://test.okta.com/api/v1/authorizationServers/aus1/scopes?cursor=scp2&limit=1>; rel="next"`)
		}
		serveJSON(w, http.StatusOK, []byte(`[{"id": "scp1"}]`))
	})
	_, resp, err := c.AuthorizationServers.ListScopes(t.Context(), "aus1", &AuthorizationServersListScopesOptions{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if resp.After != "scp2" || !resp.HasNextPage() {
		t.Fatalf("After = %q, HasNextPage = %v; want scp2, true", resp.After, resp.HasNextPage())
	}
	_, resp, err = c.AuthorizationServers.ListScopes(t.Context(), "aus1", &AuthorizationServersListScopesOptions{Limit: 1, Cursor: resp.After})
	if err != nil || resp.HasNextPage() {
		t.Errorf("second page: %v, HasNextPage = %v", err, resp.HasNextPage())
	}
}

func TestAuthorizationServersRecorded(t *testing.T) {
	t.Parallel()
	server := func(t *testing.T, raw []byte) { assertRoundTrip[*AuthorizationServer](t, raw) }
	servers := func(t *testing.T, raw []byte) { assertRoundTrip[[]AuthorizationServer](t, raw) }
	claim := func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2Claim](t, raw) }
	scope := func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2Scope](t, raw) }
	keys := func(t *testing.T, raw []byte) { assertRoundTrip[[]JSONWebKey](t, raw) }
	policy := func(t *testing.T, raw []byte) { assertRoundTrip[*AuthorizationServerPolicy](t, raw) }
	rule := func(t *testing.T, raw []byte) { assertRoundTrip[*AuthorizationServerPolicyRule](t, raw) }
	checkRecordedPayloads(t, "authorization_servers", map[string]func(*testing.T, []byte){
		"listAuthorizationServers":                       servers,
		"createAuthorizationServer":                      server,
		"getAuthorizationServer":                         server,
		"replaceAuthorizationServer":                     server,
		"listAssociatedServersByTrustedType":             servers,
		"listOAuth2Claims":                               func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2Claim](t, raw) },
		"createOAuth2Claim":                              claim,
		"getOAuth2Claim":                                 claim,
		"replaceOAuth2Claim":                             claim,
		"listOAuth2ClientsForAuthorizationServer":        func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2Client](t, raw) },
		"getRefreshTokenForAuthorizationServerAndClient": func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2RefreshToken](t, raw) },
		"listAuthorizationServerKeys":                    keys,
		"rotateAuthorizationServerKeys":                  keys,
		"listOAuth2Scopes":                               func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2Scope](t, raw) },
		"createOAuth2Scope":                              scope,
		"getOAuth2Scope":                                 scope,
		"replaceOAuth2Scope":                             scope,
		"listAuthorizationServerPolicies":                func(t *testing.T, raw []byte) { assertRoundTrip[[]AuthorizationServerPolicy](t, raw) },
		"createAuthorizationServerPolicy":                policy,
		"getAuthorizationServerPolicy":                   policy,
		"replaceAuthorizationServerPolicy":               policy,
		"listAuthorizationServerPolicyRules":             func(t *testing.T, raw []byte) { assertRoundTrip[[]AuthorizationServerPolicyRule](t, raw) },
		"createAuthorizationServerPolicyRule":            rule,
	})
}

func TestAuthorizationServersRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "authorization_servers", []apiCall{
		{op: "getAuthorizationServer",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.Get(ctx, "aussfe1fzAwjdllTv4x6")
			}},
		{op: "getAuthorizationServerPolicy",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.GetPolicy(ctx, "aus1", "00p1")
			}},
		{op: "getOAuth2Claim",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.GetClaim(ctx, "aus1", "ocl1")
			}},
		{op: "getOAuth2Scope",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.GetScope(ctx, "aus1", "scp1")
			}},
		{op: "listRefreshTokensForAuthorizationServerAndClient",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AuthorizationServers.ListRefreshTokens(ctx, "aus1", "0oa_dummy_client_id", nil)
			}},
		{op: "revokeRefreshTokensForAuthorizationServerAndClient",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.RevokeRefreshTokens(ctx, "aus1", "0oa_dummy_client_id"))
			}},
	})
}
