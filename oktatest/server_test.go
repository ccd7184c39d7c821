package oktatest

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite operations.tsv and seeds/ from ../testdata")

// TestOperationsTable checks that the embedded operations.tsv is the SDK's pinned operation list (go test -run
// TestOperationsTable -update copies it), and that the router knows every operation of both tables.
func TestOperationsTable(t *testing.T) {
	t.Parallel()
	want, err := os.ReadFile(filepath.Join("..", "testdata", "operations.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("operations.tsv", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(want) != operationsTable {
		t.Error("operations.tsv is stale: run go test ./oktatest -run TestOperationsTable -update")
	}
	known := map[string]bool{}
	for _, op := range operations {
		known[op.id] = true
	}
	for i, line := range strings.Split(strings.TrimSpace(operationsTable), "\n") {
		if id := strings.Split(line, "\t")[0]; i > 0 && !known[id] {
			t.Errorf("operation %s is not routed", id)
		}
	}
	// Operations of the current description that 5.1.0 has under another method or path are routed too; those
	// that repeat a method and path of 5.1.0 are left out.
	if n := len(operations); n < 535+150 {
		t.Errorf("%d operations, want 5.1.0's 535, the current description's additions and the token endpoint", n)
	}
}

// TestRoutesAreOperations checks that every handler is registered under an operation ID of the API, and that the
// package documentation lists exactly the operations implemented.
func TestRoutesAreOperations(t *testing.T) {
	t.Parallel()
	known := map[string]bool{}
	for _, op := range operations {
		known[op.id] = true
	}
	var implemented []string
	for id := range routes {
		if !known[id] {
			t.Errorf("route %s is not an operation of the API", id)
		}
		implemented = append(implemented, id)
	}
	slices.Sort(implemented)
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var documented []string
	for _, m := range regexp.MustCompile(`(?m)^//\s+- (\w+) (?:GET|POST|PUT|DELETE|PATCH) /`).FindAllStringSubmatch(string(doc), -1) {
		documented = append(documented, m[1])
	}
	slices.Sort(documented)
	if diff := cmp.Diff(implemented, documented); diff != "" {
		t.Errorf("operations implemented (-) and listed in doc.go (+):\n%s", diff)
	}
}

func TestRouting(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	tests := []struct {
		name, method, path string
		status             int
		code               string
		summary            string
	}{
		{"a sub-collection of an unknown user", "GET", "/api/v1/users/00u1/factors", 404, "E0000007",
			"Not found: Resource not found: 00u1 (User)"},
		{"wrong method", "PATCH", "/api/v1/users", 405, "E0000022", "The endpoint does not support the provided HTTP method"},
		{"unknown path", "GET", "/api/v1/nothing-here", 404, "E0000007", "Not found: Resource not found: /api/v1/nothing-here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := send(t, s, tt.method, tt.path, nil)
			summary, _ := r.oktaError(t, tt.status, tt.code)
			if summary != tt.summary {
				t.Errorf("summary = %q, want %q", summary, tt.summary)
			}
		})
	}
	if allow := send(t, s, "PATCH", "/api/v1/users", nil).header.Get("Allow"); allow != "GET, POST" {
		t.Errorf("Allow = %q, want GET, POST", allow)
	}
	// A literal segment beats a wildcard: /api/v1/groups/rules lists group rules, it is no group.
	if got := send(t, s, "GET", "/api/v1/groups/rules", nil).ok(t, 200); !reflect.DeepEqual(got, []any{}) {
		t.Errorf("GET /api/v1/groups/rules = %v, want []", got)
	}
	// An escaped slash stays inside its segment: it never reaches another resource.
	send(t, s, "GET", "/api/v1/users/..%2Fgroups", nil).oktaError(t, 404, "E0000007")
}

func TestAuthentication(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithToken("my-token"))
	if s.Token != "my-token" {
		t.Fatalf("Token = %q", s.Token)
	}
	tests := []struct {
		name, authorization string
		status              int
	}{
		{"API token", "SSWS my-token", 200},
		{"wrong token", "SSWS other", 401},
		{"no token", "", 401},
		{"unknown scheme", "Basic bXk6dG9rZW4=", 401},
		{"unknown bearer token", "Bearer abc", 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := send(t, s, "GET", "/api/v1/users", nil, "Authorization", tt.authorization)
			if tt.status == 200 {
				r.ok(t, 200)
				return
			}
			summary, _ := r.oktaError(t, tt.status, "E0000011")
			if summary != "Invalid token provided" {
				t.Errorf("summary = %q", summary)
			}
		})
	}
}

// TestEveryResponseHeaders checks the headers Okta puts on every response, errors included.
func TestEveryResponseHeaders(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	s.FailNext("/api/v1/groups", 1, http.StatusServiceUnavailable)
	seen := map[string]bool{}
	for _, r := range []response{
		send(t, s, "GET", "/api/v1/groups", nil),
		send(t, s, "GET", "/api/v1/users", nil),
		send(t, s, "GET", "/api/v1/users/nobody", nil),
		send(t, s, "GET", "/api/v1/users", nil, "Authorization", "SSWS wrong"),
		send(t, s, "POST", "/api/v1/users", map[string]any{}),
		send(t, s, "GET", "/api/v1/users/00u/factors", nil),
	} {
		for _, h := range []string{"X-Okta-Request-Id", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset", "Date"} {
			if r.header.Get(h) == "" {
				t.Errorf("a %d response has no %s", r.status, h)
			}
		}
		if r.status >= 400 && r.header.Get("Content-Type") != "application/json" {
			t.Errorf("a %d response has Content-Type %q", r.status, r.header.Get("Content-Type"))
		}
		id := r.header.Get("X-Okta-Request-Id")
		if seen[id] {
			t.Errorf("request ID %s repeats", id)
		}
		seen[id] = true
	}
}

func TestRequests(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	r := send(t, s, "POST", "/api/v1/users?activate=false", newUserBody("rec@example.com", ""), "X-Custom", "yes")
	got := s.Requests()
	if len(got) != 1 {
		t.Fatalf("%d requests recorded", len(got))
	}
	rec := got[0]
	if rec.Method != "POST" || rec.Path != "/api/v1/users" || rec.Query.Get("activate") != "false" ||
		rec.Header.Get("X-Custom") != "yes" || !strings.Contains(string(rec.Body), "rec@example.com") ||
		rec.Status != 200 || rec.RequestID != r.header.Get("X-Okta-Request-Id") {
		t.Errorf("recorded %+v", rec)
	}
}

// TestConcurrentUse hammers one server from many goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithGroups(Group{ID: "00gall", Name: "All"}))
	var wg sync.WaitGroup
	ids := make([]string, 20)
	for i := range ids {
		wg.Go(func() {
			id := createUser(t, s, fmt.Sprintf("c%d@example.com", i), "")
			ids[i] = id
			send(t, s, "PUT", "/api/v1/groups/00gall/users/"+id, nil).ok(t, 204)
			send(t, s, "GET", "/api/v1/users?limit=3", nil).ok(t, 200)
			send(t, s, "POST", "/api/v1/users/"+id+"/lifecycle/suspend", nil).ok(t, 200)
		})
	}
	wg.Wait()
	members := send(t, s, "GET", "/api/v1/groups/00gall/users", nil).list(t)
	if len(members) != len(ids) {
		t.Errorf("%d members, want %d", len(members), len(ids))
	}
	suspended := send(t, s, "GET", `/api/v1/users?filter=status+eq+"SUSPENDED"`, nil).list(t)
	if len(suspended) != len(ids) {
		t.Errorf("%d suspended, want %d", len(suspended), len(ids))
	}
}

func TestServersAreIndependent(t *testing.T) {
	t.Parallel()
	a, b := newTestServer(t), newTestServer(t)
	createUser(t, a, "only-a@example.com", "")
	if got := send(t, b, "GET", "/api/v1/users", nil).list(t); len(got) != 0 {
		t.Errorf("server b sees %d users of server a", len(got))
	}
	send(t, b, "GET", "/api/v1/users", nil, "Authorization", "SSWS "+a.Token).oktaError(t, 401, "E0000011")
}

func TestSeedErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		opt  Option
		want string
	}{
		{"user without login", WithUsers(User{Profile: map[string]any{"firstName": "A", "lastName": "B"}}), "login: The field cannot be left blank"},
		{"duplicate login", WithUsers(User{Profile: map[string]any{"login": "a@example.com", "firstName": "A", "lastName": "B"}},
			User{Profile: map[string]any{"login": "A@example.com", "firstName": "A", "lastName": "B"}}), "already exists"},
		{"unknown status", WithUsers(User{Status: "HAPPY", Profile: map[string]any{"login": "a@example.com", "firstName": "A", "lastName": "B"}}), "unknown status"},
		{"unknown group", WithUsers(User{Groups: []string{"Nope"}, Profile: map[string]any{"login": "a@example.com", "firstName": "A", "lastName": "B"}}), `no group "Nope"`},
		{"duplicate ID", WithGroups(Group{ID: "x", Name: "X"}, Group{ID: "x", Name: "Y"}), "used twice"},
		{"app without label", WithApps(App{SignOnMode: "BOOKMARK"}), "label"},
		{"bad pattern", func(c *config) { WithRateLimit("GET api/v1", 1, 0)(c) }, "must start with /"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			defer func() {
				msg := fmt.Sprint(recover())
				if !strings.Contains(msg, tt.want) {
					t.Errorf("panic %q, want one that says %q", msg, tt.want)
				}
			}()
			s := NewServer(tt.opt)
			s.Close()
		})
	}
}

func TestSeededResourcesAnswerLikeCreatedOnes(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithUsers(User{ID: "00useed", Password: goodPassword, RecoveryQuestion: "Q?", RecoveryAnswer: "answer",
		Profile: map[string]any{"login": "seed@example.com", "firstName": "S", "lastName": "S", "custom": true}}))
	u := send(t, s, "GET", "/api/v1/users/seed@example.com", nil).object(t, http.StatusOK)
	if u["id"] != "00useed" || u["status"] != "ACTIVE" || field(u, "profile.email") != "seed@example.com" ||
		field(u, "profile.custom") != true || field(u, "credentials.recovery_question.question") != "Q?" {
		t.Errorf("seeded user = %v", u)
	}
}
