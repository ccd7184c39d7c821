package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// The payloads below are written from the schemas of Okta's current API description (testdata/spec/current.yaml,
// which has no examples for these members) and Okta's documentation; nothing recorded in ../shared/cassettes
// carries them. Each carries a member the SDK does not model ("futureMember"), which must come back from Extra.

// eventHookWithFilter is a recorded event hook with the filter Okta's current description adds to its events.
func eventHookWithFilter(t *testing.T) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(firstPayload(t, "event_hooks", "getEventHook", ""), &doc); err != nil {
		t.Fatal(err)
	}
	doc["events"] = map[string]any{"type": "EVENT_TYPE", "items": []any{"group.user_membership.add"},
		"filter": map[string]any{"type": "EXPRESSION_LANGUAGE", "futureMember": 1, "eventFilterMap": []any{
			map[string]any{"event": "group.user_membership.add", "futureMember": true, "condition": map[string]any{
				"expression": "event.target.?[type eq 'UserGroup'].size()>0 && event.target.?[displayName eq 'Sales'].size()>0",
				"version":    nil,
			}},
		}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const salesFilter = "event.target.?[type eq 'UserGroup'].size()>0 && event.target.?[displayName eq 'Sales'].size()>0"

// TestSchemaCurrentMiscMethods decodes the members Okta's current description added through the methods that
// return them (each result must encode back to the very response) and checks that the request bodies that
// gained members send them.
func TestSchemaCurrentMiscMethods(t *testing.T) {
	t.Parallel()
	hook := eventHookWithFilter(t)
	calls := []apiCall{
		{
			name: "EmailDomains.Get validationSubdomain", op: "getEmailDomain", ids: []string{"OeD1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.EmailDomains.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/email-domains/OeD1",
			response: []byte(`{"id": "OeD1", "domain": "example.com", "displayName": "Admin", "userName": "admin",
				"validationStatus": "VERIFIED", "validationSubdomain": "mail", "futureMember": "x",
				"dnsValidationRecords": [{"recordType": "CNAME", "fqdn": "mail.example.com", "verificationValue": "u1.wl.sendgrid.net"}],
				"_embedded": {"brands": [{"id": "bnd1", "name": "Okta Default"}]}}`),
			check: func(t *testing.T, got any) {
				d := got.(*EmailDomainResponseWithEmbedded)
				if d.ValidationSubdomain != "mail" || d.Embedded == nil || len(d.Embedded.Brands) != 1 || d.Embedded.Brands[0].ID != "bnd1" {
					t.Errorf("domain = %+v", d)
				}
			},
		},
		{
			name: "EmailServers.List authType", op: "listEmailServers",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				servers, resp, err := c.EmailServers.List(ctx)
				return map[string]any{"email-servers": servers}, resp, err
			},
			method: http.MethodGet, path: "/api/v1/email-servers",
			response: []byte(`{"email-servers": [
				{"id": "ces1", "alias": "Basic", "enabled": true, "authType": "BASIC_SMTP_AUTH", "host": "smtp.example.com", "port": 587, "username": "user@example.com"},
				{"id": "ces2", "alias": "Client", "enabled": false, "authType": "OAUTH2_CLIENT_CREDENTIALS", "host": "smtp.office365.com", "port": 587, "username": "mailer@example.com", "futureMember": [1]},
				{"id": "ces3", "alias": "JWT", "enabled": false, "authType": "OAUTH2_JWT_BEARER_GRANT", "host": "smtp.gmail.com", "port": 587, "username": "mailer@example.com"},
				{"id": "ces4", "alias": "Next", "enabled": false, "authType": "SOMETHING_NEW", "host": "smtp.example.net", "port": 25, "username": "u"}]}`),
			check: func(t *testing.T, got any) {
				var types []SMTPAuthType
				for _, s := range got.(map[string]any)["email-servers"].([]EmailServerResponse) {
					types = append(types, s.AuthType)
				}
				want := []SMTPAuthType{SMTPAuthTypeBasic, SMTPAuthTypeOAuth2ClientCredentials, SMTPAuthTypeOAuth2JWTBearerGrant, "SOMETHING_NEW"}
				if diff := gocmp.Diff(want, types); diff != "" {
					t.Errorf("authType (-want +got):\n%s", diff)
				}
			},
		},
		{
			// The current description answers getEmailServer with the server itself, not the list envelope.
			name: "EmailServers.Get one server", op: "getEmailServer", ids: []string{"ces1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.EmailServers.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/email-servers/ces1",
			response: []byte(`{"id": "ces1", "alias": "CustomServer1", "enabled": true, "authType": "BASIC_SMTP_AUTH",
				"host": "smtp.example.com", "port": 587, "username": "user@example.com", "futureMember": {"a": 1}}`),
			check: func(t *testing.T, got any) {
				if s := got.(*EmailServerResponse); s.ID != "ces1" || s.AuthType != SMTPAuthTypeBasic {
					t.Errorf("server = %+v", s)
				}
			},
		},
		{
			name: "EmailServers.Create authType", op: "createEmailServer",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				req := &CreateEmailServerRequest{Alias: "Client", Enabled: new(false), AuthType: SMTPAuthTypeOAuth2ClientCredentials,
					Host: "smtp.office365.com", Port: 587, Username: "mailer@example.com", ClientID: "0oa1"}
				return c.EmailServers.Create(ctx, req)
			},
			method: http.MethodPost, path: "/api/v1/email-servers",
			body: `{"alias": "Client", "enabled": false, "authType": "OAUTH2_CLIENT_CREDENTIALS", "host": "smtp.office365.com",
				"port": 587, "username": "mailer@example.com", "clientId": "0oa1"}`,
			status: http.StatusCreated,
			response: []byte(`{"id": "ces2", "alias": "Client", "enabled": false, "authType": "OAUTH2_CLIENT_CREDENTIALS",
				"host": "smtp.office365.com", "port": 587, "username": "mailer@example.com"}`),
			check: func(t *testing.T, got any) {
				if s := got.(*EmailServerResponse); s.AuthType != SMTPAuthTypeOAuth2ClientCredentials {
					t.Errorf("authType = %q", s.AuthType)
				}
			},
		},
		{
			name: "EmailServers.Update authType", op: "updateEmailServer", ids: []string{"ces1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.EmailServers.Update(ctx, ids[0], &UpdateEmailServerRequest{AuthType: SMTPAuthTypeBasic, Password: "p"})
			},
			method: http.MethodPatch, path: "/api/v1/email-servers/ces1",
			body: `{"authType": "BASIC_SMTP_AUTH", "password": "p"}`,
			response: []byte(`{"id": "ces1", "alias": "Basic", "enabled": true, "authType": "BASIC_SMTP_AUTH",
				"host": "smtp.example.com", "port": 587, "username": "user@example.com"}`),
		},
		{
			name: "EmailServers.Test fromAddress toAddress", op: "testEmailServer", ids: []string{"ces1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.EmailServers.Test(ctx, ids[0], &EmailTestAddresses{FromAddress: "sender@host.com", ToAddress: "receiver@host.com"}))
			},
			method: http.MethodPost, path: "/api/v1/email-servers/ces1/test",
			body: `{"fromAddress": "sender@host.com", "toAddress": "receiver@host.com"}`, status: http.StatusNoContent, want: "-",
		},
		{
			name: "EventHooks.Get filter", op: "getEventHook", ids: []string{"who1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.EventHooks.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/eventHooks/who1", response: hook,
			check: func(t *testing.T, got any) {
				f := got.(*EventHook).Events.Filter
				if f == nil || f.Type != EventHookFilterTypeExpressionLanguage || len(f.EventFilterMap) != 1 {
					t.Fatalf("filter = %+v", f)
				}
				m := f.EventFilterMap[0]
				if m.Event != "group.user_membership.add" || m.Condition == nil || m.Condition.Expression != salesFilter || m.Condition.Version != "" {
					t.Errorf("filter map = %+v, condition %+v", m, m.Condition)
				}
				if _, ok := m.Condition.Extra["version"]; !ok {
					t.Error("the null version is not kept")
				}
			},
		},
		{
			name: "EventHooks.Create filter", op: "createEventHook",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.EventHooks.Create(ctx, &EventHook{Name: "Sales", Events: &EventSubscriptions{
					Type: EventSubscriptionTypeEventType, Items: []string{"group.user_membership.add"},
					Filter: &EventHookFilters{EventFilterMap: []EventHookFilterMapObject{{
						Event: "group.user_membership.add", Condition: &EventHookFilterMapObjectCondition{Expression: salesFilter},
					}}},
				}})
			},
			method: http.MethodPost, path: "/api/v1/eventHooks",
			body: `{"name": "Sales", "events": {"type": "EVENT_TYPE", "items": ["group.user_membership.add"],
				"filter": {"eventFilterMap": [{"event": "group.user_membership.add", "condition": {"expression": ` + jsonString(salesFilter) + `}}]}}}`,
			response: hook,
		},
		{
			name: "GovernanceBundles.Get description", op: "getGovernanceBundle", ids: []string{"enbl1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles/enbl1",
			response: []byte(`{"id": "enbl1", "name": "Help desk", "description": "Roles of the help desk", "status": "ACTIVE",
				"orn": "orn:okta:governance:00o1:entitlement-bundles:enbl1", "futureMember": {},
				"_links": {"self": {"href": "https://test.okta.com/api/v1/iam/governance/bundles/enbl1"},
				"entitlements": {"href": "https://test.okta.com/api/v1/iam/governance/bundles/enbl1/entitlements"}}}`),
			check: func(t *testing.T, got any) {
				b := got.(*GovernanceBundle)
				if b.Description != "Roles of the help desk" {
					t.Errorf("description = %q", b.Description)
				}
				body, err := json.Marshal(b.ReplaceRequest())
				if err != nil {
					t.Fatal(err)
				}
				assertJSONEqual(t, `{"name": "Help desk", "description": "Roles of the help desk"}`, string(body))
			},
		},
		{
			name: "GovernanceBundles.Create description", op: "createGovernanceBundle",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.Create(ctx, &CreateGovernanceBundleRequest{Name: "Help desk", Description: "Roles of the help desk",
					Entitlements: []IAMBundleEntitlement{{Role: "HELP_DESK_ADMIN", Targets: []string{"orn:okta:directory:00o1:groups:00g1"}}}})
			},
			method: http.MethodPost, path: "/api/v1/iam/governance/bundles",
			body: `{"name": "Help desk", "description": "Roles of the help desk",
				"entitlements": [{"role": "HELP_DESK_ADMIN", "targets": ["orn:okta:directory:00o1:groups:00g1"]}]}`,
			response: []byte(`{"id": "enbl1", "name": "Help desk", "description": "Roles of the help desk", "status": "ACTIVE"}`),
		},
		{
			name: "GovernanceBundles.Replace description", op: "replaceGovernanceBundle", ids: []string{"enbl1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.Replace(ctx, ids[0], &ReplaceGovernanceBundleRequest{Name: "Help desk", Description: "Tier 1"})
			},
			method: http.MethodPut, path: "/api/v1/iam/governance/bundles/enbl1",
			body:     `{"name": "Help desk", "description": "Tier 1"}`,
			response: []byte(`{"id": "enbl1", "name": "Help desk", "description": "Tier 1", "status": "ACTIVE"}`),
		},
		{
			name: "GovernanceBundles.ListEntitlements description", op: "listBundleEntitlements", ids: []string{"enbl1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.ListEntitlements(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles/enbl1/entitlements",
			response: []byte(`{"entitlements": [{"id": "irl1", "name": "Help Desk Administrator", "description": "Resets passwords and factors",
				"role": "HELP_DESK_ADMIN", "futureMember": 2,
				"_links": {"values": {"href": "https://test.okta.com/api/v1/iam/governance/bundles/enbl1/entitlements/irl1/values"}}}],
				"_links": {"self": {"href": "https://test.okta.com/api/v1/iam/governance/bundles/enbl1/entitlements"}}}`),
			want: `[{"id": "irl1", "name": "Help Desk Administrator", "description": "Resets passwords and factors", "role": "HELP_DESK_ADMIN",
				"futureMember": 2, "_links": {"values": {"href": "https://test.okta.com/api/v1/iam/governance/bundles/enbl1/entitlements/irl1/values"}}}]`,
			check: func(t *testing.T, got any) {
				if e := got.([]BundleEntitlement); e[0].Description != "Resets passwords and factors" {
					t.Errorf("description = %q", e[0].Description)
				}
			},
		},
		{
			name: "ResourceSets.GetResource orn conditions", op: "getResourceSetResource", ids: []string{"iam1", "ire1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.GetResource(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/resources/ire1",
			response: []byte(`{"id": "ire1", "orn": "orn:okta:idp:00o1:apps", "created": "2021-02-06T16:20:57.000Z",
				"lastUpdated": "2021-02-06T16:20:57.000Z", "futureMember": null,
				"conditions": {"Exclude": {"okta:ORN": ["orn:okta:idp:00o1:apps:salesforce", "orn:okta:idp:00o1:apps:google:0oa1"]}},
				"_links": {"self": {"href": "https://test.okta.com/api/v1/apps"},
				"resource": {"href": "https://test.okta.com/api/v1/iam/resource-sets/iam1/resources/ire1"}}}`),
			check: func(t *testing.T, got any) {
				r := got.(*ResourceSetResource)
				want := []string{"orn:okta:idp:00o1:apps:salesforce", "orn:okta:idp:00o1:apps:google:0oa1"}
				if r.ORN != "orn:okta:idp:00o1:apps" || r.Conditions == nil || r.Conditions.Exclude == nil || !gocmp.Equal(r.Conditions.Exclude.ORNs, want) {
					t.Errorf("resource = %+v", r)
				}
			},
		},
		{
			name: "Users.Update type", op: "updateUser", ids: []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Update(ctx, ids[0], &UpdateUserRequest{Type: &UserTypeRef{ID: "oty1"}, RealmID: "guo1"}, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1",
			body:     `{"realmId": "guo1", "type": {"id": "oty1"}}`,
			response: []byte(`{"id": "00u1", "status": "ACTIVE", "realmId": "guo1", "type": {"id": "oty1"}, "profile": {"login": "a@example.com"}}`),
		},
		{
			name: "Schemas.GetUserSchema default", op: "getUserSchema", ids: []string{"default"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetUserSchema(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/user/default",
			response: []byte(`{"id": "https://test.okta.com/meta/schemas/user/default", "definitions": {"custom": {"id": "#custom", "type": "object",
				"properties": {
				"country": {"title": "Country", "type": "string", "default": "US"},
				"vip": {"title": "VIP", "type": "boolean", "default": false},
				"seats": {"title": "Seats", "type": "integer", "default": 9007199254740993},
				"ratio": {"title": "Ratio", "type": "number", "default": 0.25},
				"tags": {"title": "Tags", "type": "array", "items": {"type": "string"}, "default": ["a", "b"]},
				"prefs": {"title": "Preferences", "type": "object", "default": {"theme": "dark", "futureMember": [null]}},
				"nickname": {"title": "Nickname", "type": "string", "default": null},
				"plain": {"title": "Plain", "type": "string"}}}}}`),
			check: func(t *testing.T, got any) {
				props := got.(*UserSchema).Definitions.Custom.Properties
				want := map[string]string{"country": `"US"`, "vip": `false`, "seats": `9007199254740993`, "ratio": `0.25`,
					"tags": `["a", "b"]`, "prefs": `{"theme": "dark", "futureMember": [null]}`, "plain": ``}
				for name, w := range want {
					if got := string(props[name].Default); got != w {
						t.Errorf("%s: default = %s, want %s", name, got, w)
					}
				}
				// A null default is not a value: it is kept as sent, in the field or in Extra.
				if p := props["nickname"]; string(p.Default) != "null" && string(p.Extra["default"]) != "null" {
					t.Errorf("nickname: the null default is lost: %+v", p)
				}
			},
		},
		{
			name: "AgentPools.List _links", op: "listAgentPools",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.AgentPools.List(ctx, nil)
			},
			method: http.MethodGet, path: "/api/v1/agentPools",
			response: []byte(`[{"id": "0oa1", "name": "AD pool", "type": "AD", "operationalStatus": "OPERATIONAL", "disruptedAgents": 0,
				"inactiveAgents": 1, "agents": [], "futureMember": "x",
				"_links": {"self": {"href": "https://test.okta.com/api/v1/agentPools/0oa1", "hints": {"allow": ["GET"]}}}}]`),
			check: func(t *testing.T, got any) {
				if p := got.([]AgentPool); p[0].Links.Href("self") != "https://test.okta.com/api/v1/agentPools/0oa1" {
					t.Errorf("self = %q", p[0].Links.Href("self"))
				}
			},
		},
		{
			// The description names the links of an API token "_link"; Okta sends "_links" (a recorded token).
			name: "APITokens.Get _links", op: "getApiToken", ids: []string{"00T1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APITokens.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/api-tokens/00T1",
			response: firstPayload(t, "api_tokens", "getApiToken", "test_"),
			check: func(t *testing.T, got any) {
				tok := got.(*APIToken)
				if tok.Links.Href("self") == "" {
					t.Errorf("no self link: %+v", tok.Links)
				}
				if _, ok := tok.Extra["_link"]; ok {
					t.Error(`Okta sent "_link"`)
				}
			},
		},
	}
	runAPICalls(t, calls)
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestSchemaCurrentMiscRoundTrip decodes and encodes each type that gained members on its own, with members the
// SDK does not model.
func TestSchemaCurrentMiscRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		raw  string
		dec  func(t *testing.T, raw []byte) any
		want any
	}{
		{"EmailDomainResponseWithEmbedded", `{"id": "OeD1", "validationSubdomain": "mail", "x": 1}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EmailDomainResponseWithEmbedded](t, raw) },
			EmailDomainResponseWithEmbedded{ID: "OeD1", ValidationSubdomain: "mail", Extra: Extra{"x": json.RawMessage(`1`)}}},
		{"EmailServerResponse", `{"id": "ces1", "authType": "OAUTH2_JWT_BEARER_GRANT", "x": 1}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EmailServerResponse](t, raw) },
			EmailServerResponse{ID: "ces1", AuthType: SMTPAuthTypeOAuth2JWTBearerGrant, Extra: Extra{"x": json.RawMessage(`1`)}}},
		{"EmailTestAddresses", `{"fromAddress": "sender@host.com", "toAddress": "receiver@host.com"}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EmailTestAddresses](t, raw) },
			EmailTestAddresses{FromAddress: "sender@host.com", ToAddress: "receiver@host.com"}},
		{"EmailTestAddresses 5.1.0", `{"from": "sender@host.com", "to": "receiver@host.com"}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EmailTestAddresses](t, raw) },
			EmailTestAddresses{From: "sender@host.com", To: "receiver@host.com"}},
		{"EventSubscriptions", `{"type": "EVENT_TYPE", "items": ["a"], "filter": {"type": "EXPRESSION_LANGUAGE", "eventFilterMap":
			[{"event": "a", "condition": {"expression": "true", "version": "1"}}]}}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EventSubscriptions](t, raw) },
			EventSubscriptions{Type: EventSubscriptionTypeEventType, Items: []string{"a"}, Filter: &EventHookFilters{
				Type: EventHookFilterTypeExpressionLanguage, EventFilterMap: []EventHookFilterMapObject{
					{Event: "a", Condition: &EventHookFilterMapObjectCondition{Expression: "true", Version: "1"}}}}}},
		{"EventSubscriptions null filter", `{"type": "EVENT_TYPE", "items": ["a"], "filter": null}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[EventSubscriptions](t, raw) },
			EventSubscriptions{Type: EventSubscriptionTypeEventType, Items: []string{"a"}, Extra: Extra{"filter": json.RawMessage(`null`)}}},
		{"GovernanceBundle", `{"id": "enbl1", "description": "d"}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[GovernanceBundle](t, raw) },
			GovernanceBundle{ID: "enbl1", Description: "d"}},
		{"BundleEntitlement", `{"id": "irl1", "description": "d"}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[BundleEntitlement](t, raw) },
			BundleEntitlement{ID: "irl1", Description: "d"}},
		{"ResourceSetResource", `{"id": "ire1", "orn": "orn:okta:directory:00o1:groups", "conditions": {"Exclude": {"okta:ORN": ["o"], "x": 1}}}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[ResourceSetResource](t, raw) },
			ResourceSetResource{ID: "ire1", ORN: "orn:okta:directory:00o1:groups", Conditions: &ResourceConditions{
				Exclude: &ResourceConditionsExclude{ORNs: []string{"o"}, Extra: Extra{"x": json.RawMessage(`1`)}}}}},
		{"UpdateUserRequest", `{"type": {"id": "oty1"}}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[UpdateUserRequest](t, raw) },
			UpdateUserRequest{Type: &UserTypeRef{ID: "oty1"}}},
		{"UserSchemaAttribute", `{"type": "object", "default": {"a": [1, 2.50, "x"]}}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[UserSchemaAttribute](t, raw) },
			UserSchemaAttribute{Type: "object", Default: json.RawMessage(`{"a": [1, 2.50, "x"]}`)}},
		{"AgentPool", `{"id": "0oa1", "_links": {"self": {"href": "h"}}}`,
			func(t *testing.T, raw []byte) any { return assertRoundTrip[AgentPool](t, raw) },
			AgentPool{ID: "0oa1", Links: Links{"self": json.RawMessage(`{"href": "h"}`)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := tc.dec(t, []byte(tc.raw))
			if diff := gocmp.Diff(tc.want, got, gocmp.Transformer("raw", compactRaw)); diff != "" {
				t.Errorf("decoded (-want +got):\n%s", diff)
			}
		})
	}
}

// compactRaw compares raw JSON values without their insignificant spaces.
func compactRaw(m json.RawMessage) string {
	var v any
	if err := json.Unmarshal(m, &v); err != nil {
		return string(m)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// TestResourceSetResourceReplaceRequestCopies checks that the request ReplaceRequest returns carries the
// resource's conditions and that changing them leaves the resource as it is.
func TestResourceSetResourceReplaceRequestCopies(t *testing.T) {
	t.Parallel()
	r := &ResourceSetResource{ID: "ire1", ORN: "orn:okta:idp:00o1:apps", Conditions: &ResourceConditions{
		Exclude: &ResourceConditionsExclude{ORNs: []string{"orn:okta:idp:00o1:apps:salesforce"}}}}
	req, err := r.ReplaceRequest()
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"conditions": {"Exclude": {"okta:ORN": ["orn:okta:idp:00o1:apps:salesforce"]}}}`, string(body))
	req.Conditions.Exclude.ORNs[0] = "changed"
	if got := r.Conditions.Exclude.ORNs[0]; got != "orn:okta:idp:00o1:apps:salesforce" {
		t.Errorf("the resource's conditions changed: %s", got)
	}
	empty, err := (&ResourceSetResource{ID: "ire2"}).ReplaceRequest()
	if err != nil || empty.Conditions != nil {
		t.Errorf("ReplaceRequest without conditions = %+v, %v", empty, err)
	}
}

// TestEmailServersGetEnvelopeNotOne checks that Get fails when the envelope Okta answers with does not hold
// exactly one server, whether it is empty, null or holds two.
func TestEmailServersGetEnvelopeNotOne(t *testing.T) {
	t.Parallel()
	for _, body := range []string{`{"email-servers": []}`, `{"email-servers": null}`,
		`{"email-servers": [{"id": "ces1"}, {"id": "ces2"}]}`} {
		t.Run(body, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			mux.HandleFunc("GET /api/v1/email-servers/ces1", func(w http.ResponseWriter, r *http.Request) {
				serveJSON(w, http.StatusOK, []byte(body))
			})
			s, resp, err := c.EmailServers.Get(t.Context(), "ces1")
			if err == nil || s != nil || resp == nil {
				t.Errorf("Get = %+v, %v, %v; want an error and the response", s, resp, err)
			}
		})
	}
}
