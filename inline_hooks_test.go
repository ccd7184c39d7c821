package okta

import (
	"context"
	"net/http"
	"testing"
)

// Nothing was recorded for the inline hook operations: testdata/inline_hooks holds spec-shaped samples (see
// its README), an HTTP channel and the two kinds of OAuth channel.

func TestInlineHooksMethods(t *testing.T) {
	t.Parallel()
	sample := func(op string) string { return string(firstPayload(t, "inline_hooks", op, "sample.")) }
	httpHook := &InlineHook{
		Name: "Token hook", Type: InlineHookTypeOAuth2TokensTransform, Version: "1.0.0",
		Channel: &InlineHookChannel{Type: InlineHookChannelTypeHTTP, Version: "1.0.0", Config: &InlineHookChannelConfig{
			URI: "https://example.com/hooks/token", Method: "POST",
			Headers:    []InlineHookChannelConfigHeaders{{Key: "X-Other-Header", Value: "my-header-value"}},
			AuthScheme: &InlineHookChannelConfigAuthScheme{Type: "HEADER", Key: "Authorization", Value: "s3cr3t"},
		}},
	}
	httpHookJSON := `{"name": "Token hook", "type": "com.okta.oauth2.tokens.transform", "version": "1.0.0",
		"channel": {"type": "HTTP", "version": "1.0.0", "config": {"uri": "https://example.com/hooks/token", "method": "POST",
		"headers": [{"key": "X-Other-Header", "value": "my-header-value"}], "authScheme": {"type": "HEADER", "key": "Authorization", "value": "s3cr3t"}}}}`
	oauthHook := &InlineHook{
		Name: "Registration hook", Type: InlineHookTypeUserPreRegistration, Version: "1.0.0",
		Channel: &InlineHookChannel{Type: InlineHookChannelTypeOAuth, Version: "1.0.0", Config: &InlineHookChannelConfig{
			URI: "https://example.com/hooks/registration", Method: "POST", AuthType: "client_secret_post",
			ClientID: "0oa1clienthook", ClientSecret: "client-s3cr3t", Scope: "api:hooks", TokenURL: "https://example.com/oauth2/default/v1/token",
		}},
	}
	oauthHookJSON := `{"name": "Registration hook", "type": "com.okta.user.pre-registration", "version": "1.0.0",
		"channel": {"type": "OAUTH", "version": "1.0.0", "config": {"uri": "https://example.com/hooks/registration", "method": "POST",
		"authType": "client_secret_post", "clientId": "0oa1clienthook", "clientSecret": "client-s3cr3t", "scope": "api:hooks",
		"tokenUrl": "https://example.com/oauth2/default/v1/token"}}}`
	payload := InlineHookPayload{
		"source": "https://test.okta.com/oauth2/default/v1/authorize", "eventType": "com.okta.oauth2.tokens.transform",
		"data": map[string]any{"context": map[string]any{"protocol": map[string]any{"type": "OAUTH2.0"}}},
	}
	payloadJSON := `{"source": "https://test.okta.com/oauth2/default/v1/authorize", "eventType": "com.okta.oauth2.tokens.transform",
		"data": {"context": {"protocol": {"type": "OAUTH2.0"}}}}`
	const id, esc = "cal/1", "cal%2F1"
	calls := []apiCall{
		{
			op: "listInlineHooks",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.InlineHooks.List(ctx, &InlineHooksListOptions{Type: InlineHookTypeImportTransform})
			},
			method: http.MethodGet, path: "/api/v1/inlineHooks", query: map[string]string{"type": "com.okta.import.transform"},
			response: []byte(sample("listInlineHooks")),
			check: func(t *testing.T, got any) {
				hooks := got.([]InlineHook)
				if len(hooks) != 3 || hooks[1].Channel.Type != InlineHookChannelTypeOAuth || hooks[2].Channel.Config.HookKeyID != "HKY1p7jWLndGQV9M60g4" {
					t.Errorf("hooks = %+v", hooks)
				}
			},
		},
		{
			op: "createInlineHook",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.InlineHooks.Create(ctx, httpHook)
			},
			method: http.MethodPost, path: "/api/v1/inlineHooks", body: httpHookJSON, response: []byte(sample("createInlineHook")),
		},
		{
			op: "getInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/inlineHooks/" + esc, response: []byte(sample("getInlineHook")),
		},
		{
			op: "updateInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Update(ctx, ids[0], &InlineHook{Name: "Renamed hook"})
			},
			method: http.MethodPost, path: "/api/v1/inlineHooks/" + esc, body: `{"name":"Renamed hook"}`, response: []byte(sample("replaceInlineHook")),
		},
		{
			op: "replaceInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Replace(ctx, ids[0], oauthHook)
			},
			method: http.MethodPut, path: "/api/v1/inlineHooks/" + esc, body: oauthHookJSON, response: []byte(sample("replaceInlineHook")),
		},
		{
			op: "deleteInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.InlineHooks.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/inlineHooks/" + esc, status: http.StatusNoContent,
		},
		{
			op: "executeInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Execute(ctx, ids[0], payload)
			},
			method: http.MethodPost, path: "/api/v1/inlineHooks/" + esc + "/execute", body: payloadJSON, response: []byte(sample("executeInlineHook")),
			check: func(t *testing.T, got any) {
				r := got.(*InlineHookResponse)
				if len(r.Commands) != 2 || r.Commands[0].Value[0].Value != "1234" {
					t.Fatalf("response = %+v", r)
				}
				// A value that is not a string stays in Extra.
				var groups []string
				if ok, err := r.Commands[1].Value[1].Extra.Get("value", &groups); !ok || err != nil || len(groups) != 2 {
					t.Errorf("non-string value = %v (%v, %v)", groups, ok, err)
				}
			},
		},
		{
			op: "activateInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Activate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/inlineHooks/" + esc + "/lifecycle/activate", response: []byte(sample("activateInlineHook")),
		},
		{
			op: "deactivateInlineHook", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.InlineHooks.Deactivate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/inlineHooks/" + esc + "/lifecycle/deactivate", response: []byte(sample("deactivateInlineHook")),
			check: func(t *testing.T, got any) {
				if h := got.(*InlineHook); h.Status != InlineHookStatusInactive {
					t.Errorf("status = %s", h.Status)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "InlineHook")
	checkCalledCurrentOperations(t, calls, "InlineHook")
	runAPICalls(t, calls)
}

func TestInlineHooksPayloads(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*InlineHook](t, raw) }
	checkRecordedPayloads(t, "inline_hooks", map[string]func(*testing.T, []byte){
		"listInlineHooks":      func(t *testing.T, raw []byte) { assertRoundTrip[[]InlineHook](t, raw) },
		"createInlineHook":     one,
		"getInlineHook":        one,
		"replaceInlineHook":    one,
		"activateInlineHook":   one,
		"deactivateInlineHook": one,
		"executeInlineHook":    func(t *testing.T, raw []byte) { assertRoundTrip[*InlineHookResponse](t, raw) },
	})
}
