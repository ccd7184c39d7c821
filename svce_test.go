package okta

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// Helpers shared by the tests of the EventHooks, InlineHooks, HookKeys, LogStreams, TrustedOrigins,
// NetworkZones, Devices, DeviceAssurances, Realms, IdentitySources and APIServiceIntegrations services. The
// table of calls (userCall) and the recorded-payload walkers (testUserRecorded, testUserRecordedErrors) are
// those of the Users tests.

// svceRunCalls runs each call against its own test server, which serves /api/ and /integrations/ (where the
// API service integrations live), and checks the request it makes and the result it returns. Each call is
// then made again with each of its IDs empty or blank in turn, and must fail without a request.
func svceRunCalls(t *testing.T, calls []userCall) {
	t.Helper()
	for _, tc := range calls {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			status := tc.status
			if status == 0 {
				status = http.StatusOK
			}
			var hits atomic.Int32
			handler := func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				testMethod(t, r, tc.method)
				if got := r.URL.EscapedPath(); got != tc.path {
					t.Errorf("path = %s, want %s", got, tc.path)
				}
				testQuery(t, r, tc.query)
				testJSONBody(t, r, tc.body)
				if tc.reply == "" {
					w.WriteHeader(status)
					return
				}
				serveJSON(w, status, []byte(tc.reply))
			}
			mux.HandleFunc("/api/", handler)
			mux.HandleFunc("/integrations/", handler)

			got, resp, err := tc.call(t.Context(), c, tc.ids)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if resp == nil || resp.StatusCode != status {
				t.Fatalf("response = %+v, want status %d", resp, status)
			}
			if n := hits.Load(); n != 1 {
				t.Fatalf("%d requests, want 1", n)
			}
			if tc.reply != "" && got != nil {
				out, err := json.Marshal(got)
				if err != nil {
					t.Fatalf("encoding the result %T: %v", got, err)
				}
				assertJSONEqual(t, tc.reply, string(out))
			}
			if tc.check != nil {
				tc.check(t, got)
			}

			for i := range tc.ids {
				for _, blank := range []string{"", "  "} {
					ids := slices.Clone(tc.ids)
					ids[i] = blank
					if _, _, err := tc.call(t.Context(), c, ids); err == nil || !strings.Contains(err.Error(), "is empty") {
						t.Errorf("with ID %d %q: error = %v, want one saying it is empty", i, blank, err)
					}
				}
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("%d requests after the calls with empty IDs, want still 1", n)
			}
		})
	}
}

// svceFirst returns the first file of testdata/<dir>/<op>/ whose name starts with prefix, for a reply.
func svceFirst(t *testing.T, dir, op, prefix string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, op, prefix+"*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no payload testdata/%s/%s/%s*.json", dir, op, prefix)
	}
	return string(fixture(t, strings.TrimPrefix(files[0], "testdata"+string(filepath.Separator))))
}

// svceCheckCovered fails unless calls has a case named after every operation of the tags.
func svceCheckCovered(t *testing.T, calls []userCall, tags ...string) {
	t.Helper()
	names := map[string]bool{}
	for _, c := range calls {
		names[c.name] = true
	}
	for _, op := range loadOperations(t) {
		for _, tag := range tags {
			if op.Tag == tag && !names[op.ID] {
				t.Errorf("no request test for %s %s", tag, op.ID)
			}
		}
	}
}

// svceRecordedErrors serves each error body recorded in testdata/<dir>/errors, named
// <operationId>_<status>.<recording>.json, to the call given for its operation, and checks that the method
// returns an *Error with the recorded status and error code.
func svceRecordedErrors(t *testing.T, dir string, calls map[string]func(ctx context.Context, c *Client) error) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "errors", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no recorded errors in testdata/%s/errors: %v", dir, err)
	}
	var cases []userRecordedError
	for _, f := range files {
		name, _, _ := strings.Cut(filepath.Base(f), ".")
		op, statusText, ok := strings.Cut(name, "_")
		status, err := strconv.Atoi(statusText)
		if !ok || err != nil {
			t.Fatalf("%s: the name is not <operationId>_<status>.<recording>.json", f)
		}
		call, ok := calls[op]
		if !ok {
			t.Fatalf("%s: no call for %s", f, op)
		}
		var body struct{ ErrorCode string }
		if err := json.Unmarshal(fixture(t, strings.TrimPrefix(f, "testdata"+string(filepath.Separator))), &body); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cases = append(cases, userRecordedError{
			file:   strings.TrimPrefix(f, "testdata"+string(filepath.Separator)),
			status: status, code: body.ErrorCode, call: call,
		})
	}
	testUserRecordedErrors(t, dir, cases)
}

// svceIterCase walks a paginated list over two pages linked by a Link header.
type svceIterCase struct {
	name  string
	path  string
	first map[string]string // the first page's query
	pages [2]string         // the JSON of the two pages
	walk  func(ctx context.Context, c *Client) ([]string, error)
}

// runSvcEIterators runs each case against its own server, which checks the first page's query and that the
// second page is asked for with the cursor of the Link header.
func runSvcEIterators(t *testing.T, cases []svceIterCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			var pages atomic.Int32
			mux.HandleFunc(tc.path, func(w http.ResponseWriter, r *http.Request) {
				testMethod(t, r, http.MethodGet)
				pages.Add(1)
				if r.URL.Query().Get("after") == "" {
					testQuery(t, r, tc.first)
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s>; rel="self"`, tc.path))
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s?after=cursor2&limit=1>; rel="next"`, tc.path))
					serveJSON(w, http.StatusOK, []byte(tc.pages[0]))
					return
				}
				testQuery(t, r, map[string]string{"after": "cursor2", "limit": "1"})
				serveJSON(w, http.StatusOK, []byte(tc.pages[1]))
			})
			got, err := tc.walk(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || pages.Load() != 2 {
				t.Errorf("items %q from %d pages, want 2 from 2", got, pages.Load())
			}
		})
	}
}

// svceIDs collects the IDs an iterator yields.
func svceIDs[T any](it *Iterator[T], id func(T) string) ([]string, error) {
	var out []string
	for it.Next() {
		out = append(out, id(it.Value()))
	}
	return out, it.Err()
}
