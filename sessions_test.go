package okta

import (
	"context"
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestSessionsMethods(t *testing.T) {
	t.Parallel()
	session := string(fixture(t, "sessions/getSession/example.mfa_session.json"))
	runAPICalls(t, []apiCall{
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Sessions.Create(ctx, &CreateSessionRequest{SessionToken: "20111h0f3ZjxRGWR5T-hQhpkXQt"})
			},
			method: http.MethodPost, path: "/api/v1/sessions",
			body:     `{"sessionToken": "20111h0f3ZjxRGWR5T-hQhpkXQt"}`,
			response: []byte(string(fixture(t, "sessions/createSession/example.password_session.json"))),
			check: func(t *testing.T, got any) {
				s := got.(*Session)
				if s.ID != "102Ym0dyd0eQ1yvJxzCo2LmXg" || !s.LastFactorVerification.IsZero() || s.Extra["lastFactorVerification"] == nil {
					t.Errorf("session = %+v", s)
				}
			},
		},
		{
			name: "Get", ids: []string{"102/GAL"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Sessions.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/sessions/102%2FGAL", response: []byte(session),
			check: func(t *testing.T, got any) {
				s := got.(*Session)
				want := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
				if s.Status != SessionStatusActive || !s.ExpiresAt.Equal(want) || s.IdP.Type != SessionIdentityProviderTypeOkta ||
					!slices.Equal(s.Amr, []SessionAuthenticationMethod{SessionAuthenticationMethodPassword, SessionAuthenticationMethodMultiFactor, SessionAuthenticationMethodOneTimePass}) ||
					s.Links.Href("refresh") == "" || s.Extra["mfaActive"] == nil {
					t.Errorf("session = %+v", s)
				}
			},
		},
		{
			name: "Revoke", ids: []string{"102 GAL"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Sessions.Revoke(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/sessions/102%20GAL", status: http.StatusNoContent,
		},
		{
			name: "Refresh", ids: []string{"102?GAL"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Sessions.Refresh(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/sessions/102%3FGAL/lifecycle/refresh", response: []byte(session),
		},
	})
}

func TestSessionsRecorded(t *testing.T) {
	t.Parallel()
	session := func(t *testing.T, raw []byte) { assertRoundTrip[*Session](t, raw) }
	checkRecordedPayloads(t, "sessions", map[string]func(*testing.T, []byte){
		"createSession": session,
		"getSession":    session,
	})
}
