package okta

import (
	"context"
	"net/http"
	"testing"
)

// TestSchemaCurrentAPITokenReplace checks that the read-only members Okta's current description lists in the
// body of upsertApiToken are sent when set, as in its example, and that ReplaceRequest still leaves them out.
func TestSchemaCurrentAPITokenReplace(t *testing.T) {
	t.Parallel()
	token := fixture(t, "api_tokens/getApiToken/test_comprehensive_token_operations.2.json")
	var tok APIToken
	if err := decodeJSON(token, &tok); err != nil {
		t.Fatal(err)
	}
	runAPICalls(t, []apiCall{
		{
			name: "Replace with the read-only members", op: "upsertApiToken", ids: []string{"00T1f3w86v9h8o1VZ1d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				req := tok.ReplaceRequest()
				req.Network = &APITokenNetwork{Connection: "ZONE", Include: []string{"nzo1"}}
				req.ClientName, req.Created = tok.ClientName, tok.Created
				return c.APITokens.Replace(ctx, ids[0], req)
			},
			method: http.MethodPut, path: "/api/v1/api-tokens/00T1f3w86v9h8o1VZ1d7",
			body: `{"name": "Aditya's Token", "clientName": "Okta API", "userId": "00uq3v4l71WsFPInE1d7",
				"network": {"connection": "ZONE", "include": ["nzo1"]}, "created": "2025-09-16T05:34:42Z"}`,
			response: token,
		},
		{
			name: "Replace leaves unset read-only members out", op: "upsertApiToken", ids: []string{"00T1f3w86v9h8o1VZ1d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APITokens.Replace(ctx, ids[0], tok.ReplaceRequest())
			},
			method: http.MethodPut, path: "/api/v1/api-tokens/00T1f3w86v9h8o1VZ1d7",
			body:     `{"name": "Aditya's Token", "userId": "00uq3v4l71WsFPInE1d7", "network": {"connection": "ANYWHERE"}}`,
			response: token,
		},
	})
}
