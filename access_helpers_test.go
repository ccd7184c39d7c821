package okta

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The tests of the identity and access services (IdentityProviders, Authenticators, PushProviders, Behaviors,
// Roles, RoleAssignments, RoleTargets) share these helpers: each service lists its calls as accessCalls and
// runs them through the same checks.

// accessIDs are the path IDs the calls pass, in order: each has a character that must be escaped, so every
// request test also checks that path parameters are. accessEscaped are the same as Okta must see them.
var (
	accessIDs     = []string{"id/1", "id 2", "id?3", "id#4"}
	accessEscaped = []string{"id%2F1", "id%202", "id%3F3", "id%234"}
)

// accessCall is one call of a service method: the path IDs it takes, what it must send and what it gets back.
type accessCall struct {
	op string // the operation ID
	// ids is how many path IDs the method takes; the call gets the first ids of accessIDs, and path names them
	// {0}, {1}, ... (replaced with accessEscaped).
	ids    int
	call   func(ctx context.Context, c *Client, ids []string) (any, *Response, error)
	method string
	path   string
	query  map[string]string // the exact query
	body   string            // the JSON body the request must carry; "" for none
	// checkBody replaces the JSON body check, for non-JSON bodies.
	checkBody func(t *testing.T, r *http.Request)
	status    int    // the response status; 200 when 0
	response  []byte // the response body
	// want is the JSON value the result must encode to; the response when empty; "-" for no result.
	want string
	// check, if set, checks the result further (its Go type, typed fields).
	check func(t *testing.T, got any)
}

// accessPath is c.path with its {i} placeholders replaced by the escaped IDs.
func (c accessCall) accessPath() string {
	p := c.path
	for i, esc := range accessEscaped {
		p = strings.ReplaceAll(p, "{"+strconv.Itoa(i)+"}", esc)
	}
	return p
}

// serveAccess registers h for every path of the API (the org's /api/v1 and its /.well-known documents).
func serveAccess(mux *http.ServeMux, h http.HandlerFunc) {
	mux.HandleFunc("/api/", h)
	mux.HandleFunc("/.well-known/", h)
}

// accessNoResult adapts a method that returns only a Response.
func accessNoResult(resp *Response, err error) (any, *Response, error) { return nil, resp, err }

// accessFixture returns the first payload in testdata/dir/op/ (file names sort recorded payloads, named after
// their recording, before the spec's examples).
func accessFixture(t *testing.T, dir, op string) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, op, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no payload for %s in testdata/%s", op, dir)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// accessFixtureNamed returns testdata/dir/op/name.json.
func accessFixtureNamed(t *testing.T, dir, op, name string) []byte {
	t.Helper()
	return fixture(t, filepath.Join(dir, op, name+".json"))
}

// runAccessCalls calls each method against a fake Okta and checks the method, escaped path, query and body
// it sends, and the value it returns. Every operation of tags must have a call.
func runAccessCalls(t *testing.T, calls []accessCall, tags ...string) {
	t.Helper()
	seen := map[string]bool{}
	for _, tc := range calls {
		seen[tc.op] = true
		t.Run(tc.op, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			requests := 0
			want := tc.accessPath()
			serveAccess(mux, func(w http.ResponseWriter, r *http.Request) {
				requests++
				testMethod(t, r, tc.method)
				if got := r.URL.EscapedPath(); got != want {
					t.Errorf("path = %s, want %s", got, want)
				}
				testQuery(t, r, tc.query)
				if tc.checkBody != nil {
					tc.checkBody(t, r)
				} else {
					testJSONBody(t, r, tc.body)
				}
				status := max(tc.status, http.StatusOK)
				if tc.response == nil {
					w.WriteHeader(status)
					return
				}
				serveJSON(w, status, tc.response)
			})
			got, resp, err := tc.call(t.Context(), client, slices.Clone(accessIDs[:tc.ids]))
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if requests != 1 {
				t.Errorf("%d requests, want 1", requests)
			}
			if resp == nil || resp.StatusCode != max(tc.status, http.StatusOK) {
				t.Errorf("response = %v, want status %d", resp, max(tc.status, http.StatusOK))
			}
			if tc.want == "-" {
				if got != nil {
					t.Errorf("result = %v, want none", got)
				}
				return
			}
			wantJSON := tc.want
			if wantJSON == "" {
				wantJSON = string(tc.response)
			}
			out, err := json.Marshal(got)
			if err != nil {
				t.Fatalf("encoding the result: %v", err)
			}
			assertJSONEqual(t, wantJSON, string(out))
			if tc.check != nil {
				tc.check(t, got)
			}
		})
	}
	for _, op := range loadOperations(t) {
		if slices.Contains(tags, op.Tag) && !seen[op.ID] {
			t.Errorf("no request test for %s (%s)", op.ID, op.Tag)
		}
	}
}

// runAccessEmptyIDs calls each method with each of its path IDs empty, then blank, and checks that it fails
// before sending anything (setup fails the test on any request).
func runAccessEmptyIDs(t *testing.T, calls []accessCall) {
	t.Helper()
	client, _ := setup(t)
	for _, tc := range calls {
		for i := range tc.ids {
			for _, blank := range []string{"", "  "} {
				ids := slices.Clone(accessIDs[:tc.ids])
				ids[i] = blank
				_, resp, err := tc.call(t.Context(), client, ids)
				if err == nil || !strings.Contains(err.Error(), "is empty") || resp != nil {
					t.Errorf("%s with ID %d = %q: error = %v, want one saying it is empty", tc.op, i, blank, err)
				}
			}
		}
	}
}

// runAccessErrors answers calls with the error bodies of testdata/dir/errors/<op>_<status>_*.json and checks
// the *Error each method returns.
func runAccessErrors(t *testing.T, dir string, calls []accessCall) {
	t.Helper()
	byOp := map[string]accessCall{}
	for _, tc := range calls {
		byOp[tc.op] = tc
	}
	files, err := filepath.Glob(filepath.Join("testdata", dir, "errors", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no error bodies in testdata/%s/errors: %v", dir, err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		op, rest, _ := strings.Cut(name, "_")
		statusText, _, _ := strings.Cut(rest, "_")
		status, err := strconv.Atoi(statusText)
		if err != nil {
			t.Fatalf("%s: no status in the name", f)
		}
		tc, ok := byOp[op]
		if !ok {
			t.Fatalf("%s: no call for %s", f, op)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var recorded struct{ ErrorCode, ErrorSummary string }
			if err := json.Unmarshal(body, &recorded); err != nil {
				t.Fatal(err)
			}
			client, mux := setup(t)
			serveAccess(mux, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("X-Okta-Request-Id", "req-1")
				serveJSON(w, status, body)
			})
			got, resp, err := tc.call(t.Context(), client, slices.Clone(accessIDs[:tc.ids]))
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("error = %v (%T), want *okta.Error", err, err)
			}
			if oe.StatusCode != status || oe.ErrorCode != recorded.ErrorCode || oe.ErrorSummary != recorded.ErrorSummary || oe.RequestID != "req-1" {
				t.Errorf("error = %+v, want status %d, code %s, summary %q", oe, status, recorded.ErrorCode, recorded.ErrorSummary)
			}
			if resp == nil || resp.StatusCode != status {
				t.Errorf("response = %v, want one with status %d", resp, status)
			}
			if status == http.StatusNotFound && !errors.Is(err, ErrNotFound) {
				t.Errorf("errors.Is(err, ErrNotFound) = false for %v", err)
			}
			if got != nil && !reflect.ValueOf(got).IsZero() {
				t.Errorf("result = %v, want none", got)
			}
		})
	}
}

// runAccessRoundTrips decodes every payload under testdata/dir/<op>/ into the type its operation returns and
// encodes it again (assertRoundTrip): nothing lost, nothing changed. Request bodies, in
// testdata/dir/requests/<op>_*.json, are decoded into the operation's body type, keyed "requests/<op>". Every
// payload must have a decoder in types, and every decoder payloads.
func runAccessRoundTrips(t *testing.T, dir string, types map[string]func(t *testing.T, raw []byte)) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "errors" {
			continue
		}
		files, err := filepath.Glob(filepath.Join("testdata", dir, e.Name(), "*.json"))
		if err != nil || len(files) == 0 {
			t.Errorf("testdata/%s/%s: no payloads", dir, e.Name())
		}
		for _, f := range files {
			op := e.Name()
			if op == "requests" {
				name, _, _ := strings.Cut(filepath.Base(f), "_")
				op += "/" + name
			}
			found[op] = true
			roundTrip, ok := types[op]
			if !ok {
				t.Errorf("%s: no decoder for %s", f, op)
				continue
			}
			t.Run(op+"/"+filepath.Base(f), func(t *testing.T) {
				t.Parallel()
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				roundTrip(t, raw)
			})
		}
	}
	for op := range types {
		if !found[op] {
			t.Errorf("a decoder for %s, but no testdata/%s/%s", op, dir, op)
		}
	}
}

// accessPages is a paginated list to walk: the path and the two pages of items the fake Okta answers with.
type accessPages struct {
	name          string
	ids           int
	path          string // with {i} placeholders, as accessCall.path
	first, second string // JSON arrays, or envelope objects without their _links
	// envelope names the envelope's items member ("roles", "value") when the list is wrapped in an object
	// whose _links.next links the next page; "" for an array with a Link header.
	envelope string
	// walk walks the whole list with limit 2 (where the operation takes a limit) and returns how many items it
	// saw.
	walk func(ctx context.Context, c *Client, ids []string) (int, error)
}

// runAccessIterators walks each list over two pages and checks that the iterator follows the next link,
// keeps the options and sees every item.
func runAccessIterators(t *testing.T, cases []accessPages) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			path := accessCall{path: tc.path}.accessPath()
			requests := 0
			serveAccess(mux, func(w http.ResponseWriter, r *http.Request) {
				requests++
				testMethod(t, r, http.MethodGet)
				if got := r.URL.EscapedPath(); got != path {
					t.Errorf("path = %s, want %s", got, path)
				}
				first := r.URL.Query().Get("after") == ""
				q := map[string]string{}
				if lim := r.URL.Query().Get("limit"); lim != "" {
					q["limit"] = lim
				}
				if !first {
					q["after"] = "next1"
				}
				testQuery(t, r, q)
				switch {
				case first && tc.envelope == "":
					w.Header().Add("Link", `<https://test.okta.com`+path+`?limit=2>; rel="self"`)
					w.Header().Add("Link", `<https://test.okta.com`+path+`?after=next1&limit=2>; rel="next"`)
					serveJSON(w, 200, []byte(tc.first))
				case first:
					next := `https://test.okta.com` + path + `?after=next1`
					if lim, ok := q["limit"]; ok {
						next += "&limit=" + lim
					}
					serveJSON(w, 200, []byte(strings.TrimSuffix(tc.first, "}")+`,"_links":{"next":{"href":"`+next+`"}}}`))
				default:
					serveJSON(w, 200, []byte(tc.second))
				}
			})
			n, err := tc.walk(t.Context(), client, slices.Clone(accessIDs[:tc.ids]))
			if err != nil {
				t.Fatal(err)
			}
			if n != 3 || requests != 2 {
				t.Errorf("%d items in %d requests, want 3 in 2", n, requests)
			}
		})
	}
}

// accessCount walks an iterator to its end and returns how many items it saw.
func accessCount[T any](it *Iterator[T]) (int, error) {
	n := 0
	for it.Next() {
		n++
	}
	return n, it.Err()
}
