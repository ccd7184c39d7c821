package okta

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestClientDo(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"limit": "2", "search": `profile.department eq "R&D"`})
		if got := r.Header.Get("Authorization"); got != "SSWS "+testToken {
			t.Errorf("Authorization = %q", got)
		}
		w.Header().Set("Link", `<`+"http://"+r.Host+`/api/v1/users?after=00u2&limit=2>; rel="next"`)
		serveJSON(w, http.StatusOK, []byte(`[{"id":"00u1","profile":{"login":"a@example.com","costCenter":"7","shoeSize":42}}]`))
	})
	mux.HandleFunc("POST /api/v1/users/{id}/lifecycle/activate", func(w http.ResponseWriter, r *http.Request) {
		if got := r.PathValue("id"); got != "a/b" {
			t.Errorf("id = %q, want the escaped slash kept in one segment", got)
		}
		testQuery(t, r, map[string]string{"sendEmail": "false"})
		serveJSON(w, http.StatusOK, []byte(`{"activationToken":"tok"}`))
	})
	mux.HandleFunc("POST /api/v1/groups", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"profile":{"name":"eng"}}`)
		serveJSON(w, http.StatusOK, []byte(`{"id":"00g1","profile":{"name":"eng"}}`))
	})
	mux.HandleFunc("PUT /api/v1/custom/thing", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"raw":true}`)
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /api/v1/missing", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusNotFound, []byte(`{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: missing (User)","errorLink":"E0000007","errorId":"oae1","errorCauses":[]}`))
	})

	ctx := t.Context()
	t.Run("GET into models, with the next page", func(t *testing.T) {
		var users []User
		resp, err := c.Do(ctx, "get", "/api/v1/users?limit=2&search=profile.department+eq+%22R%26D%22", nil, &users)
		if err != nil {
			t.Fatal(err)
		}
		if len(users) != 1 || users[0].ID != "00u1" || users[0].Profile.CostCenter != "7" || string(users[0].Profile.Extra["shoeSize"]) != "42" {
			t.Errorf("users = %+v", users)
		}
		if !resp.HasNextPage() || resp.After != "00u2" {
			t.Errorf("HasNextPage = %v, After = %q", resp.HasNextPage(), resp.After)
		}
	})
	t.Run("POST with an escaped ID and a query, into a map", func(t *testing.T) {
		var out map[string]any
		if _, err := c.Do(ctx, http.MethodPost, "/api/v1/users/a%2Fb/lifecycle/activate?sendEmail=false", nil, &out); err != nil {
			t.Fatal(err)
		}
		if diff := gocmp.Diff(map[string]any{"activationToken": "tok"}, out); diff != "" {
			t.Errorf("out (-want +got):\n%s", diff)
		}
	})
	t.Run("a JSON body from a struct, raw bytes out", func(t *testing.T) {
		var raw []byte
		body := map[string]any{"profile": map[string]string{"name": "eng"}}
		if _, err := c.Do(ctx, http.MethodPost, "/api/v1/groups", body, &raw); err != nil {
			t.Fatal(err)
		}
		assertJSONEqual(t, `{"id":"00g1","profile":{"name":"eng"}}`, string(raw))
	})
	t.Run("a body of JSON bytes, no result", func(t *testing.T) {
		resp, err := c.Do(ctx, http.MethodPut, "/api/v1/custom/thing", []byte(`{"raw":true}`), nil)
		if err != nil || resp.StatusCode != http.StatusNoContent {
			t.Fatalf("resp = %v, err = %v", resp, err)
		}
	})
	t.Run("a json.RawMessage body", func(t *testing.T) {
		if _, err := c.Do(ctx, http.MethodPut, "/api/v1/custom/thing", json.RawMessage(`{"raw":true}`), nil); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("Okta's errors", func(t *testing.T) {
		var out User
		resp, err := c.Do(ctx, http.MethodGet, "/api/v1/missing", nil, &out)
		var oe *Error
		if !errors.As(err, &oe) || oe.ErrorCode != "E0000007" || !errors.Is(err, ErrNotFound) {
			t.Fatalf("err = %v, want E0000007", err)
		}
		if resp == nil || resp.StatusCode != http.StatusNotFound {
			t.Errorf("resp = %v, want the 404 response", resp)
		}
	})
}

func TestClientDoRejectsBadInput(t *testing.T) {
	t.Parallel()
	var requests atomic.Int32
	c, mux := setup(t)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.WriteHeader(http.StatusNoContent)
	})
	var out User
	cases := []struct {
		name, method, path string
		out                any
		want               string
	}{
		{"empty method", "", "/api/v1/users", &out, "method is empty"},
		{"method with a space", "GET X", "/api/v1/users", &out, "not a valid HTTP method"},
		{"empty path", http.MethodGet, "", &out, "path is empty"},
		{"absolute URL", http.MethodGet, "https://evil.example/api/v1/users", &out, "single \"/\""},
		{"scheme-relative URL", http.MethodGet, "//evil.example/api/v1/users", &out, "single \"/\""},
		{"backslash host", http.MethodGet, `/\evil.example/api/v1/users`, &out, "single \"/\""},
		{"relative path", http.MethodGet, "api/v1/users", &out, "single \"/\""},
		{"dot-dot segment", http.MethodGet, "/api/v1/users/../groups", &out, `".." segments`},
		{"escaped dot-dot segment", http.MethodGet, "/api/v1/users/%2E%2E/groups", &out, `".." segments`},
		{"fragment", http.MethodGet, "/api/v1/users#x", &out, "fragment"},
		{"line break", http.MethodGet, "/api/v1/users\r\nX-Evil: 1", &out, "line break"},
		{"bad escape", http.MethodGet, "/api/v1/users/%zz", &out, "not properly escaped"},
		{"bad query", http.MethodGet, "/api/v1/users?a=%zz", &out, "query"},
		{"out not a pointer", http.MethodGet, "/api/v1/users", out, "non-nil pointer"},
		{"out a nil pointer", http.MethodGet, "/api/v1/users", (*User)(nil), "non-nil pointer"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Do(t.Context(), tc.method, tc.path, nil, tc.out)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one that says %q", err, tc.want)
			}
		})
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("%d requests sent, want none", n)
	}
}

func TestNewIterator(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/things", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("after") {
		case "":
			testQuery(t, r, map[string]string{"limit": "2"})
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/api/v1/things?limit=2>; rel="self", <http://%s/api/v1/things?after=t2&limit=2>; rel="next"`, r.Host, r.Host))
			serveJSON(w, http.StatusOK, []byte(`[{"id":"t1"},{"id":"t2"}]`))
		case "t2":
			serveJSON(w, http.StatusOK, []byte(`[{"id":"t3"}]`))
		default:
			t.Errorf("unexpected page %s", r.URL)
		}
	})
	type thing struct {
		ID string `json:"id"`
	}
	var got []string
	for v, err := range NewIterator[thing](t.Context(), c, "/api/v1/things?limit=2").All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v.ID)
	}
	if diff := gocmp.Diff([]string{"t1", "t2", "t3"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}

	it := NewIterator[thing](t.Context(), c, "https://evil.example/api/v1/things")
	if it.Next() {
		t.Fatal("Next = true for a bad path")
	}
	if err := it.Err(); err == nil || !strings.Contains(err.Error(), "single \"/\"") {
		t.Errorf("Err = %v, want the bad path reported", err)
	}
}

func TestClientDoSendsNoBodyForNil(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("POST /api/v1/x", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if len(b) != 0 || r.Header.Get("Content-Type") != "" {
			t.Errorf("body = %q, Content-Type = %q, want none", b, r.Header.Get("Content-Type"))
		}
		w.WriteHeader(http.StatusNoContent)
	})
	for _, body := range []any{nil, (*User)(nil), []byte(nil)} {
		if _, err := c.Do(t.Context(), http.MethodPost, "/api/v1/x", body, nil); err != nil {
			t.Errorf("Do(%T): %v", body, err)
		}
	}
}
