package okta

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	if diff := cmp.Diff(want, got); diff != "" {
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
	if diff := cmp.Diff(w, g); diff != "" {
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
