package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestTrustedOriginsMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "trusted_origins", op, "trusted_origins.")) }
	origin := &TrustedOrigin{
		Name: "Embedding portal", Origin: "https://portal.example.com",
		Scopes: []TrustedOriginScope{
			{Type: TrustedOriginScopeTypeCORS},
			{Type: TrustedOriginScopeTypeIframeEmbed, AllowedOktaApps: []IframeEmbedScopeAllowedApps{IframeEmbedScopeAllowedAppsOktaEndUser}},
		},
	}
	originJSON := `{"name": "Embedding portal", "origin": "https://portal.example.com",
		"scopes": [{"type": "CORS"}, {"type": "IFRAME_EMBED", "allowedOktaApps": ["OKTA_ENDUSER"]}]}`
	const id, esc = "tos 1", "tos%201"
	calls := []apiCall{
		{
			op: "listTrustedOrigins",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.TrustedOrigins.List(ctx, &TrustedOriginsListOptions{Q: "My", Filter: `status eq "ACTIVE"`, After: "c1", Limit: 2})
			},
			method: http.MethodGet, path: "/api/v1/trustedOrigins",
			query:    map[string]string{"q": "My", "filter": `status eq "ACTIVE"`, "after": "c1", "limit": "2"},
			response: []byte(recorded("listTrustedOrigins")),
			check: func(t *testing.T, got any) {
				origins := got.([]TrustedOrigin)
				if len(origins) != 2 || origins[0].Scopes[1].Type != TrustedOriginScopeTypeRedirect || origins[1].Origin != "http://example.com" {
					t.Errorf("origins = %+v", origins)
				}
			},
		},
		{
			op: "createTrustedOrigin",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.TrustedOrigins.Create(ctx, origin)
			},
			method: http.MethodPost, path: "/api/v1/trustedOrigins", body: originJSON,
			response: firstPayload(t, "trusted_origins", "createTrustedOrigin", "sample."),
			check: func(t *testing.T, got any) {
				o := got.(*TrustedOrigin)
				if o.Status != LifecycleStatusActive || len(o.Scopes[1].AllowedOktaApps) != 1 {
					t.Errorf("origin = %+v", o)
				}
			},
		},
		{
			op: "getTrustedOrigin", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.TrustedOrigins.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/trustedOrigins/" + esc, response: []byte(recorded("getTrustedOrigin")),
		},
		{
			op: "replaceTrustedOrigin", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.TrustedOrigins.Replace(ctx, ids[0], origin)
			},
			method: http.MethodPut, path: "/api/v1/trustedOrigins/" + esc, body: originJSON, response: []byte(recorded("replaceTrustedOrigin")),
		},
		{
			op: "deleteTrustedOrigin", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.TrustedOrigins.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/trustedOrigins/" + esc, status: http.StatusNoContent,
		},
		{
			op: "activateTrustedOrigin", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.TrustedOrigins.Activate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/trustedOrigins/" + esc + "/lifecycle/activate", response: []byte(recorded("activateTrustedOrigin")),
		},
		{
			op: "deactivateTrustedOrigin", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.TrustedOrigins.Deactivate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/trustedOrigins/" + esc + "/lifecycle/deactivate", response: []byte(recorded("deactivateTrustedOrigin")),
			check: func(t *testing.T, got any) {
				if o := got.(*TrustedOrigin); o.Status != LifecycleStatusInactive {
					t.Errorf("status = %s", o.Status)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "TrustedOrigin")
	runAPICalls(t, calls)
}

func TestTrustedOriginsIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/trustedOrigins", query: map[string]string{"q": "My", "limit": "1"},
		first: `[{"id": "tos1"}]`, second: `[{"id": "tos2"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.TrustedOrigins.ListIter(ctx, &TrustedOriginsListOptions{Q: "My", Limit: 1}))
		},
	}})
}

func TestTrustedOriginsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*TrustedOrigin](t, raw) }
	checkRecordedPayloads(t, "trusted_origins", map[string]func(*testing.T, []byte){
		"listTrustedOrigins":      func(t *testing.T, raw []byte) { assertRoundTrip[[]TrustedOrigin](t, raw) },
		"createTrustedOrigin":     one,
		"getTrustedOrigin":        one,
		"replaceTrustedOrigin":    one,
		"activateTrustedOrigin":   one,
		"deactivateTrustedOrigin": one,
	})
}

func TestTrustedOriginsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "trusted_origins", []apiCall{
		{op: "getTrustedOrigin", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.TrustedOrigins.Get(ctx, "tossfhf8014DDNfTi4x6")
		}},
	})
}
