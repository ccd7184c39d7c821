package okta

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
)

// userCall is one service method call and the single HTTP exchange it must make, for the table-driven tests of
// the Users, UserFactors and UserTypes services.
type userCall struct {
	name string
	// ids are the path IDs passed to call. After the call is checked, it is made again with each ID in turn
	// replaced by "", and must fail without a request.
	ids  []string
	call func(ctx context.Context, c *Client, ids []string) (any, *Response, error)

	method string
	path   string            // the escaped path the request must use
	query  map[string]string // the exact query it must send
	body   string            // the JSON body it must send ("" for none)
	header map[string]string // headers it must send, on top of the client's

	status int    // the reply's status; 200 if 0
	reply  string // the reply's JSON body; the result must encode to the same JSON value
	// check, if set, looks at the result in more detail.
	check func(t *testing.T, got any)
}

// noResult adapts a method that returns no value to userCall.call.
func noResult(resp *Response, err error) (any, *Response, error) { return nil, resp, err }

// runUserCalls runs each call against its own test server.
func runUserCalls(t *testing.T, calls []userCall) {
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
			mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				testMethod(t, r, tc.method)
				if got := r.URL.EscapedPath(); got != tc.path {
					t.Errorf("path = %s, want %s", got, tc.path)
				}
				testQuery(t, r, tc.query)
				testJSONBody(t, r, tc.body)
				for k, v := range tc.header {
					if got := r.Header.Get(k); got != v {
						t.Errorf("header %s = %q, want %q", k, got, v)
					}
				}
				if tc.reply == "" {
					w.WriteHeader(status)
					return
				}
				serveJSON(w, status, []byte(tc.reply))
			})

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
				ids := slices.Clone(tc.ids)
				ids[i] = ""
				if _, _, err := tc.call(t.Context(), c, ids); err == nil {
					t.Errorf("with ID %d empty: no error", i)
				}
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("%d requests after the calls with empty IDs, want still 1", n)
			}
		})
	}
}

// recordedDirs returns the names of the per-operation directories of testdata/dir: one for each operation with
// recorded 2xx responses, each holding one JSON file per distinct recorded body, named
// <cassette directory>.<test>.<interaction index>.json after the cassette it was copied from.
func recordedDirs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "errors" {
			ops = append(ops, e.Name())
		}
	}
	return ops
}

// testRecorded round-trips every recorded response body of testdata/dir/<operation>/ with the function given
// for the operation, and fails if an operation directory has no function or a function no directory.
func testRecorded(t *testing.T, dir string, roundTrip map[string]func(t *testing.T, raw []byte)) {
	t.Helper()
	ops := recordedDirs(t, dir)
	for op := range roundTrip {
		if !slices.Contains(ops, op) {
			t.Errorf("no recordings in testdata/%s/%s", dir, op)
		}
	}
	for _, op := range ops {
		rt, ok := roundTrip[op]
		if !ok {
			t.Errorf("testdata/%s/%s: no round trip for this operation", dir, op)
			continue
		}
		files, err := filepath.Glob(filepath.Join("testdata", dir, op, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("testdata/%s/%s: no files (%v)", dir, op, err)
		}
		for _, f := range files {
			t.Run(op+"/"+filepath.Base(f), func(t *testing.T) {
				t.Parallel()
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				rt(t, raw)
			})
		}
	}
}

// recordedError is a recorded error reply and the error it must give.
type recordedError struct {
	file   string // under testdata/
	status int
	code   string // the ErrorCode; "" for bodies that are not Okta errors
	call   func(ctx context.Context, c *Client) error
}

// testRecordedErrors serves each recorded error body with its status and checks the method returns an *Error
// with the recorded code. It fails if testdata/dir/errors holds a file no case uses.
func testRecordedErrors(t *testing.T, dir string, cases []recordedError) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "errors", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !slices.ContainsFunc(cases, func(c recordedError) bool { return filepath.Join("testdata", c.file) == f }) {
			t.Errorf("%s: no test uses this recorded error", f)
		}
	}
	for _, tc := range cases {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			body := fixture(t, tc.file)
			mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
				serveJSON(w, tc.status, body)
			})
			err := tc.call(t.Context(), c)
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("error = %v, want an *Error", err)
			}
			if oe.StatusCode != tc.status || oe.ErrorCode != tc.code {
				t.Errorf("status, code = %d, %q, want %d, %q", oe.StatusCode, oe.ErrorCode, tc.status, tc.code)
			}
			if oe.ErrorSummary == "" {
				t.Errorf("no summary in %v", oe)
			}
		})
	}
}
