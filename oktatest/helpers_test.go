package oktatest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestServer starts a server that the test closes when it ends.
func newTestServer(t *testing.T, opts ...Option) *Server {
	t.Helper()
	s := NewServer(opts...)
	t.Cleanup(s.Close)
	return s
}

// response is an answer of the server, read in full.
type response struct {
	status int
	header http.Header
	body   []byte
}

// send makes a request to the server with its API token. body is encoded as JSON unless it is a string, which is
// sent as is. header lists extra header name/value pairs; an Authorization pair replaces the API token.
func send(t *testing.T, s *Server, method, path string, body any, header ...string) response {
	t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(t.Context(), method, s.URL+path, r)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "SSWS "+s.Token)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := s.HTTPClient().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

// ok fails the test unless the status is want, and returns the body decoded as a JSON value.
func (r response) ok(t *testing.T, want int) any {
	t.Helper()
	if r.status != want {
		t.Fatalf("status = %d, want %d; body: %s", r.status, want, r.body)
	}
	if len(r.body) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, r.body)
	}
	return v
}

// object is ok for a JSON object.
func (r response) object(t *testing.T, want int) map[string]any {
	t.Helper()
	m, isObj := r.ok(t, want).(map[string]any)
	if !isObj {
		t.Fatalf("body is not an object: %s", r.body)
	}
	return m
}

// list is ok for a JSON array of objects.
func (r response) list(t *testing.T) []map[string]any {
	t.Helper()
	v, isList := r.ok(t, http.StatusOK).([]any)
	if !isList {
		t.Fatalf("body is not an array: %s", r.body)
	}
	out := make([]map[string]any, len(v))
	for i, e := range v {
		out[i], _ = e.(map[string]any)
	}
	return out
}

// oktaError fails the test unless the answer is an Okta error with status and code, and returns its summary and
// causes.
func (r response) oktaError(t *testing.T, status int, code string) (string, []string) {
	t.Helper()
	m := r.object(t, status)
	if m["errorCode"] != code {
		t.Fatalf("errorCode = %v, want %s; body: %s", m["errorCode"], code, r.body)
	}
	for _, k := range []string{"errorSummary", "errorLink", "errorId", "errorCauses"} {
		if _, ok := m[k]; !ok {
			t.Errorf("error body has no %s: %s", k, r.body)
		}
	}
	var causes []string
	for _, c := range m["errorCauses"].([]any) {
		causes = append(causes, c.(map[string]any)["errorSummary"].(string))
	}
	return m["errorSummary"].(string), causes
}

// field reads a nested member of a JSON value by a dotted path.
func field(v any, path string) any {
	for name := range strings.SplitSeq(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[name]
	}
	return v
}

// ids returns the given member of each object of a list.
func pluck(list []map[string]any, path string) []string {
	out := []string{}
	for _, m := range list {
		s, _ := field(m, path).(string)
		out = append(out, s)
	}
	return out
}

// userBody makes a createUser request body.
func newUserBody(login string, password string) map[string]any {
	first, _, _ := strings.Cut(login, "@")
	b := map[string]any{"profile": map[string]any{"login": login, "email": login, "firstName": first, "lastName": "Test"}}
	if password != "" {
		b["credentials"] = map[string]any{"password": map[string]any{"value": password}}
	}
	return b
}

const goodPassword = "Passw0rd-Okta"

// createUser creates a user through the API and returns its ID.
func createUser(t *testing.T, s *Server, login, query string) string {
	t.Helper()
	u := send(t, s, "POST", "/api/v1/users"+query, newUserBody(login, goodPassword)).object(t, http.StatusOK)
	return u["id"].(string)
}

// fakeClock is a clock a test moves by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2025, 9, 29, 3, 49, 50, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// sortedKeys returns the keys of a JSON object, sorted.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
