package okta

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// Tests of the replay harness itself (replay_test.go, replay_vcr_test.go).

func TestReplayMatchRoute(t *testing.T) {
	t.Parallel()
	routes := compileRoutes(replayOperations(t))
	tests := []struct {
		method, uri string
		wantOp      string // "" for no operation
		wantIDs     []string
	}{
		{"GET", "https://test.okta.com/api/v1/users?limit=1", "listUsers", nil},
		{"GET", "https://test.okta.com//api/v1/users", "listUsers", nil}, // the doubled slash of some recordings
		{"GET", "/api/v1/users/", "listUsers", nil},
		{"POST", "/api/v1/users?activate=false", "createUser", nil},
		{"GET", "/api/v1/users/00u1", "getUser", []string{"00u1"}},
		{"GET", "//api/v1/users/00u1", "getUser", []string{"00u1"}},
		{"GET", "/api/v1/users/john.doe%40example.com", "getUser", []string{"john.doe@example.com"}},
		{"GET", "/api/v1/users/a%2Fb", "getUser", []string{"a/b"}},
		{"PATCH", "/api/v1/users/00u1", "", nil},
		// A literal segment beats a parameter in the same place.
		{"GET", "/api/v1/users/00u1/factors/catalog", "listSupportedFactors", []string{"00u1"}},
		{"GET", "/api/v1/users/00u1/factors/mfa1", "getFactor", []string{"00u1", "mfa1"}},
		{"GET", "/api/v1/groups/rules", "listGroupRules", nil},
		{"GET", "/api/v1/groups/00g1", "getGroup", []string{"00g1"}},
		{"GET", "/api/v1/groups/rules/0pr1", "getGroupRule", []string{"0pr1"}},
		// The spec writes this one /api/v1/apps/${appId}/sso/saml/metadata.
		{"GET", "/api/v1/apps/0oa1/sso/saml/metadata?kid=k", "previewSAMLmetadataForApplication", []string{"0oa1"}},
		// Operations Okta added after 5.1.0 (operations-current.tsv) match too.
		{"GET", "/api/v1/apps/0oa1/credentials/secrets", "listOAuth2ClientSecrets", []string{"0oa1"}},
		{"POST", "/api/v1/apps/0oa1/credentials/secrets/ocs1/lifecycle/activate", "activateOAuth2ClientSecret", []string{"0oa1", "ocs1"}},
		{"PATCH", "/api/v1/apps/0oa1/cwo/connections/con1", "updateCrossAppAccessConnection", []string{"0oa1", "con1"}},
		{"GET", "/integrations/api/v1/api-services/0oa1/credentials/secrets", "listApiServiceIntegrationInstanceSecrets", []string{"0oa1"}},
		// One ID, two operations: 5.1.0's PATCH and the current POST.
		{"PATCH", "/api/v1/iam/resource-sets/iam1/resources", "addResourceSetResource", []string{"iam1"}},
		{"POST", "/api/v1/iam/resource-sets/iam1/resources", "addResourceSetResource", []string{"iam1"}},
		{"POST", "/api/v1/authn", "", nil},
		{"POST", "https://test.okta.com/oauth2/v1/token", "", nil},
	}
	for _, tt := range tests {
		segs, _, err := splitURI(tt.uri)
		if err != nil {
			t.Fatal(err)
		}
		route, ids := matchRoute(routes, tt.method, segs)
		got := ""
		if route != nil {
			got = route.op.ID
		}
		if got != tt.wantOp || !slices.Equal(ids, tt.wantIDs) {
			t.Errorf("%s %s: matched %q %q, want %q %q", tt.method, tt.uri, got, ids, tt.wantOp, tt.wantIDs)
		}
	}

	// Parameters inside a segment, and their precedence over a bare parameter.
	synthetic := compileRoutes([]operation{
		{ID: "json", Method: "GET", Path: "/x/{id}.json"},
		{ID: "bare", Method: "GET", Path: "/x/{id}"},
		{ID: "literal", Method: "GET", Path: "/x/all.json"},
	})
	for uri, want := range map[string]string{"/x/foo.json": "json foo", "/x/foo": "bare foo", "/x/all.json": "literal ", "/x/.json": "bare .json"} {
		route, ids := matchRoute(synthetic, "GET", unescapedSegments(uri))
		if got := route.op.ID + " " + strings.Join(ids, ","); got != want {
			t.Errorf("%s: matched %q, want %q", uri, got, want)
		}
	}
}

// replayTestOptions has a field of every kind an options struct may use.
type replayTestOptions struct {
	Q        string       `url:"q"`
	Limit    int          `url:"limit"`
	Strict   bool         `url:"strict"`
	Activate *bool        `url:"activate"`
	Count    *int         `url:"count"`
	Expand   []string     `url:"expand"`
	Status   UserStatus   `url:"status"`
	Statuses []UserStatus `url:"statuses"`
	Since    time.Time    `url:"since"`
	Untagged string
}

func TestReplayFillOptions(t *testing.T) {
	t.Parallel()
	typ := reflect.TypeFor[*replayTestOptions]()
	raw := "q=john+doe&limit=20&strict=true&activate=false&count=0&expand=user%2Fid%2Cgroup%2Fid&status=ACTIVE" +
		"&statuses=ACTIVE,STAGED&since=2024-01-02T03:04:05Z"
	q, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	v, err := fillOptions(typ, q)
	if err != nil {
		t.Fatal(err)
	}
	got := v.Interface().(*replayTestOptions)
	f, zero := false, 0
	want := &replayTestOptions{
		Q: "john doe", Limit: 20, Strict: true, Activate: &f, Count: &zero, Expand: []string{"user/id", "group/id"},
		Status: UserStatusActive, Statuses: []UserStatus{UserStatusActive, UserStatusStaged},
		Since: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("options (-want +got):\n%s", diff)
	}
	// What the SDK sends for the filled options is the recorded query.
	sent, err := encodeQuery(got)
	if err != nil {
		t.Fatal(err)
	}
	if problems := compareQuery(q, sent); len(problems) > 0 {
		t.Errorf("encodeQuery of the filled options differs from the query: %q", problems)
	}

	if v, err := fillOptions(typ, nil); err != nil || !v.IsNil() {
		t.Errorf("empty query: %v, %v; want nil options", v, err)
	}
	for raw, wantErr := range map[string]string{
		"bogus=1":            "bogus has no field",
		"Untagged=x":         "Untagged has no field",
		"limit=ten":          "limit=ten",
		"strict=maybe":       "strict=maybe",
		"q=a&q=b":            "2 values",
		"since=yesterday":    "since=yesterday",
		"count=1&activate=x": "activate=x",
	} {
		q, _ := url.ParseQuery(raw)
		if _, err := fillOptions(typ, q); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%s: error %v, want one containing %q", raw, err, wantErr)
		}
	}
}

func TestReplayJSONDiff(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, want, got string
		diffs           []string // substrings, one per expected difference
	}{
		{"equal, reordered", `{"a":1,"b":[true,null,"x"]}`, `{"b":[true,null,"x"],"a":1}`, nil},
		{"numbers by value", `{"n":1.0,"m":1e3,"big":12345678901234567890}`, `{"n":1,"m":1000,"big":12345678901234567890}`, nil},
		{"big numbers exactly", `{"big":12345678901234567890}`, `{"big":12345678901234567891}`, []string{"$.big: 12345678901234567891, recorded 12345678901234567890"}},
		{"same instant in another text", `{"t":"2020-08-27T18:19:47.000Z"}`, `{"t":"2020-08-27T18:19:47Z"}`, []string{"$.t:"}},
		{"another instant", `{"t":"2020-08-27T18:19:47.000Z"}`, `{"t":"2020-08-27T18:19:48Z"}`, []string{"$.t:"}},
		{"missing member", `{"a":1,"p":{"x":null}}`, `{"a":1,"p":{}}`, []string{"$.p.x: missing, recorded null"}},
		{"added member", `{"a":1}`, `{"a":1,"b":""}`, []string{`$.b: added ""`}},
		{"changed value", `{"s":"ACTIVE"}`, `{"s":"active"}`, []string{`$.s: "active", recorded "ACTIVE"`}},
		{"changed type", `{"s":"1"}`, `{"s":1}`, []string{`$.s: 1, recorded "1"`}},
		{"empty object vs null", `{"o":{}}`, `{"o":null}`, []string{"$.o: null, recorded {}"}},
		{"list length", `[{"id":"a"},{"id":"b"}]`, `[{"id":"a"}]`, []string{"$: 1 elements, recorded 2"}},
		{"list element", `[{"id":"a"},{"id":"b"}]`, `[{"id":"a"},{"id":"c"}]`, []string{`$[1].id: "c", recorded "b"`}},
	}
	for _, tt := range tests {
		diffs, err := jsonDiff([]byte(tt.want), []byte(tt.got))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(diffs) != len(tt.diffs) {
			t.Errorf("%s: differences %q, want %d", tt.name, diffs, len(tt.diffs))
			continue
		}
		for i, d := range diffs {
			if !strings.Contains(d, tt.diffs[i]) {
				t.Errorf("%s: difference %q, want one containing %q", tt.name, d, tt.diffs[i])
			}
		}
	}
	if _, err := jsonDiff([]byte(`<xml/>`), []byte(`{}`)); err == nil || !strings.Contains(err.Error(), "recorded body is not JSON") {
		t.Errorf("non-JSON recording: %v", err)
	}
	if _, err := jsonDiff([]byte(`{} {}`), []byte(`{}`)); err == nil {
		t.Error("two values: no error")
	}
}

func TestReplayAnalyzeSignature(t *testing.T) {
	t.Parallel()
	tests := []struct {
		fn          any
		ids         int
		wantErr     string
		body, opts  bool
		returnValue bool
	}{
		{fn: func(context.Context) (*Response, error) { return nil, nil }},
		{fn: func(context.Context, string, *CreateUserRequest, *UsersCreateOptions) (*User, *Response, error) {
			return nil, nil, nil
		}, ids: 1, body: true, opts: true, returnValue: true},
		{fn: func(context.Context, *CreateUserRequest) (*User, *Response, error) { return nil, nil, nil }, body: true, returnValue: true},
		{fn: func(context.Context, *UsersListOptions) ([]User, *Response, error) { return nil, nil, nil }, opts: true, returnValue: true},
		{fn: func(context.Context, UserStatus, string) ([]byte, *Response, error) { return nil, nil, nil }, ids: 2, returnValue: true},
		{fn: func(context.Context, string, map[string]any) (string, *Response, error) { return "", nil, nil }, ids: 1, body: true, returnValue: true},
		{fn: func(context.Context, string, io.Reader, string) (*Response, error) { return nil, nil }, ids: 1, wantErr: "not a body and an options struct"},
		{fn: func(context.Context, string, io.Reader) (*Response, error) { return nil, nil }, ids: 1, wantErr: "cannot be filled"},
		{fn: func(context.Context, int) (*Response, error) { return nil, nil }, ids: 1, wantErr: "not a string"},
		{fn: func(context.Context) (*Response, error) { return nil, nil }, ids: 1, wantErr: "0 parameters for 1 path parameters"},
		{fn: func(string) (*Response, error) { return nil, nil }, wantErr: "context.Context"},
		{fn: func(context.Context, *UsersListOptions) *Iterator[User] { return nil }, opts: true, wantErr: "results"},
		{fn: func(context.Context) (*User, error) { return nil, nil }, wantErr: "results"},
		{fn: func(context.Context, ...string) (*Response, error) { return nil, nil }, wantErr: "variadic"},
	}
	for i, tt := range tests {
		sig, err := analyzeSignature(reflect.TypeOf(tt.fn), tt.ids)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%d %T: error %v, want one containing %q", i, tt.fn, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%d %T: %v", i, tt.fn, err)
		case len(sig.idTypes) != tt.ids || (sig.body != nil) != tt.body || (sig.opts != nil) != tt.opts || (sig.result != nil) != tt.returnValue:
			t.Errorf("%d %T: %+v", i, tt.fn, sig)
		}
	}
}

func TestReplayLoadCassette(t *testing.T) {
	t.Parallel()
	// vcrpy writes header values as strings or lists, bodies as {string: ...}, form bodies as mappings.
	raw := `interactions:
- request:
    body: '{"a":1}'
    headers:
      Content-Type: [application/json]
    method: post
    uri: https://test.okta.com//api/v1/users?activate=false
  response:
    body: {string: '{"id":"00u1"}'}
    headers:
      Content-Encoding: gzip
      Link:
      - <https://test.okta.com/api/v1/users?limit=1>; rel="self"
      - <https://test.okta.com/api/v1/users?after=x&limit=1>; rel="next"
      x-okta-request-id: 'req1'
    status: {code: 201, message: Created}
    url: https://test.okta.com//api/v1/users?activate=false
- request:
    body:
      grant_type: client_credentials
      scope: [okta.users.read, okta.groups.read]
    headers: {}
    method: POST
    uri: https://test.okta.com/oauth2/v1/token
  response:
    body: {string: ''}
    headers: {}
    status: {code: 204, message: No Content}
- request:
    body: null
    method: GET
    url: https://test.okta.com/api/v1/users/00u1
  response:
    body: "plain"
    code: 200
    status: 200 OK
version: 1
`
	c, err := parseCassette("x/y.yaml", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Interactions) != 3 {
		t.Fatalf("%d interactions, want 3", len(c.Interactions))
	}
	a, b, g := c.Interactions[0], c.Interactions[1], c.Interactions[2]
	if a.Request.Method != "POST" || a.Request.URI != "https://test.okta.com//api/v1/users?activate=false" ||
		string(a.Request.Body) != `{"a":1}` || a.Request.Form || a.Request.Header.Get("Content-Type") != "application/json" {
		t.Errorf("request 0 = %+v", a.Request)
	}
	if a.Response.Status != 201 || string(a.Response.Body) != `{"id":"00u1"}` || len(a.Response.Header.Values("Link")) != 2 ||
		a.Response.Header.Get("X-Okta-Request-Id") != "req1" || a.Response.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("response 0 = %+v", a.Response)
	}
	form, _ := url.ParseQuery(string(b.Request.Body))
	if !b.Request.Form || form.Get("grant_type") != "client_credentials" || len(form["scope"]) != 2 || b.Response.Status != 204 || len(b.Response.Body) != 0 {
		t.Errorf("interaction 1 = %+v", b)
	}
	if g.Index != 2 || g.Request.Body != nil || g.Request.URI != "https://test.okta.com/api/v1/users/00u1" || g.Response.Status != 200 || string(g.Response.Body) != "plain" {
		t.Errorf("interaction 2 (go-vcr style) = %+v", g)
	}
	// A body that really is gzip-compressed is unpacked.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"00u1"}`))
	zw.Close()
	zipped := fmt.Sprintf(`interactions:
- request: {body: null, method: GET, uri: /api/v1/users/00u1}
  response:
    body: {string: !!binary %s}
    headers: {Content-Encoding: [gzip], Content-Type: [application/json]}
    status: {code: 200}
`, base64.StdEncoding.EncodeToString(gz.Bytes()))
	if c, err := parseCassette("gz.yaml", []byte(zipped)); err != nil {
		t.Error(err)
	} else if r := c.Interactions[0].Response; string(r.Body) != `{"id":"00u1"}` || r.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip body: %q %v", r.Body, r.Header)
	}

	for _, bad := range []string{"interactions: [{request: {method: GET}, response: {status: {code: 200}}}]", "interactions: [{request: {method: GET, uri: /x}, response: {}}]", "{"} {
		if _, err := parseCassette("bad.yaml", []byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestReplayGroups(t *testing.T) {
	t.Parallel()
	in := func(method, uri string, status int, retry bool) vcrInteraction {
		h := http.Header{}
		if retry {
			h.Set("X-Okta-Retry-Count", "1")
		}
		return vcrInteraction{Request: vcrRequest{Method: method, URI: uri, Header: h}, Response: vcrResponse{Status: status}}
	}
	interactions := []vcrInteraction{
		in("GET", "/a", 429, false), in("GET", "/a", 429, true), in("GET", "/a", 200, true), // one call, two retries
		in("GET", "/a", 200, false),                               // a new call
		in("POST", "/b", 429, false), in("POST", "/b", 201, true), // a 429 is retried for any method
		in("POST", "/b", 503, false), in("POST", "/b", 201, true), // a 5xx is not, for POST
		in("GET", "/c", 503, false), in("GET", "/c", 200, true),
		in("GET", "/d", 503, false), in("GET", "/d", 200, false), // no retry header: the test called again
		in("GET", "/e", 429, false), in("GET", "/f", 200, false),
	}
	var sizes []int
	for _, g := range replayGroups(interactions) {
		sizes = append(sizes, len(g))
	}
	if want := []int{3, 1, 2, 1, 1, 2, 1, 1, 1, 1}; !slices.Equal(sizes, want) {
		t.Errorf("group sizes %v, want %v", sizes, want)
	}
}

func TestReplayCheckRequest(t *testing.T) {
	t.Parallel()
	group := []vcrInteraction{
		{Request: vcrRequest{Method: "GET", URI: "https://test.okta.com//api/v1/users?limit=1&search=profile.a+eq+%22b%22"},
			Response: vcrResponse{Status: 429, Header: http.Header{"X-Okta-Request-Id": {"r1"}}}},
		{Request: vcrRequest{Method: "GET", URI: "https://test.okta.com//api/v1/users?limit=1&search=profile.a+eq+%22b%22"},
			Response: vcrResponse{Status: 200}},
	}
	req := func(method, target string, h http.Header) *http.Request {
		r := httptest.NewRequest(method, target, nil)
		for k, v := range h {
			r.Header[k] = v
		}
		return r
	}
	retry := http.Header{"X-Okta-Retry-For": {"r1"}, "X-Okta-Retry-Count": {"1"}}
	tests := []struct {
		r    *http.Request
		k    int
		want []string
	}{
		{req("GET", "/api/v1/users?search=profile.a%20eq%20%22b%22&limit=1", nil), 0, nil},
		{req("GET", "/api/v1/users?search=profile.a%20eq%20%22b%22&limit=1", retry), 1, nil},
		{req("GET", "/api/v1/users?search=profile.a%20eq%20%22b%22&limit=1", nil), 1, []string{"X-Okta-Retry-For", "X-Okta-Retry-Count"}},
		{req("GET", "/api/v1/users?search=profile.a%20eq%20%22b%22&limit=1", http.Header{"X-Okta-Retry-For": {"r1"}, "X-Okta-Retry-Count": {"1", "1"}}), 1, []string{"X-Okta-Retry-Count"}},
		{req("POST", "/api/v1/users/?limit=2&after=x", nil), 0, []string{"sent POST", "limit: sent", "search=", "after=x sent"}},
		{req("GET", "/api/v1/users/x?search=profile.a%20eq%20%22b%22&limit=1", nil), 0, []string{"sent path"}},
	}
	for i, tt := range tests {
		got := checkRequest(tt.r, group, tt.k)
		if len(got) != len(tt.want) {
			t.Errorf("%d: problems %q, want %d", i, got, len(tt.want))
			continue
		}
		for j := range got {
			if !strings.Contains(got[j], tt.want[j]) {
				t.Errorf("%d: problem %q, want one containing %q", i, got[j], tt.want[j])
			}
		}
	}
}

// ---- a synthetic run, with fake services that get things wrong on purpose

// replayFakeService implements operations the way a buggy or unusual service method would.
type replayFakeService struct{ c *Client }

// replayLossyGroup keeps only the ID of a group.
type replayLossyGroup struct {
	ID string `json:"id"`
}

// Lossy drops every member of the group but its ID.
func (s *replayFakeService) Lossy(ctx context.Context, groupID string) (*replayLossyGroup, *Response, error) {
	return send[*replayLossyGroup](ctx, s.c, newRequest(http.MethodGet, "/api/v1/groups/{groupId}", groupID))
}

// WrongPath deletes the wrong resource.
func (s *replayFakeService) WrongPath(ctx context.Context, groupID string) (*Response, error) {
	return exec(ctx, s.c, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/oops", groupID))
}

// Swallow hides Okta's error.
func (s *replayFakeService) Swallow(ctx context.Context, ruleID string) (*Response, error) {
	resp, _ := exec(ctx, s.c, newRequest(http.MethodPost, "/api/v1/groups/rules/{groupRuleId}/lifecycle/activate", ruleID))
	return resp, nil
}

// NoValue drops the body Okta answers with.
func (s *replayFakeService) NoValue(ctx context.Context, ruleID string) (*Response, error) {
	return exec(ctx, s.c, newRequest(http.MethodPost, "/api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate", ruleID))
}

// Upload takes a reader and a file name, which the harness cannot fill.
func (s *replayFakeService) Upload(ctx context.Context, appID string, logo io.Reader, filename string) (*Response, error) {
	return nil, fmt.Errorf("not called")
}

// Metadata returns a raw XML body.
func (s *replayFakeService) Metadata(ctx context.Context, appID string) ([]byte, *Response, error) {
	r := newRequest(http.MethodGet, "/api/v1/apps/${appId}/sso/saml/metadata", appID)
	r.accept = "application/xml"
	return send[[]byte](ctx, s.c, r)
}

// GetApp and ListApps return a polymorphic interface.
func (s *replayFakeService) GetApp(ctx context.Context, appID string) (replayTestApp, *Response, error) {
	return send[replayTestApp](ctx, s.c, newRequest(http.MethodGet, "/api/v1/apps/{appId}", appID))
}

func (s *replayFakeService) ListApps(ctx context.Context) ([]replayTestApp, *Response, error) {
	return send[[]replayTestApp](ctx, s.c, newRequest(http.MethodGet, "/api/v1/apps"))
}

// CreateGroup sends a body that keeps everything.
func (s *replayFakeService) CreateGroup(ctx context.Context, group map[string]any) (map[string]any, *Response, error) {
	return send[map[string]any](ctx, s.c, newRequest(http.MethodPost, "/api/v1/groups").withBody(group))
}

// replayLossyGroupBody keeps only the profile's name of a group it sends.
type replayLossyGroupBody struct {
	Profile struct {
		Name string `json:"name"`
	} `json:"profile"`
}

func (s *replayFakeService) ReplaceLossy(ctx context.Context, groupID string, group *replayLossyGroupBody) (map[string]any, *Response, error) {
	return send[map[string]any](ctx, s.c, newRequest(http.MethodPut, "/api/v1/groups/{groupId}", groupID).withBody(group))
}

// RequireBody refuses a nil body before sending anything.
func (s *replayFakeService) RequireBody(ctx context.Context, rule map[string]any) (map[string]any, *Response, error) {
	if rule == nil {
		return nil, nil, fmt.Errorf("okta: the rule is nil")
	}
	return send[map[string]any](ctx, s.c, newRequest(http.MethodPost, "/api/v1/groups/rules").withBody(rule))
}

// RequireBodyPtr is RequireBody with a pointer body, which the harness replaces with an empty value.
func (s *replayFakeService) RequireBodyPtr(ctx context.Context, ruleID string, rule *replayLossyGroupBody) (*Response, error) {
	if rule == nil {
		return nil, fmt.Errorf("okta: the rule is nil")
	}
	return exec(ctx, s.c, newRequest(http.MethodPut, "/api/v1/groups/rules/{groupRuleId}", ruleID).withBody(rule))
}

type replayTestListOptions struct {
	Q string `url:"q"`
}

// ListGroups forgets its options.
func (s *replayFakeService) ListGroups(ctx context.Context, opts *replayTestListOptions) ([]map[string]any, *Response, error) {
	return send[[]map[string]any](ctx, s.c, newRequest(http.MethodGet, "/api/v1/groups"))
}

// replayTestApp is a polymorphic resource, decoded by signOnMode.
type replayTestApp interface{ replayTestApp() }

type (
	replayTestBookmarkApp map[string]any
	replayTestOtherApp    map[string]any
)

func (replayTestBookmarkApp) replayTestApp() {}
func (replayTestOtherApp) replayTestApp()    {}

func init() {
	registerUnion(func(data []byte) (replayTestApp, error) {
		if discriminator(data, "signOnMode") == "BOOKMARK" {
			var a replayTestBookmarkApp
			return a, json.Unmarshal(data, &a)
		}
		var a replayTestOtherApp
		return a, json.Unmarshal(data, &a)
	})
}

// syntheticInteraction is one interaction of a generated cassette.
type syntheticInteraction struct {
	method, uri string
	reqBody     string // "" for none
	reqHeader   map[string][]string
	status      int
	header      map[string][]string
	body        string
}

// syntheticCassette writes interactions in vcrpy's format.
func syntheticCassette(t *testing.T, path string, in []syntheticInteraction) {
	t.Helper()
	type m = map[string]any
	var list []m
	for _, x := range in {
		var body any
		if x.reqBody != "" {
			body = x.reqBody
		}
		list = append(list, m{
			"request":  m{"body": body, "headers": x.reqHeader, "method": x.method, "uri": x.uri},
			"response": m{"body": m{"string": x.body}, "headers": x.header, "status": m{"code": x.status, "message": http.StatusText(x.status)}},
		})
	}
	data, err := yaml.Marshal(m{"interactions": list, "version": 1})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, data)
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// usersCassette is written by hand the way vcrpy writes: header values as strings in one interaction and as
// lists in others, the bogus Content-Encoding: gzip, a doubled slash, a form body for the token endpoint.
const usersCassette = `interactions:
- request:
    body: '{"profile":{"firstName":"A","login":"a@example.com","nickName":null,"favourite":"tea"},"credentials":{"password":{"value":"x"}}}'
    headers:
      Content-Type: application/json
    method: POST
    uri: https://test.okta.com/api/v1/users?activate=false
  response:
    body:
      string: '{"id":"00u1","status":"STAGED","created":"2020-08-27T18:19:47.000Z","activated":null,"profile":{"firstName":"A","login":"a@example.com","mobilePhone":null,"favourite":"tea"},"credentials":{"password":{},"emails":[{"value":"a@example.com","status":"VERIFIED"}],"provider":{"type":"OKTA","name":"OKTA"}},"_links":{"self":{"href":"https://test.okta.com/api/v1/users/00u1"}}}'
    headers:
      Content-Encoding: gzip
      Content-Type: application/json;charset=UTF-8
      Date: Thu, 27 Aug 2020 18:19:47 GMT
      x-okta-request-id: X0f5Q6AoDBK
    status:
      code: 200
      message: OK
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com//api/v1/users?limit=1
  response:
    body:
      string: '[{"id":"00u1","status":"ACTIVE","lastLogin":"2020-08-27T18:19:47.123Z","profile":{"login":"a@example.com","custom":[1,2]}}]'
    headers:
      Content-Encoding:
      - gzip
      Content-Type:
      - application/json
      Link:
      - <https://test.okta.com/api/v1/users?limit=1>; rel="self"
      - <https://test.okta.com/api/v1/users?after=00u1&limit=1>; rel="next"
    status:
      code: 200
      message: OK
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com/api/v1/users/nobody%40example.com
  response:
    body:
      string: '{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: nobody@example.com (User)","errorLink":"E0000007","errorId":"oae1","errorCauses":[]}'
    headers:
      Content-Type: [application/json]
      x-okta-request-id: [r404]
    status:
      code: 404
      message: Not Found
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com/api/v1/users/x
  response:
    body:
      string: '{"status":404,"message":"Resource not found"}'
    headers: {}
    status:
      code: 404
      message: Not Found
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com/api/v1/users?limit=2&bogus=1
  response:
    body:
      string: '[]'
    headers: {}
    status:
      code: 200
      message: OK
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com/api/v1/users?limit=1
  response:
    body:
      string: '{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae2","errorCauses":[]}'
    headers:
      Content-Type: [application/json]
      Date: [Thu, 11 Sep 2025 16:21:50 GMT]
      x-okta-request-id: [r429]
      x-rate-limit-limit: ['10']
      x-rate-limit-remaining: ['0']
      x-rate-limit-reset: ['1757607758']
    status:
      code: 429
      message: Too Many Requests
- request:
    body: null
    headers:
      X-Okta-Retry-Count: ['1']
      X-Okta-Retry-For: [r429]
    method: GET
    uri: https://test.okta.com/api/v1/users?limit=1
  response:
    body:
      string: '[]'
    headers:
      Content-Type: [application/json]
    status:
      code: 200
      message: OK
- request:
    body: null
    headers: {}
    method: DELETE
    uri: https://test.okta.com/api/v1/users/00u1
  response:
    body:
      string: ''
    headers: {}
    status:
      code: 204
      message: No Content
- request:
    body: '{"username":"a","password":"b"}'
    headers: {}
    method: POST
    uri: https://test.okta.com/api/v1/authn
  response:
    body:
      string: '{"status":"SUCCESS"}'
    headers: {}
    status:
      code: 200
      message: OK
- request:
    body:
      grant_type: client_credentials
      client_assertion: eyJ.SANITIZED
    headers: {}
    method: POST
    uri: https://test.okta.com/oauth2/v1/token
  response:
    body:
      string: '{"access_token":"myDPoPToken","token_type":"DPoP"}'
    headers: {}
    status:
      code: 200
      message: OK
- request:
    body: null
    headers: {}
    method: GET
    uri: https://test.okta.com/api/v1/users/00u1
  response:
    body:
      string: ''
    headers: {}
    status:
      code: 200
      message: OK
- request:
    body: '{"profile":{"login":"taken@example.com"}}'
    headers: {}
    method: POST
    uri: https://test.okta.com/api/v1/users
  response:
    body:
      string: '{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oae3","errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}'
    headers:
      Content-Type: application/json
    status:
      code: 400
      message: Bad Request
version: 1
`

func TestReplaySynthetic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "synthetic_it", "users.yaml"), []byte(usersCassette))
	jsonCT := map[string][]string{"Content-Type": {"application/json"}}
	syntheticCassette(t, filepath.Join(dir, "synthetic_it", "fakes.yaml"), []syntheticInteraction{
		{method: "GET", uri: "https://test.okta.com/api/v1/groups/00g1", status: 200, header: jsonCT,
			body: `{"id":"00g1","type":"OKTA_GROUP","profile":{"name":"g"}}`},
		{method: "DELETE", uri: "https://test.okta.com/api/v1/groups/00g1", status: 204},
		{method: "POST", uri: "https://test.okta.com/api/v1/groups/rules/0pr1/lifecycle/activate", status: 404, header: jsonCT,
			body: `{"errorCode":"E0000007","errorSummary":"Not found"}`},
		{method: "POST", uri: "https://test.okta.com/api/v1/groups/rules/0pr1/lifecycle/deactivate", status: 200, header: jsonCT, body: `{"id":"0pr1"}`},
		{method: "POST", uri: "https://test.okta.com/api/v1/groups/rules/0pr1/lifecycle/deactivate", status: 200, header: jsonCT, body: `{}`},
		{method: "POST", uri: "https://test.okta.com/api/v1/apps/0oa1/logo", status: 201},
		{method: "GET", uri: "https://test.okta.com/api/v1/apps/0oa1/sso/saml/metadata", status: 200,
			header: map[string][]string{"Content-Type": {"application/xml"}}, body: "<md:EntityDescriptor entityID=\"x\"/>\n"},
		{method: "GET", uri: "https://test.okta.com/api/v1/apps/0oa1", status: 200, header: jsonCT,
			body: `{"id":"0oa1","signOnMode":"BOOKMARK","settings":{"app":{"url":"https://example.com"}}}`},
		{method: "GET", uri: "https://test.okta.com/api/v1/apps", status: 200, header: jsonCT,
			body: `[{"id":"0oa1","signOnMode":"BOOKMARK"},{"id":"0oa2","signOnMode":"SOMETHING_NEW","x":null}]`},
		{method: "POST", uri: "https://test.okta.com/api/v1/groups", reqBody: `{"profile":{"name":"g"},"extra":[1]}`, status: 200, header: jsonCT,
			body: `{"id":"00g2","profile":{"name":"g"},"extra":[1]}`},
		{method: "PUT", uri: "https://test.okta.com/api/v1/groups/00g1", reqBody: `{"profile":{"name":"g"},"type":"OKTA_GROUP"}`, status: 200,
			header: jsonCT, body: `{"id":"00g1"}`},
		{method: "GET", uri: "https://test.okta.com/api/v1/groups?q=x", status: 200, header: jsonCT, body: `[]`},
		{method: "POST", uri: "https://test.okta.com/api/v1/groups/rules", status: 200, header: jsonCT, body: `{"id":"0pr2"}`},
		{method: "PUT", uri: "https://test.okta.com/api/v1/groups/rules/0pr2", status: 204},
		// An operation of operations-current.tsv, which Okta added after 5.1.0.
		{method: "GET", uri: "https://test.okta.com/api/v1/apps/0oa1/credentials/secrets", status: 200, header: jsonCT,
			body: `[{"id":"ocs1","status":"ACTIVE","secret_hash":"h1","created":"2024-01-01T00:00:00.000Z","x":[1]}]`},
	})

	ops := loadCurrentOperations(t)
	maps.Copy(ops, loadOperations(t)) // 5.1.0's operation wins where Okta reused an ID
	h := &replayer{methods: map[string]directive{}}
	h.routes = compileRoutes(replayOperations(t))
	for id, call := range map[string]string{
		"listUsers": "UsersService.List", "createUser": "UsersService.Create", "getUser": "UsersService.Get",
		"getGroup": "replayFakeService.Lossy", "deleteGroup": "replayFakeService.WrongPath",
		"activateGroupRule": "replayFakeService.Swallow", "deactivateGroupRule": "replayFakeService.NoValue",
		"uploadApplicationLogo": "replayFakeService.Upload", "previewSAMLmetadataForApplication": "replayFakeService.Metadata",
		"getApplication": "replayFakeService.GetApp", "listApplications": "replayFakeService.ListApps",
		"createGroup": "replayFakeService.CreateGroup", "replaceGroup": "replayFakeService.ReplaceLossy",
		"listGroups": "replayFakeService.ListGroups", "createGroupRule": "replayFakeService.RequireBody",
		"replaceGroupRule": "replayFakeService.RequireBodyPtr", "listOAuth2ClientSecrets": "AppsService.ListClientSecrets",
	} {
		svc, method, _ := strings.Cut(call, ".")
		if _, ok := ops[id]; !ok {
			t.Fatalf("no operation %s", id)
		}
		h.methods[operationIdentity(ops[id])] = directive{operation: ops[id], Service: svc, Method: method}
	}
	h.lookup = func(c *Client, d directive) (reflect.Value, error) {
		if d.Service == "replayFakeService" {
			return reflect.ValueOf(&replayFakeService{c}).MethodByName(d.Method), nil
		}
		return clientMethod(c, d)
	}

	rep, err := h.replayDir(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rep.summary(), "replay: 27 interactions, 14 passed, 9 failed, 2 not implemented, 2 out of scope"; got != want {
		t.Errorf("summary:\n got %s\nwant %s", got, want)
	}
	type key struct {
		cassette string
		index    int
	}
	want := map[key]struct {
		outcome  replayOutcome
		problems []string // substrings of the problems, in order
	}{
		{"synthetic_it/users.yaml", 0}:  {outcome: replayPassed},
		{"synthetic_it/users.yaml", 1}:  {outcome: replayPassed},
		{"synthetic_it/users.yaml", 2}:  {outcome: replayPassed},
		{"synthetic_it/users.yaml", 3}:  {outcome: replayPassed},
		{"synthetic_it/users.yaml", 4}:  {replayFailed, []string{"bogus has no field in okta.UsersListOptions"}},
		{"synthetic_it/users.yaml", 5}:  {outcome: replayPassed}, // with its retry, #6
		{"synthetic_it/users.yaml", 7}:  {outcome: replayNotImplemented},
		{"synthetic_it/users.yaml", 8}:  {outcome: replayOutOfScope},
		{"synthetic_it/users.yaml", 9}:  {replayOutOfScope, []string{"the OAuth 2.0 token endpoint"}},                     // with its reason
		{"synthetic_it/users.yaml", 10}: {replayFailed, []string{"200 with an empty body where a resource was expected"}}, // a 200 without the user is an error
		{"synthetic_it/users.yaml", 11}: {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 0}:  {replayFailed, []string{`response $.profile: missing, recorded {"name":"g"}`, `response $.type: missing, recorded "OKTA_GROUP"`}},
		{"synthetic_it/fakes.yaml", 1}:  {replayFailed, []string{"sent path /api/v1/groups/00g1/oops, recorded /api/v1/groups/00g1"}},
		{"synthetic_it/fakes.yaml", 2}:  {replayFailed, []string{"want an *okta.Error for the recorded 404, got <nil>"}},
		{"synthetic_it/fakes.yaml", 3}:  {replayFailed, []string{`the method returns no value, but Okta answered {"id":"0pr1"}`}},
		{"synthetic_it/fakes.yaml", 4}:  {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 5}:  {replayUnsupported, []string{"not a body and an options struct"}},
		{"synthetic_it/fakes.yaml", 6}:  {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 7}:  {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 8}:  {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 9}:  {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 10}: {replayFailed, []string{`request body $.type: missing, recorded "OKTA_GROUP"`}},
		{"synthetic_it/fakes.yaml", 11}: {replayFailed, []string{"query parameter q=x recorded, not sent"}},
		// A body recorded as null is passed as nil; a pointer body is made empty if the method refuses nil.
		{"synthetic_it/fakes.yaml", 12}: {replayFailed, []string{"no request reached the server (error: okta: the rule is nil)"}},
		{"synthetic_it/fakes.yaml", 13}: {outcome: replayPassed},
		{"synthetic_it/fakes.yaml", 14}: {outcome: replayPassed},
	}
	if len(rep.Results) != len(want) {
		t.Errorf("%d results, want %d", len(rep.Results), len(want))
	}
	for _, r := range rep.Results {
		w, ok := want[key{r.Cassette, r.Index}]
		if !ok {
			t.Errorf("unexpected result %s", r)
			continue
		}
		if r.Outcome != w.outcome || len(r.Problems) != len(w.problems) {
			t.Errorf("%s: outcome %d, want %d with %d problems", r, r.Outcome, w.outcome, len(w.problems))
			continue
		}
		for i, p := range w.problems {
			if !strings.Contains(r.Problems[i], p) {
				t.Errorf("%s: problem %q, want one containing %q", r, r.Problems[i], p)
			}
		}
	}
	for _, r := range rep.Results {
		if r.Cassette == "synthetic_it/users.yaml" && r.Index == 5 && (r.Count != 2 || r.Call != "UsersService.List") {
			t.Errorf("the 429 and its retry: %+v, want one call of UsersService.List covering 2 interactions", r)
		}
	}
}

func TestReplayNoCassettes(t *testing.T) {
	t.Parallel()
	if _, err := (&replayer{}).replayDir(t.Context(), t.TempDir()); err == nil || !strings.Contains(err.Error(), "no cassettes") {
		t.Errorf("empty directory: %v", err)
	}
	if _, err := (&replayer{}).replayDir(t.Context(), filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing directory: no error")
	}
}
