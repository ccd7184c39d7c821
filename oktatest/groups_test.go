package oktatest

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGroupCRUD(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	g := send(t, s, "POST", "/api/v1/groups", map[string]any{"profile": map[string]any{"name": "Engineers", "costCenter": "7"}}).object(t, http.StatusOK)
	id := g["id"].(string)
	if !strings.HasPrefix(id, "00g") || g["type"] != "OKTA_GROUP" {
		t.Errorf("created group = %v", g)
	}
	want := map[string]any{"name": "Engineers", "description": nil, "costCenter": "7"}
	if diff := cmp.Diff(want, g["profile"]); diff != "" {
		t.Errorf("profile (-want +got):\n%s", diff)
	}
	if got := send(t, s, "GET", "/api/v1/groups/"+id, nil).object(t, 200); !cmp.Equal(got, g) {
		t.Errorf("GET answers %v, want what POST answered %v", got, g)
	}

	g = send(t, s, "PUT", "/api/v1/groups/"+id, map[string]any{"profile": map[string]any{"name": "Engineering", "description": "Builders"}}).object(t, 200)
	want = map[string]any{"name": "Engineering", "description": "Builders"}
	if diff := cmp.Diff(want, g["profile"]); diff != "" {
		t.Errorf("profile after PUT (-want +got):\n%s", diff)
	}

	// Okta has no partial update of groups.
	send(t, s, "POST", "/api/v1/groups/"+id, map[string]any{}).oktaError(t, http.StatusMethodNotAllowed, "E0000022")

	send(t, s, "DELETE", "/api/v1/groups/"+id, nil).ok(t, http.StatusNoContent)
	summary, _ := send(t, s, "GET", "/api/v1/groups/"+id, nil).oktaError(t, http.StatusNotFound, "E0000007")
	if want := "Not found: Resource not found: " + id + " (UserGroup)"; summary != want {
		t.Errorf("summary = %q, want %q", summary, want)
	}
}

func TestGroupErrors(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithGroups(Group{ID: "00gtaken", Name: "Taken"}),
		WithUsers(User{ID: "00uone", Profile: map[string]any{"login": "one@example.com", "firstName": "O", "lastName": "O"}}))
	everyone := send(t, s, "GET", "/api/v1/groups?q=Everyone", nil).list(t)[0]["id"].(string)
	tests := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"no name", "POST", "/api/v1/groups", map[string]any{"profile": map[string]any{}}, 400, "E0000001"},
		{"duplicate name", "POST", "/api/v1/groups", map[string]any{"profile": map[string]any{"name": "taken"}}, 400, "E0000001"},
		{"rename Everyone", "PUT", "/api/v1/groups/" + everyone, map[string]any{"profile": map[string]any{"name": "All"}}, 403, "E0000006"},
		{"delete Everyone", "DELETE", "/api/v1/groups/" + everyone, nil, 403, "E0000006"},
		{"add to Everyone", "PUT", "/api/v1/groups/" + everyone + "/users/00uone", nil, 403, "E0000006"},
		{"add unknown user", "PUT", "/api/v1/groups/00gtaken/users/00unope", nil, 404, "E0000007"},
		{"unknown group", "PUT", "/api/v1/groups/00gnope", map[string]any{"profile": map[string]any{"name": "X"}}, 404, "E0000007"},
		{"member of unknown group", "PUT", "/api/v1/groups/00gnope/users/00unope", nil, 404, "E0000007"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			send(t, s, tt.method, tt.path, tt.body).oktaError(t, tt.status, tt.code)
		})
	}
}

func TestGroupMembers(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithGroups(Group{ID: "00gteam", Name: "Team", Members: []string{"seed@example.com"}}),
		WithUsers(User{ID: "00useed", Profile: map[string]any{"login": "seed@example.com", "firstName": "S", "lastName": "S"}}))
	var ids []string
	for _, login := range []string{"m1@example.com", "m2@example.com", "m3@example.com"} {
		id := createUser(t, s, login, "")
		ids = append(ids, id)
		send(t, s, "PUT", "/api/v1/groups/00gteam/users/"+id, nil).ok(t, http.StatusNoContent)
	}
	// Adding twice is fine.
	send(t, s, "PUT", "/api/v1/groups/00gteam/users/"+ids[0], nil).ok(t, http.StatusNoContent)
	send(t, s, "DELETE", "/api/v1/groups/00gteam/users/"+ids[1], nil).ok(t, http.StatusNoContent)
	send(t, s, "DELETE", "/api/v1/groups/00gteam/users/"+ids[1], nil).ok(t, http.StatusNoContent)

	want := []string{"00useed", ids[0], ids[2]}
	if got := pluck(send(t, s, "GET", "/api/v1/groups/00gteam/users", nil).list(t), "id"); !cmp.Equal(got, want) {
		t.Errorf("members = %v, want %v", got, want)
	}
	// Pages of one, following the next links.
	var got []string
	path := "/api/v1/groups/00gteam/users?limit=1"
	for path != "" {
		r := send(t, s, "GET", path, nil)
		got = append(got, pluck(r.list(t), "id")...)
		path = ""
		for _, l := range r.header.Values("Link") {
			if target, ok := strings.CutSuffix(l, `>; rel="next"`); ok {
				path = strings.TrimPrefix(target, "<"+s.URL)
			}
		}
	}
	if !cmp.Equal(got, want) {
		t.Errorf("members page by page = %v, want %v", got, want)
	}
	// Everyone holds every user.
	everyone := send(t, s, "GET", "/api/v1/groups?filter="+url.QueryEscape(`type eq "BUILT_IN"`), nil).list(t)
	if len(everyone) != 1 {
		t.Fatalf("BUILT_IN groups = %v", pluck(everyone, "profile.name"))
	}
	if got := send(t, s, "GET", "/api/v1/groups/"+everyone[0]["id"].(string)+"/users", nil).list(t); len(got) != 4 {
		t.Errorf("Everyone has %d members, want 4", len(got))
	}
	// The user's groups.
	if got := pluck(send(t, s, "GET", "/api/v1/users/"+ids[0]+"/groups", nil).list(t), "profile.name"); !cmp.Equal(got, []string{"Everyone", "Team"}) {
		t.Errorf("groups of a member = %v", got)
	}
}

func TestListGroups(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithGroups(Group{ID: "00gadm", Name: "Admins"}, Group{ID: "00gacc", Name: "Accounting", Description: "Money"},
		Group{ID: "00gsal", Name: "Sales"}))
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"Everyone", "Admins", "Accounting", "Sales"}},
		{"q=a", []string{"Admins", "Accounting"}},
		{"q=SAL", []string{"Sales"}},
		{"filter=" + url.QueryEscape(`type eq "OKTA_GROUP"`), []string{"Admins", "Accounting", "Sales"}},
		{"filter=" + url.QueryEscape(`id eq "00gsal" or id eq "00gadm"`), []string{"Admins", "Sales"}},
		{"search=" + url.QueryEscape(`profile.description co "mon"`), []string{"Accounting"}},
		{"search=" + url.QueryEscape(`type eq "OKTA_GROUP"`) + "&sortBy=profile.name&sortOrder=asc", []string{"Accounting", "Admins", "Sales"}},
		{"limit=2", []string{"Everyone", "Admins"}},
	}
	for _, tt := range tests {
		if got := pluck(send(t, s, "GET", "/api/v1/groups?"+tt.query, nil).list(t), "profile.name"); !cmp.Equal(got, tt.want) {
			t.Errorf("GET /api/v1/groups?%s = %v, want %v", tt.query, got, tt.want)
		}
	}
	links := send(t, s, "GET", "/api/v1/groups?limit=2&q=a", nil).header.Values("Link")
	if len(links) != 1 || !strings.Contains(links[0], `rel="self"`) {
		t.Errorf("one page of two: Link = %q, want only self", links)
	}
	links = send(t, s, "GET", "/api/v1/groups?limit=1&q=a", nil).header.Values("Link")
	if len(links) != 2 || !slices.ContainsFunc(links, func(l string) bool { return strings.Contains(l, "after=00gadm") }) {
		t.Errorf("first page of two: Link = %q, want a next link after 00gadm", links)
	}
}
