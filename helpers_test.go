package okta

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// testToken is the API token the test clients send.
const testToken = "test-api-token"

// setup starts an httptest server and returns a client pointed at it (no retry waits worth the name) and the
// mux that tests register their handlers on. Requests that reach no handler fail the test.
func setup(t *testing.T, opts ...Option) (*Client, *http.ServeMux) {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		http.Error(w, "unexpected", http.StatusTeapot)
	})
	base := []Option{WithOrgURL(srv.URL), WithInsecureHTTP(), WithAPIToken(testToken), WithMaxWait(10 * 1e6)}
	c, err := NewClient(append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c, mux
}

// testMethod fails the test unless r uses method.
func testMethod(t *testing.T, r *http.Request, method string) {
	t.Helper()
	if r.Method != method {
		t.Errorf("method = %s, want %s", r.Method, method)
	}
}

// testQuery fails the test unless r's query is exactly want.
func testQuery(t *testing.T, r *http.Request, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for k, v := range r.URL.Query() {
		got[k] = v[0]
		if len(v) > 1 {
			t.Errorf("query %s sent %d times", k, len(v))
		}
	}
	if want == nil {
		want = map[string]string{}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("query (-want +got):\n%s", diff)
	}
}

// testJSONBody fails the test unless r's body is the JSON value want (a JSON text), compared as values.
func testJSONBody(t *testing.T, r *http.Request, want string) {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatalf("reading body: %v", err)
	}
	if ct := r.Header.Get("Content-Type"); want != "" && ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	assertJSONEqual(t, want, string(b))
}

// assertJSONEqual compares two JSON texts as values; an empty text is no value.
func assertJSONEqual(t *testing.T, want, got string) {
	t.Helper()
	var w, g any
	if want != "" {
		if err := json.Unmarshal([]byte(want), &w); err != nil {
			t.Fatalf("want is not JSON: %v", err)
		}
	}
	if got != "" {
		if err := json.Unmarshal([]byte(got), &g); err != nil {
			t.Fatalf("got is not JSON: %v\n%s", err, got)
		}
	}
	if diff := gocmp.Diff(w, g); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// fixture returns the contents of testdata/name.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// firstPayload returns the first (by name) recorded payload testdata/dir/op/prefix*.json; prefix "" takes any.
func firstPayload(t testing.TB, dir, op, prefix string) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, op, prefix+"*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no payload testdata/%s/%s/%s*.json", dir, op, prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serveJSON answers with status and body as application/json.
func serveJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// assertRoundTrip decodes the JSON text raw into a new T, encodes it again with encoding/json, and fails
// unless the result equals raw as JSON values: nothing lost, nothing changed.
func assertRoundTrip[T any](t *testing.T, raw []byte) T {
	t.Helper()
	var v T
	if err := decodeJSON(raw, &v); err != nil {
		t.Fatalf("decoding into %T: %v", v, err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %T: %v", v, err)
	}
	assertJSONEqual(t, string(raw), string(out))
	return v
}

// apiCall is one call of a service method in the table-driven service tests: the path IDs it passes, the
// single request it must make and what it must return.
type apiCall struct {
	name string // the subtest's name; the operation ID when empty
	op   string // the operation ID: what checkCalledOperations and checkRecordedErrors match on
	// ids are the path IDs passed to call, in path order. After the call is checked, it is made again with each
	// ID in turn empty and blank, and must fail saying so, without a request.
	ids  []string
	call func(ctx context.Context, c *Client, ids []string) (any, *Response, error)

	method string
	path   string            // the escaped path the request must use
	query  map[string]string // the exact query it must send
	body   string            // the JSON body it must send; "" for none
	// checkBody replaces the JSON body check, for non-JSON bodies.
	checkBody func(t *testing.T, r *http.Request)
	header    map[string]string // headers it must send, on top of the client's

	status   int    // the reply's status; 200 when 0
	response []byte // the reply's body: JSON, or an XML document (starting with '<') served as text/xml
	// want is the JSON value the result must encode to; the response when empty; "-" for no result. An XML
	// response must come back as the same []byte.
	want string
	// check, if set, looks at the result in more detail (its Go type, typed fields).
	check func(t *testing.T, got any)
}

// testName is the subtest name of c.
func (c apiCall) testName() string { return cmp.Or(c.name, c.op) }

// apiNoResult adapts a method that returns no value to apiCall.call.
func apiNoResult(resp *Response, err error) (any, *Response, error) { return nil, resp, err }

// serveAPI registers h for every path the services use: the org's /api/v1, its /.well-known documents,
// /integrations (the API service integrations), /oauth2/v1/clients (role assignments to client apps) and the
// other APIs of the org (Privileged Access, attack protection, Okta Personal settings, security events, WebAuthn
// preregistration).
func serveAPI(mux *http.ServeMux, h http.HandlerFunc) {
	for _, prefix := range []string{"/api/", "/oauth2/", "/.well-known/", "/integrations/", "/privileged-access/",
		"/attack-protection/", "/okta-personal-settings/", "/security/", "/webauthn-registration/"} {
		mux.HandleFunc(prefix, h)
	}
}

// runAPICalls runs each call against its own test server and checks the method, escaped path, query, body and
// headers of the one request it makes, the status of the Response and the value it returns. Each call is then
// made again with each of its IDs empty or blank in turn, and must fail saying so, before any request.
func runAPICalls(t *testing.T, calls []apiCall) {
	t.Helper()
	for _, tc := range calls {
		t.Run(tc.testName(), func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			status := cmp.Or(tc.status, http.StatusOK)
			xml := len(tc.response) > 0 && tc.response[0] == '<'
			var hits atomic.Int32
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				testMethod(t, r, tc.method)
				if got := r.URL.EscapedPath(); got != tc.path {
					t.Errorf("path = %s, want %s", got, tc.path)
				}
				testQuery(t, r, tc.query)
				if tc.checkBody != nil {
					tc.checkBody(t, r)
				} else {
					testJSONBody(t, r, tc.body)
				}
				for k, v := range tc.header {
					if got := r.Header.Get(k); got != v {
						t.Errorf("header %s = %q, want %q", k, got, v)
					}
				}
				switch {
				case tc.response == nil:
					w.WriteHeader(status)
				case xml:
					w.Header().Set("Content-Type", "text/xml")
					w.WriteHeader(status)
					w.Write(tc.response)
				default:
					serveJSON(w, status, tc.response)
				}
			})

			got, resp, err := tc.call(t.Context(), c, slices.Clone(tc.ids))
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if n := hits.Load(); n != 1 {
				t.Fatalf("%d requests, want 1", n)
			}
			if resp == nil || resp.StatusCode != status {
				t.Fatalf("response = %+v, want status %d", resp, status)
			}
			switch {
			case tc.want == "-":
				if got != nil {
					t.Errorf("result = %v, want none", got)
				}
			case xml:
				if b, ok := got.([]byte); !ok || string(b) != string(tc.response) {
					t.Errorf("result = %q, want the XML document", got)
				}
			default:
				out, err := json.Marshal(got)
				if err != nil {
					t.Fatalf("encoding the result %T: %v", got, err)
				}
				assertJSONEqual(t, cmp.Or(tc.want, string(tc.response)), string(out))
			}
			if tc.check != nil {
				tc.check(t, got)
			}

			checkEmptyIDs(t, c, tc)
			if n := hits.Load(); n != 1 {
				t.Errorf("%d requests after the calls with empty IDs, want still 1", n)
			}
		})
	}
}

// checkEmptyIDs makes tc's call with each of its IDs in turn empty and blank: it must fail saying so and
// return no Response. When tc.op has as many path parameters as tc has IDs, the error must name the parameter
// ("groupId is empty").
func checkEmptyIDs(t *testing.T, c *Client, tc apiCall) {
	t.Helper()
	if len(tc.ids) == 0 {
		return
	}
	op, ok := loadOperations(t)[tc.op]
	// Okta reused operation IDs after 5.1.0 (addResourceSetResource): the method tells the two apart.
	if cur, found := loadCurrentOperations(t)[tc.op]; found && (!ok || cur.Method == tc.method) {
		op = cur
	}
	params := pathParams(op.Path)
	for i := range tc.ids {
		want := "is empty"
		if len(params) == len(tc.ids) {
			want = params[i] + " is empty"
		}
		for _, blank := range []string{"", "  "} {
			ids := slices.Clone(tc.ids)
			ids[i] = blank
			_, resp, err := tc.call(t.Context(), c, ids)
			if err == nil || !strings.Contains(err.Error(), want) || resp != nil {
				t.Errorf("%s with ID %d = %q: error = %v, response = %v, want an error saying %q", tc.testName(), i, blank, err, resp, want)
			}
		}
	}
}

// pathParams returns the names of the {parameters} of a path template, in order.
func pathParams(path string) []string {
	var names []string
	for _, seg := range strings.Split(path, "{")[1:] {
		name, _, _ := strings.Cut(seg, "}")
		names = append(names, name)
	}
	return names
}

// runEmptyIDs checks the empty and blank IDs of calls that runAPICalls does not run (iterators, say) against
// a server that fails the test on any request.
func runEmptyIDs(t *testing.T, calls []apiCall) {
	t.Helper()
	c, _ := setup(t)
	for _, tc := range calls {
		checkEmptyIDs(t, c, tc)
	}
}

// iterErr takes one step of it and returns its error: for the empty-ID checks of the List…Iter methods.
func iterErr[T any](it *Iterator[T]) error {
	it.Next()
	return it.Err()
}

// pagedList is a paginated list for runPagedLists to serve as two pages, the first linking the second.
type pagedList struct {
	name   string
	ids    []string          // the path IDs passed to walk
	path   string            // the escaped path of both requests
	query  map[string]string // the first request's exact query; the next link adds the cursor to it
	cursor string            // the query parameter Okta pages with: "after" unless set
	// first and second are the pages' JSON: arrays, or with envelope set, objects without their _links.
	first, second string
	// envelope names the items member ("roles", "value") of a list wrapped in an object whose _links.next
	// links the next page; "" for an array with a Link header.
	envelope string
	// walk iterates over the whole list and returns how many items it saw and the last page's Response
	// (countAll does that).
	walk func(ctx context.Context, c *Client, ids []string) (int, *Response, error)
}

// countAll walks it to its end and returns how many items it saw, the last page's Response and the error.
func countAll[T any](it *Iterator[T]) (int, *Response, error) {
	n := 0
	for it.Next() {
		n++
	}
	return n, it.Response(), it.Err()
}

// runPagedLists serves each list's two pages and checks that its iterator asks for both with GET, the path,
// the options it was given and then the cursor of the first page's next link, sees every item of both pages,
// and ends with a Response that has no next page.
func runPagedLists(t *testing.T, lists []pagedList) {
	t.Helper()
	for _, tc := range lists {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			cursor := cmp.Or(tc.cursor, "after")
			var requests atomic.Int32
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				n := requests.Add(1)
				testMethod(t, r, http.MethodGet)
				if got := r.URL.EscapedPath(); got != tc.path {
					t.Errorf("path = %s, want %s", got, tc.path)
				}
				want := maps.Clone(tc.query)
				if want == nil {
					want = map[string]string{}
				}
				if n > 1 {
					want[cursor] = "next1"
					testQuery(t, r, want)
					serveJSON(w, http.StatusOK, []byte(tc.second))
					return
				}
				testQuery(t, r, want)
				next := r.URL.Query()
				next.Set(cursor, "next1")
				nextURL := "https://test.okta.com" + tc.path + "?" + next.Encode()
				if tc.envelope != "" {
					serveJSON(w, http.StatusOK, []byte(strings.TrimSuffix(tc.first, "}")+`,"_links":{"next":{"href":"`+nextURL+`"}}}`))
					return
				}
				w.Header().Add("Link", `<https://test.okta.com`+tc.path+`>; rel="self"`)
				w.Header().Add("Link", `<`+nextURL+`>; rel="next"`)
				serveJSON(w, http.StatusOK, []byte(tc.first))
			})
			n, last, err := tc.walk(t.Context(), c, slices.Clone(tc.ids))
			if err != nil {
				t.Fatal(err)
			}
			items := pageItems(t, tc.first, tc.envelope) + pageItems(t, tc.second, tc.envelope)
			if n != items || requests.Load() != 2 {
				t.Errorf("%d items in %d requests, want %d in 2", n, requests.Load(), items)
			}
			if last == nil || last.HasNextPage() {
				t.Errorf("last response = %+v, want one without a next page", last)
			}
		})
	}
}

// pageItems returns the number of items of a page: a JSON array, or an object holding them in envelope.
func pageItems(t *testing.T, page, envelope string) int {
	t.Helper()
	raw := json.RawMessage(page)
	if envelope != "" {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			t.Fatal(err)
		}
		raw = obj[envelope]
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		t.Fatalf("page %s: %v", page, err)
	}
	return len(items)
}

// checkCalledOperations fails unless calls has a call for every operation of the tags (a tag ending in "*" is
// a prefix).
func checkCalledOperations(t *testing.T, calls []apiCall, tags ...string) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range calls {
		seen[c.op] = true
	}
	for _, op := range loadOperations(t) {
		for _, tag := range tags {
			prefix, ok := strings.CutSuffix(tag, "*")
			if (op.Tag == tag || ok && strings.HasPrefix(op.Tag, prefix)) && !seen[op.ID] {
				t.Errorf("no request test for %s (%s)", op.ID, op.Tag)
			}
		}
	}
}

// checkRecordedPayloads decodes every payload under testdata/dir/<operationId>/ with the function types has
// for the operation, which checks it re-encodes to the same JSON value (assertRoundTrip): nothing lost,
// nothing changed. Request bodies, testdata/dir/requests/<operationId>{_,.}*.json, are keyed
// "requests/<operationId>". Every payload must have a function, and every function payloads.
func checkRecordedPayloads(t *testing.T, dir string, types map[string]func(t *testing.T, raw []byte)) {
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
			t.Errorf("testdata/%s/%s: no payloads (%v)", dir, e.Name(), err)
		}
		for _, f := range files {
			op := e.Name()
			if op == "requests" {
				name, _, _ := strings.Cut(filepath.Base(f), ".")
				name, _, _ = strings.Cut(name, "_")
				op += "/" + name
			}
			found[op] = true
			roundTrip, ok := types[op]
			if !ok {
				t.Errorf("%s: no round trip for %s", f, op)
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
			t.Errorf("a round trip for %s, but no payloads in testdata/%s/%s", op, dir, op)
		}
	}
}

// checkRecordedErrors answers the call for each operation with the error bodies recorded in
// testdata/dir/errors/<operationId>_<status>{_,.}*.json and checks the *Error the method returns: the status,
// code and summary recorded (a body that is not an Okta error must still give a summary), the request ID,
// errors.Is(err, ErrNotFound) for 404s, the Response, and no result. Every file must have a call.
func checkRecordedErrors(t *testing.T, dir string, calls []apiCall) {
	t.Helper()
	byOp := map[string]apiCall{}
	for _, tc := range slices.Backward(calls) {
		byOp[tc.op] = tc
	}
	files, err := filepath.Glob(filepath.Join("testdata", dir, "errors", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no error bodies in testdata/%s/errors: %v", dir, err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		op, rest, _ := strings.Cut(name, "_")
		statusText := strings.FieldsFunc(rest, func(r rune) bool { return r == '_' || r == '.' })
		if len(statusText) == 0 {
			t.Fatalf("%s: the name is not <operationId>_<status>...json", f)
		}
		status, err := strconv.Atoi(statusText[0])
		if err != nil {
			t.Fatalf("%s: the name is not <operationId>_<status>...json", f)
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
			var want struct{ ErrorCode, ErrorSummary string }
			if err := json.Unmarshal(body, &want); err != nil {
				t.Fatal(err)
			}
			c, mux := setup(t)
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("X-Okta-Request-Id", "req-1")
				serveJSON(w, status, body)
			})
			got, resp, err := tc.call(t.Context(), c, slices.Clone(tc.ids))
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("error = %v (%T), want *okta.Error", err, err)
			}
			if oe.StatusCode != status || oe.ErrorCode != want.ErrorCode || oe.RequestID != "req-1" ||
				oe.ErrorSummary != cmp.Or(want.ErrorSummary, oe.ErrorSummary) || oe.ErrorSummary == "" {
				t.Errorf("error = %+v, want status %d, code %q, summary %q", oe, status, want.ErrorCode, want.ErrorSummary)
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

// jsonMember returns the JSON of the member name of the object raw: the items of an envelope that a list method
// returns without it.
func jsonMember(t *testing.T, raw []byte, name string) string {
	t.Helper()
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		t.Fatal(err)
	}
	m, ok := obj[name]
	if !ok {
		t.Fatalf("no member %q in %s", name, raw)
	}
	return string(m)
}

// jsonFirst returns the JSON of the first item of the array member name of raw: the one resource of an envelope
// that a Get returns without it.
func jsonFirst(t *testing.T, raw []byte, name string) string {
	t.Helper()
	var items []json.RawMessage
	if err := json.Unmarshal([]byte(jsonMember(t, raw, name)), &items); err != nil || len(items) == 0 {
		t.Fatalf("member %q of %s is no array with items: %v", name, raw, err)
	}
	return string(items[0])
}

// parseSource parses the package's non-test Go files, with their comments, for the tests that read the
// source (models, docs, directives, request bodies).
func parseSource(t testing.TB) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}
