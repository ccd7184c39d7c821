package okta

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

func TestIdentitySourcesMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "identity_sources", op, "identity_source.")) }
	const src, srcEsc, sess, sessEsc = "0oa/src", "0oa%2Fsrc", "aps 1", "aps%201"
	upsert := &BulkUpsertRequest{EntityType: "USERS", Profiles: []BulkUpsertProfile{{
		ExternalID: "EXT123456784C2IFA",
		Profile: &IdentitySourceUserProfileForUpsert{
			UserName: "isaac.brock@example.com", FirstName: "Isaac", LastName: "Brock", Email: "isaac.brock@example.com",
			MobilePhone: "555-415-1337", HomeAddress: "Portland, OR",
		},
	}}}
	upsert.Profiles[0].Profile.Extra.Set("secondEmail", nil)
	upsert.Profiles[0].Profile.Extra.Set("employeeNumber", "1234")
	calls := []apiCall{
		{
			op: "listIdentitySourceSessions", ids: []string{src},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.ListSessions(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/identity-sources/" + srcEsc + "/sessions", response: []byte(recorded("listIdentitySourceSessions")),
		},
		{
			op: "createIdentitySourceSession", ids: []string{src},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.CreateSession(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/identity-sources/" + srcEsc + "/sessions",
			status: http.StatusCreated, response: []byte(recorded("createIdentitySourceSession")),
			check: func(t *testing.T, got any) {
				if s := got.(*IdentitySourceSession); s.Status != IdentitySourceSessionStatusCreated || s.ImportType != "INCREMENTAL" {
					t.Errorf("session = %+v", s)
				}
			},
		},
		{
			op: "getIdentitySourceSession", ids: []string{src, sess},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.GetSession(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/identity-sources/" + srcEsc + "/sessions/" + sessEsc, response: []byte(recorded("getIdentitySourceSession")),
		},
		{
			op: "deleteIdentitySourceSession", ids: []string{src, sess},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.DeleteSession(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/identity-sources/" + srcEsc + "/sessions/" + sessEsc, status: http.StatusNoContent,
		},
		{
			op: "uploadIdentitySourceDataForDelete", ids: []string{src, sess},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadDataForDelete(ctx, ids[0], ids[1], &BulkDeleteRequest{
					EntityType: "USERS", Profiles: []IdentitySourceUserProfileForDelete{{ExternalID: "EXT123456784C2IFA"}, {ExternalID: "EXT123456784C2IFB"}},
				}))
			},
			method: http.MethodPost, path: "/api/v1/identity-sources/" + srcEsc + "/sessions/" + sessEsc + "/bulk-delete",
			body:   string(fixture(t, "identity_sources/requests/uploadIdentitySourceDataForDelete.sample.json")),
			status: http.StatusAccepted,
		},
		{
			op: "uploadIdentitySourceDataForUpsert", ids: []string{src, sess},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadDataForUpsert(ctx, ids[0], ids[1], upsert))
			},
			method: http.MethodPost, path: "/api/v1/identity-sources/" + srcEsc + "/sessions/" + sessEsc + "/bulk-upsert",
			body:   string(fixture(t, "identity_sources/requests/uploadIdentitySourceDataForUpsert.sample.json")),
			status: http.StatusAccepted,
		},
		{
			op: "startImportFromIdentitySource", ids: []string{src, sess},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.StartImport(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: "/api/v1/identity-sources/" + srcEsc + "/sessions/" + sessEsc + "/start-import",
			response: firstPayload(t, "identity_sources", "startImportFromIdentitySource", "sample."),
			check: func(t *testing.T, got any) {
				if s := got.(*IdentitySourceSession); s.Status != IdentitySourceSessionStatusTriggered {
					t.Errorf("session = %+v", s)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "IdentitySource")
	runAPICalls(t, calls)
}

// TestIdentitySourceSessionAnswers serves the answers CreateSession, GetSession and StartImport accept: the
// session (as Okta sends it), a list of sessions (as the spec's examples show), and nothing.
func TestIdentitySourceSessionAnswers(t *testing.T) {
	t.Parallel()
	one := `{"id": "aps1", "identitySourceId": "0oa1", "status": "TRIGGERED", "importType": "INCREMENTAL", "created": "2022-04-04T15:56:05.000Z"}`
	cases := []struct {
		name, body string
		wantID     string // "" for no session
		wantErr    string
	}{
		{"object", one, "aps1", ""},
		{"list", `[` + one + `, {"id": "aps2"}]`, "aps1", ""},
		{"empty list", `[]`, "", ""},
		{"no body", ``, "", ""},
		{"not JSON", `<html>`, "", "decoding the identity source session"},
		{"bad list", `[1]`, "", "decoding the identity source sessions"},
	}
	calls := map[string]func(ctx context.Context, c *Client) (*IdentitySourceSession, *Response, error){
		"CreateSession": func(ctx context.Context, c *Client) (*IdentitySourceSession, *Response, error) {
			return c.IdentitySources.CreateSession(ctx, "0oa1")
		},
		"GetSession": func(ctx context.Context, c *Client) (*IdentitySourceSession, *Response, error) {
			return c.IdentitySources.GetSession(ctx, "0oa1", "aps1")
		},
		"StartImport": func(ctx context.Context, c *Client) (*IdentitySourceSession, *Response, error) {
			return c.IdentitySources.StartImport(ctx, "0oa1", "aps1")
		},
	}
	for method, call := range calls {
		for _, tc := range cases {
			t.Run(method+"/"+tc.name, func(t *testing.T) {
				t.Parallel()
				c, mux := setup(t)
				mux.HandleFunc("/api/v1/identity-sources/", func(w http.ResponseWriter, r *http.Request) {
					serveJSON(w, http.StatusOK, []byte(tc.body))
				})
				s, resp, err := call(t.Context(), c)
				if resp == nil || resp.StatusCode != http.StatusOK {
					t.Errorf("response = %v", resp)
				}
				switch {
				case tc.wantErr != "":
					if err == nil || !strings.Contains(err.Error(), tc.wantErr) || s != nil {
						t.Errorf("session, error = %v, %v; want an error about %q", s, err, tc.wantErr)
					}
				case err != nil:
					t.Fatal(err)
				case tc.wantID == "" && s != nil, tc.wantID != "" && (s == nil || s.ID != tc.wantID):
					t.Errorf("session = %+v, want ID %q", s, tc.wantID)
				}
			})
		}
	}
}

func TestIdentitySourcesPayloads(t *testing.T) {
	t.Parallel()
	// The spec's examples of createIdentitySourceSession, getIdentitySourceSession and
	// startImportFromIdentitySource are lists; Okta answered with one session.
	session := func(t *testing.T, raw []byte) {
		if raw[0] == '[' {
			assertRoundTrip[[]IdentitySourceSession](t, raw)
			return
		}
		assertRoundTrip[*IdentitySourceSession](t, raw)
	}
	request := func(t *testing.T, raw []byte) {
		if strings.Contains(string(raw), `"profile"`) {
			b := assertRoundTrip[*BulkUpsertRequest](t, raw)
			if p := b.Profiles[0]; p.ExternalID == "" || p.Profile.UserName == "" || p.Profile.Extra["employeeNumber"] == nil {
				t.Errorf("upsert profile = %+v", p)
			}
			return
		}
		if b := assertRoundTrip[*BulkDeleteRequest](t, raw); b.Profiles[0].ExternalID == "" {
			t.Errorf("delete body = %+v", b)
		}
	}
	checkRecordedPayloads(t, "identity_sources", map[string]func(*testing.T, []byte){
		"listIdentitySourceSessions":                 func(t *testing.T, raw []byte) { assertRoundTrip[[]IdentitySourceSession](t, raw) },
		"createIdentitySourceSession":                session,
		"getIdentitySourceSession":                   session,
		"startImportFromIdentitySource":              session,
		"requests/uploadIdentitySourceDataForDelete": request,
		"requests/uploadIdentitySourceDataForUpsert": request,
	})
}
