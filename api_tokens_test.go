package okta

import (
	"context"
	"net/http"
	"testing"
	"time"
)

func TestAPITokensMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.APITokens.List(ctx, &APITokensListOptions{After: "00T0", Limit: 3, Q: "Okta API"})
			},
			method: http.MethodGet, path: "/api/v1/api-tokens",
			query:    map[string]string{"after": "00T0", "limit": "3", "q": "Okta API"},
			response: []byte(string(fixture(t, "api_tokens/listApiTokens/test_comprehensive_token_operations.0.json"))),
			check: func(t *testing.T, got any) {
				ts := got.([]APIToken)
				if len(ts) < 3 || ts[0].TokenWindow != "" || ts[0].Extra["tokenWindow"] == nil || ts[0].Network.Connection != "ANYWHERE" ||
					ts[0].Links.Href("user") == "" {
					t.Errorf("tokens = %+v", ts)
				}
			},
		},
		{
			name: "RevokeCurrent",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.APITokens.RevokeCurrent(ctx))
			},
			method: http.MethodDelete, path: "/api/v1/api-tokens/current", status: http.StatusNoContent,
		},
		{
			name: "Get", ids: []string{"00T/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APITokens.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/api-tokens/00T%2F1",
			response: []byte(string(fixture(t, "api_tokens/getApiToken/test_comprehensive_token_operations.2.json"))),
			check: func(t *testing.T, got any) {
				tok := got.(*APIToken)
				if tok.Name != "Aditya's Token" || tok.TokenWindow != "P30D" || !tok.ExpiresAt.Equal(time.Date(2025, 10, 16, 5, 34, 42, 0, time.UTC)) {
					t.Errorf("token = %+v", tok)
				}
			},
		},
		{
			name: "Get cannot reach current", ids: []string{"../current"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APITokens.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/api-tokens/..%2Fcurrent",
			response: []byte(string(fixture(t, "api_tokens/getApiToken/spec.GetApiToken.json"))),
		},
		{
			name: "Revoke", ids: []string{"00T 1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.APITokens.Revoke(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/api-tokens/00T%201", status: http.StatusNoContent,
		},
	})
}

func TestAPITokensListIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/api-tokens", query: map[string]string{"limit": "2"},
		first: `[{"id": "00T1"}, {"id": "00T2"}]`, second: `[{"id": "00T3"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.APITokens.ListIter(ctx, &APITokensListOptions{Limit: 2}))
		},
	}})
}

func TestAPITokensRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "api_tokens", map[string]func(*testing.T, []byte){
		"listApiTokens": func(t *testing.T, raw []byte) { assertRoundTrip[[]APIToken](t, raw) },
		"getApiToken":   func(t *testing.T, raw []byte) { assertRoundTrip[*APIToken](t, raw) },
	})
}

func TestAPITokensRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "api_tokens", []apiCall{
		{op: "getApiToken",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.APITokens.Get(ctx, "invalid-id")
			}},
		{op: "revokeApiToken",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.APITokens.Revoke(ctx, "00Tinvalid9999999999"))
			}},
	})
}

func TestAPITokensReplace(t *testing.T) {
	t.Parallel()
	token := fixture(t, "api_tokens/getApiToken/test_comprehensive_token_operations.2.json")
	calls := []apiCall{{
		op: "upsertApiToken", ids: []string{"00T/1"}, method: http.MethodPut, path: "/api/v1/api-tokens/00T%2F1",
		// The spec's example request, without its read-only members.
		body:     `{"name":"api_token_name","userId":"00uabcdefg1234567890","network":{"connection":"ZONE","include":["nzo1"]}}`,
		response: token,
		call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return c.APITokens.Replace(ctx, ids[0], &ReplaceAPITokenRequest{
				Name: "api_token_name", UserID: "00uabcdefg1234567890", Network: &APITokenNetwork{Connection: "ZONE", Include: []string{"nzo1"}},
			})
		},
	}}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "ApiToken")

	// What Get returns converts to the body: its writable members, none of the read-only ones.
	var tok APIToken
	if err := decodeJSON(token, &tok); err != nil {
		t.Fatal(err)
	}
	req := tok.ReplaceRequest()
	if req.Name != tok.Name || req.UserID != tok.UserID || req.Network != tok.Network || len(req.Extra) != 0 {
		t.Errorf("ReplaceRequest() = %+v", req)
	}
	assertRoundTrip[*ReplaceAPITokenRequest](t, []byte(`{"name":"n","network":{"connection":"ANYWHERE","future":1},"clientName":"c"}`))
}
