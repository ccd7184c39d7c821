package okta

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		values   []string
		wantNext string // path?query, "" for none
	}{
		{"recorded: self and next as separate values",
			[]string{`<https://test.okta.com/api/v1/users?limit=1>; rel="self"`, `<https://test.okta.com/api/v1/users?after=000usfdsyqnIjEmHNm4x6&limit=1>; rel="next"`},
			"/api/v1/users?after=000usfdsyqnIjEmHNm4x6&limit=1"},
		{"both in one value", []string{`<https://x.okta.com/api/v1/groups?limit=2>; rel="self", <https://x.okta.com/api/v1/groups?after=00g2&limit=2>; rel="next"`},
			"/api/v1/groups?after=00g2&limit=2"},
		{"unquoted rel", []string{`<https://x.okta.com/api/v1/apps?after=0oa9>; rel=next`}, "/api/v1/apps?after=0oa9"},
		{"relative URL", []string{`</api/v1/users?after=abc>; rel="next"`}, "/api/v1/users?after=abc"},
		{"several rels and other params", []string{`<https://x/api/v1/users?after=z>; title="a, b"; rel="prev next"`}, "/api/v1/users?after=z"},
		{"canonical host differs from the org's", []string{`<https://other.okta.com/api/v1/users?after=q>; rel="next"`}, "/api/v1/users?after=q"},
		{"only self: last page", []string{`<https://x/api/v1/users?limit=2>; rel="self"`}, ""},
		{"no Link", nil, ""},
		{"garbage", []string{`nonsense; rel="next"`, `<unterminated; rel="next"`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{"Link": tt.values}
			got := ""
			if u := nextLink(h); u != nil {
				got = u.String()
			}
			if got != tt.wantNext {
				t.Errorf("next = %q, want %q", got, tt.wantNext)
			}
			resp := newResponse(&http.Response{Header: h})
			if resp.HasNextPage() != (tt.wantNext != "") {
				t.Errorf("HasNextPage = %v", resp.HasNextPage())
			}
		})
	}
}

// pagedUsers serves n users, limit per page, with Okta's Link headers naming host as the canonical host.
func pagedUsers(t *testing.T, mux *http.ServeMux, n int, host string) *atomic.Int32 {
	var calls atomic.Int32
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if got := r.Header.Get("Authorization"); got != "SSWS "+testToken {
			t.Errorf("page request without credentials: %q", got)
		}
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		if limit == 0 {
			limit = 200
		}
		start := 0
		if a := r.URL.Query().Get("after"); a != "" {
			start, _ = strconv.Atoi(a)
		}
		w.Header().Add("Link", fmt.Sprintf(`<https://%s/api/v1/users?limit=%d>; rel="self"`, host, limit))
		if start+limit < n {
			w.Header().Add("Link", fmt.Sprintf(`<https://%s/api/v1/users?after=%d&limit=%d&search=x>; rel="next"`, host, start+limit, limit))
		}
		body := "["
		for i := start; i < min(start+limit, n); i++ {
			if i > start {
				body += ","
			}
			body += fmt.Sprintf(`{"id":"u%d","profile":{"login":"u%d@example.com"}}`, i, i)
		}
		serveJSON(w, 200, []byte(body+"]"))
	})
	return &calls
}

func TestIteratorWalksEveryPage(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	calls := pagedUsers(t, mux, 7, "canonical.okta.com")
	opts := &UsersListOptions{Limit: 3, Search: "x"}
	it := c.Users.ListIter(t.Context(), opts)
	if calls.Load() != 0 {
		t.Fatal("the iterator fetched before Next")
	}
	var ids []string
	for it.Next() {
		ids = append(ids, it.Value().ID)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"u0", "u1", "u2", "u3", "u4", "u5", "u6"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if calls.Load() != 3 {
		t.Errorf("pages fetched = %d, want 3", calls.Load())
	}
	if *opts != (UsersListOptions{Limit: 3, Search: "x"}) {
		t.Errorf("the iterator changed the caller's options: %+v", opts)
	}
	if it.Response() == nil || it.Response().HasNextPage() || it.Next() {
		t.Error("after the last page the iterator should stay done")
	}
}

func TestIteratorAllStopsOnBreak(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	calls := pagedUsers(t, mux, 10, "x")
	var ids []string
	for u, err := range c.Users.ListIter(t.Context(), &UsersListOptions{Limit: 2}).All() {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.ID)
		if len(ids) == 3 {
			break
		}
	}
	if len(ids) != 3 || calls.Load() != 2 {
		t.Errorf("ids = %v after %d pages, want 3 ids from 2 pages", ids, calls.Load())
	}
}

func TestIteratorReportsErrors(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithMaxRetries(0))
	var calls atomic.Int32
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Link", `</api/v1/users?after=p2>; rel="next"`)
			serveJSON(w, 200, []byte(`[{"id":"u1"}]`))
			return
		}
		serveJSON(w, 500, []byte(`{"errorCode":"E0000009","errorSummary":"Internal Server Error"}`))
	})
	var got []string
	var gotErr error
	for u, err := range c.Users.ListIter(t.Context(), nil).All() {
		if err != nil {
			gotErr = err
			break
		}
		got = append(got, u.ID)
	}
	var oe *Error
	if len(got) != 1 || !errors.As(gotErr, &oe) || oe.ErrorCode != "E0000009" {
		t.Errorf("got %v, err %v", got, gotErr)
	}
}

func TestIteratorUsesCallersContextForEveryPage(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	pagedUsers(t, mux, 4, "x")
	ctx, cancel := context.WithCancel(t.Context())
	it := c.Users.ListIter(ctx, &UsersListOptions{Limit: 2})
	for range 2 { // the first page
		if !it.Next() {
			t.Fatal(it.Err())
		}
	}
	cancel()
	if it.Next() {
		t.Error("Next after cancel fetched a page")
	}
	if !errors.Is(it.Err(), context.Canceled) {
		t.Errorf("Err = %v, want context.Canceled", it.Err())
	}
}

func TestIteratorStopsOnALinkLoop(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", `</api/v1/users?after=same>; rel="next"`)
		serveJSON(w, 200, []byte(`[]`))
	})
	it := c.Users.ListIter(t.Context(), nil)
	for it.Next() {
	}
	if it.Err() == nil {
		t.Error("a next link that repeats itself should end with an error")
	}
}

func TestListReturnsTheCursorToResumeFrom(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	pagedUsers(t, mux, 5, "x")
	page, resp, err := c.Users.List(t.Context(), &UsersListOptions{Limit: 2})
	if err != nil || len(page) != 2 || resp.After != "2" || !resp.HasNextPage() {
		t.Fatalf("page %v, after %q, err %v", page, resp.After, err)
	}
	page, resp, err = c.Users.List(t.Context(), &UsersListOptions{Limit: 2, After: resp.After})
	if err != nil || len(page) != 2 || page[0].ID != "u2" || resp.After != "4" {
		t.Fatalf("resumed page %v, after %q, err %v", page, resp.After, err)
	}
}

// testEnvelope is a list page wrapped in an object, as Okta returns custom roles and resource sets.
type testEnvelope struct {
	Items []string `json:"items"`
	Links Links    `json:"_links"`
}

func testEnvelopePage(e *testEnvelope) ([]string, Links) { return e.Items, e.Links }

func TestEnvelopePagesFollowTheBodyLinks(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /api/v1/things", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		switch after := r.URL.Query().Get("after"); after {
		case "":
			if r.URL.Query().Get("limit") != "2" {
				t.Errorf("first page query = %v", r.URL.Query())
			}
			serveJSON(w, 200, []byte(`{"items":["a","b"],"_links":{"next":{"href":"https://canonical.okta.com/api/v1/things?after=b&limit=2"}}}`))
		case "b":
			// A Link header wins over the body's link.
			w.Header().Set("Link", `</api/v1/things?after=c&limit=2>; rel="next"`)
			serveJSON(w, 200, []byte(`{"items":["c"],"_links":{"next":{"href":"/api/v1/things?after=ignored"}}}`))
		case "c":
			serveJSON(w, 200, []byte(`{"items":["d"],"_links":{"self":{"href":"/api/v1/things?after=c"}}}`))
		default:
			t.Errorf("unexpected cursor %q", after)
			serveJSON(w, 200, []byte(`{}`))
		}
	})
	r := func() *request {
		return newRequest(http.MethodGet, "/api/v1/things").withQuery(&struct {
			Limit int `url:"limit"`
		}{2})
	}

	page, resp, err := sendEnvelope(t.Context(), c, r(), testEnvelopePage)
	if err != nil || len(page.Items) != 2 || !resp.HasNextPage() || resp.After != "b" {
		t.Fatalf("page %+v, after %q, err %v", page, resp.After, err)
	}

	it := newEnvelopeIterator(t.Context(), c, r(), testEnvelopePage)
	var got []string
	for v, err := range it.All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "d"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if calls.Load() != 4 {
		t.Errorf("requests = %d, want 4 (one page, then three)", calls.Load())
	}
}

func TestEnvelopeIteratorStopsOnALinkLoopAndErrors(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithMaxRetries(0))
	mux.HandleFunc("GET /api/v1/loop", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, []byte(`{"items":["x"],"_links":{"next":{"href":"/api/v1/loop?after=same"}}}`))
	})
	mux.HandleFunc("GET /api/v1/broken", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 403, []byte(`{"errorCode":"E0000006","errorSummary":"You do not have permission"}`))
	})
	it := newEnvelopeIterator(t.Context(), c, newRequest(http.MethodGet, "/api/v1/loop"), testEnvelopePage)
	for it.Next() {
	}
	if it.Err() == nil {
		t.Error("a next link that repeats itself should end with an error")
	}
	it = newEnvelopeIterator(t.Context(), c, newRequest(http.MethodGet, "/api/v1/broken"), testEnvelopePage)
	var oe *Error
	if it.Next() || !errors.As(it.Err(), &oe) || oe.ErrorCode != "E0000006" {
		t.Errorf("Next on an error page: err %v", it.Err())
	}
}
