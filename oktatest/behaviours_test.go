package oktatest

import (
	"net/http"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func annAndBob() Option {
	return WithUsers(
		User{ID: "00uann00000000000001", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee", "department": "Eng"}},
		User{ID: "00ubob00000000000002", Profile: map[string]any{"login": "bob@example.com", "firstName": "Bob", "lastName": "Ray", "department": "Ops"}},
	)
}

func TestUserFactors(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob(), WithPasscode("424242"))
	base := "/api/v1/users/00uann00000000000001/factors"
	f := send(t, s, "POST", base, map[string]any{"factorType": "token:software:totp", "provider": "GOOGLE"}).ok(t, 200).(map[string]any)
	id := str(f, "id")
	if str(f, "status") != "PENDING_ACTIVATION" || id[:3] != "ost" {
		t.Fatalf("enrolled %v", f)
	}
	send(t, s, "POST", base+"/"+id+"/verify", map[string]any{"passCode": "424242"}).oktaError(t, 400, "E0000001")
	send(t, s, "POST", base+"/"+id+"/lifecycle/activate", map[string]any{"passCode": "000000"}).oktaError(t, 403, "E0000068")
	if got := send(t, s, "POST", base+"/"+id+"/lifecycle/activate", map[string]any{"passCode": "424242"}).ok(t, 200).(map[string]any); str(got, "status") != "ACTIVE" {
		t.Errorf("activated %v", got)
	}
	if got := send(t, s, "POST", base+"/"+id+"/verify", map[string]any{"passCode": "424242"}).ok(t, 200); !cmp.Equal(got, map[string]any{"factorResult": "SUCCESS"}) {
		t.Errorf("verify = %v", got)
	}
	send(t, s, "POST", base+"/"+id+"/verify", map[string]any{"passCode": "1"}).oktaError(t, 403, "E0000068")
	send(t, s, "POST", "/api/v1/users/00uann00000000000001/lifecycle/reset_factors", nil).ok(t, 200)
	if got := send(t, s, "GET", base, nil).ok(t, 200); !cmp.Equal(got, []any{}) {
		t.Errorf("factors after reset = %v", got)
	}
	send(t, s, "GET", base+"/"+id, nil).oktaError(t, 404, "E0000007")
}

func TestGroupRulesAndStats(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob(), WithGroups(Group{ID: "00geng00000000000001", Name: "Engineering"}))
	rule := send(t, s, "POST", "/api/v1/groups/rules", map[string]any{
		"name":       "Eng",
		"conditions": map[string]any{"expression": map[string]any{"value": `user.department=="Eng"`, "type": "urn:okta:expression:1.0"}},
		"actions":    map[string]any{"assignUserToGroups": map[string]any{"groupIds": []string{"00geng00000000000001"}}},
	}).ok(t, 200).(map[string]any)
	if str(rule, "status") != "INACTIVE" {
		t.Errorf("a new rule is %v, want INACTIVE", rule["status"])
	}
	members := func() []string {
		var ids []string
		for _, u := range send(t, s, "GET", "/api/v1/groups/00geng00000000000001/users", nil).ok(t, 200).([]any) {
			ids = append(ids, str(asObject(u), "id"))
		}
		return ids
	}
	if got := members(); len(got) != 0 {
		t.Errorf("an inactive rule assigned %v", got)
	}
	send(t, s, "POST", "/api/v1/groups/rules/"+str(rule, "id")+"/lifecycle/activate", nil).ok(t, 204)
	if got := members(); !cmp.Equal(got, []string{"00uann00000000000001"}) {
		t.Errorf("members after activation = %v", got)
	}
	// A user who comes to match an active rule is assigned too.
	send(t, s, "POST", "/api/v1/users/00ubob00000000000002", map[string]any{"profile": map[string]any{"department": "Eng"}}).ok(t, 200)
	if got := members(); !cmp.Equal(got, []string{"00uann00000000000001", "00ubob00000000000002"}) {
		t.Errorf("members after the update = %v", got)
	}
	g := send(t, s, "GET", "/api/v1/groups/00geng00000000000001?expand=stats", nil).ok(t, 200).(map[string]any)
	stats := asObject(asObject(g["_embedded"])["stats"])
	if stats["usersCount"] != float64(2) || stats["appsCount"] != float64(0) {
		t.Errorf("stats = %v", stats)
	}
	if g := send(t, s, "GET", "/api/v1/groups/00geng00000000000001", nil).ok(t, 200).(map[string]any); g["_embedded"] != nil {
		t.Errorf("stats without expand: %v", g["_embedded"])
	}
}

func TestAuthorizationServerKeysAndHooks(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	as := send(t, s, "POST", "/api/v1/authorizationServers", map[string]any{"name": "a"}).ok(t, 201).(map[string]any)
	keysPath := "/api/v1/authorizationServers/" + str(as, "id") + "/credentials/keys"
	statuses := func(v any) map[string]string {
		out := map[string]string{}
		for _, k := range v.([]any) {
			out[str(asObject(k), "kid")] = str(asObject(k), "status")
		}
		return out
	}
	before := statuses(send(t, s, "GET", keysPath, nil).ok(t, 200))
	after := statuses(send(t, s, "POST", "/api/v1/authorizationServers/"+str(as, "id")+"/credentials/lifecycle/keyRotate", map[string]any{"use": "sig"}).ok(t, 200))
	if len(before) != 2 || len(after) != 3 {
		t.Fatalf("keys before %v, after %v", before, after)
	}
	for kid, st := range before {
		want := map[string]string{"ACTIVE": "EXPIRED", "NEXT": "ACTIVE"}[st]
		if after[kid] != want {
			t.Errorf("key %s: %s after rotation, want %s", kid, after[kid], want)
		}
	}

	hook := send(t, s, "POST", "/api/v1/eventHooks", map[string]any{"name": "h", "verificationStatus": "UNVERIFIED"}).ok(t, 200).(map[string]any)
	got := send(t, s, "POST", "/api/v1/eventHooks/"+str(hook, "id")+"/lifecycle/verify", nil).ok(t, 200).(map[string]any)
	if str(got, "verificationStatus") != "VERIFIED" || str(got, "name") != "h" {
		t.Errorf("verified hook = %v", got)
	}
}

func TestSystemLog(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newTestServer(t, WithClock(clock), WithGroups(Group{ID: "00gall00000000000001", Name: "All"}))
	user := send(t, s, "POST", "/api/v1/users?activate=false", map[string]any{"profile": map[string]any{
		"login": "cy@example.com", "email": "cy@example.com", "firstName": "Cy", "lastName": "Ng"}}).ok(t, 200).(map[string]any)
	id := str(user, "id")
	s.mu.Lock()
	now = now.Add(time.Hour)
	s.mu.Unlock()
	send(t, s, "POST", "/api/v1/users/"+id+"/lifecycle/activate?sendEmail=false", nil).ok(t, 200)
	send(t, s, "PUT", "/api/v1/groups/00gall00000000000001/users/"+id, nil).ok(t, 204)

	types := func(query url.Values) []string {
		var out []string
		for _, e := range send(t, s, "GET", "/api/v1/logs?"+query.Encode(), nil).ok(t, 200).([]any) {
			out = append(out, str(asObject(e), "eventType"))
		}
		return out
	}
	since := "2026-01-01T00:00:00Z"
	tests := []struct {
		name  string
		query url.Values
		want  []string
	}{
		{"all", url.Values{"since": {since}}, []string{"user.lifecycle.create", "user.lifecycle.activate", "group.user_membership.add"}},
		{"until", url.Values{"since": {since}, "until": {"2026-01-02T03:30:00Z"}}, []string{"user.lifecycle.create"}},
		{"since", url.Values{"since": {"2026-01-02T03:30:00Z"}}, []string{"user.lifecycle.activate", "group.user_membership.add"}},
		{"filter on type", url.Values{"since": {since}, "filter": {`eventType eq "group.user_membership.add"`}}, []string{"group.user_membership.add"}},
		{"filter on any target", url.Values{"since": {since}, "filter": {`target.id eq "00gall00000000000001"`}}, []string{"group.user_membership.add"}},
		{"q", url.Values{"since": {since}, "q": {"lifecycle.activate cy@example.com"}}, []string{"user.lifecycle.activate"}},
		{"descending", url.Values{"since": {since}, "sortOrder": {"DESCENDING"}, "limit": {"1"}}, []string{"group.user_membership.add"}},
		{"default since is 7 days ago", url.Values{}, []string{"user.lifecycle.create", "user.lifecycle.activate", "group.user_membership.add"}},
	}
	for _, tt := range tests {
		if got := types(tt.query); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	send(t, s, "GET", "/api/v1/logs?filter=eventType+eq", nil).oktaError(t, http.StatusBadRequest, "E0000031")
}

func TestRoleAssignments(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob(), WithGroups(Group{ID: "00gadm00000000000001", Name: "Admins", Members: []string{"00ubob00000000000002"}}))
	first := send(t, s, "POST", "/api/v1/users/00uann00000000000001/roles", map[string]any{"type": "SUPER_ADMIN"}).ok(t, 201).(map[string]any)
	again := send(t, s, "POST", "/api/v1/users/00uann00000000000001/roles", map[string]any{"type": "SUPER_ADMIN"}).ok(t, 201).(map[string]any)
	if str(first, "id") != str(again, "id") || str(first, "label") != "Super Administrator" || str(first, "assignmentType") != "USER" {
		t.Errorf("assignments %v and %v", first, again)
	}
	send(t, s, "POST", "/api/v1/groups/00gadm00000000000001/roles", map[string]any{"type": "READ_ONLY_ADMIN"}).ok(t, 201)
	send(t, s, "POST", "/api/v1/users/00unobody/roles", map[string]any{"type": "SUPER_ADMIN"}).oktaError(t, 404, "E0000007")
	send(t, s, "POST", "/api/v1/users/00uann00000000000001/roles", map[string]any{}).oktaError(t, 400, "E0000001")

	got := send(t, s, "GET", "/api/v1/iam/assignees/users?limit=1", nil)
	env := got.ok(t, 200).(map[string]any)
	if v := env["value"].([]any); len(v) != 1 || str(asObject(v[0]), "id") != "00uann00000000000001" {
		t.Errorf("first page %v", env)
	}
	next := asObject(asObject(env["_links"])["next"])
	if str(next, "href") == "" {
		t.Fatalf("no next link in %v", env)
	}
	u, _ := url.Parse(str(next, "href"))
	env = send(t, s, "GET", u.RequestURI(), nil).ok(t, 200).(map[string]any)
	if v := env["value"].([]any); len(v) != 1 || str(asObject(v[0]), "id") != "00ubob00000000000002" {
		t.Errorf("second page %v", env)
	}
	// Unassigning the role takes the user off the list.
	send(t, s, "DELETE", "/api/v1/users/00uann00000000000001/roles/"+str(first, "id"), nil).ok(t, 204)
	env = send(t, s, "GET", "/api/v1/iam/assignees/users", nil).ok(t, 200).(map[string]any)
	if v := env["value"].([]any); len(v) != 1 {
		t.Errorf("after unassigning: %v", env)
	}
}

func TestCustomRolesAndResourceSets(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob())
	role := send(t, s, "POST", "/api/v1/iam/roles", map[string]any{"label": "Auditor", "description": "reads", "permissions": []string{"okta.users.read"}}).ok(t, 200).(map[string]any)
	// A role is found by its label too.
	if got := send(t, s, "GET", "/api/v1/iam/roles/Auditor", nil).ok(t, 200).(map[string]any); str(got, "id") != str(role, "id") {
		t.Errorf("role by label = %v", got)
	}
	if got := send(t, s, "GET", "/api/v1/iam/roles", nil).ok(t, 200).(map[string]any); len(got["roles"].([]any)) != 1 {
		t.Errorf("roles envelope = %v", got)
	}
	set := send(t, s, "POST", "/api/v1/iam/resource-sets", map[string]any{"label": "Users", "resources": []string{s.URL + "/api/v1/users"}}).ok(t, 200).(map[string]any)
	base := "/api/v1/iam/resource-sets/" + str(set, "id")
	annHref := s.URL + "/api/v1/users/00uann00000000000001"
	b := send(t, s, "POST", base+"/bindings", map[string]any{"role": str(role, "id"), "members": []string{annHref}}).ok(t, 200).(map[string]any)
	if str(b, "id") != str(role, "id") {
		t.Errorf("binding %v, want it named by its role", b)
	}
	send(t, s, "PATCH", base+"/bindings/Auditor/members", map[string]any{"additions": []string{annHref, s.URL + "/api/v1/users/00ubob00000000000002"}}).ok(t, 200)
	members := send(t, s, "GET", base+"/bindings/"+str(role, "id")+"/members", nil).ok(t, 200).(map[string]any)["members"].([]any)
	if len(members) != 2 {
		t.Errorf("members = %v", members)
	}
	send(t, s, "PATCH", base+"/resources", map[string]any{"additions": []string{"orn:okta:directory:x:groups"}}).ok(t, 200)
	if res := send(t, s, "GET", base+"/resources", nil).ok(t, 200).(map[string]any)["resources"].([]any); len(res) != 1 || str(asObject(res[0]), "orn") == "" {
		t.Errorf("resources = %v", res)
	}
	send(t, s, "DELETE", base, nil).ok(t, 204)
	send(t, s, "GET", base+"/bindings", nil).oktaError(t, 404, "E0000007")
}

func TestRoleTargetsAndGroupOwners(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob(), WithGroups(Group{ID: "00gsup00000000000001", Name: "Support"}))
	role := send(t, s, "POST", "/api/v1/users/00uann00000000000001/roles", map[string]any{"type": "USER_ADMIN"}).ok(t, 201).(map[string]any)
	targets := "/api/v1/users/00uann00000000000001/roles/" + str(role, "id") + "/targets/groups"
	send(t, s, "PUT", targets+"/00gsup00000000000001", nil).ok(t, 204)
	send(t, s, "PUT", targets+"/00gnothing", nil).oktaError(t, 404, "E0000007")
	got := send(t, s, "GET", targets, nil).ok(t, 200).([]any)
	if len(got) != 1 || str(asObject(asObject(got[0])["profile"]), "name") != "Support" {
		t.Errorf("targets = %v", got)
	}
	send(t, s, "DELETE", targets+"/00gsup00000000000001", nil).ok(t, 204)
	if got := send(t, s, "GET", targets, nil).ok(t, 200).([]any); len(got) != 0 {
		t.Errorf("targets after unassigning = %v", got)
	}

	owner := send(t, s, "POST", "/api/v1/groups/00gsup00000000000001/owners", map[string]any{"id": "00ubob00000000000002", "type": "USER"}).ok(t, 201).(map[string]any)
	if str(owner, "displayName") != "bob@example.com" || str(owner, "id") != "00ubob00000000000002" {
		t.Errorf("owner = %v", owner)
	}
	if got := send(t, s, "GET", "/api/v1/groups/00gsup00000000000001/owners", nil).ok(t, 200).([]any); len(got) != 1 {
		t.Errorf("owners = %v", got)
	}
	send(t, s, "POST", "/api/v1/groups/00gsup00000000000001/owners", map[string]any{"id": "00unobody", "type": "USER"}).oktaError(t, 404, "E0000007")
	send(t, s, "DELETE", "/api/v1/groups/00gsup00000000000001/owners/00ubob00000000000002", nil).ok(t, 204)
	// Deleting the group deletes what hangs below it.
	send(t, s, "POST", "/api/v1/groups/00gsup00000000000001/owners", map[string]any{"id": "00ubob00000000000002"}).ok(t, 201)
	send(t, s, "DELETE", "/api/v1/groups/00gsup00000000000001", nil).ok(t, 204)
	s.mu.Lock()
	left := len(s.store.colls["/api/v1/groups/00gsup00000000000001/owners"])
	s.mu.Unlock()
	if left != 0 {
		t.Errorf("%d owners left after the group was deleted", left)
	}
}

func TestIdentityProviders(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, annAndBob())
	idp := send(t, s, "POST", "/api/v1/idps", map[string]any{"type": "GOOGLE", "name": "Google"}).ok(t, 200).(map[string]any)
	base := "/api/v1/idps/" + str(idp, "id")
	if str(idp, "status") != "ACTIVE" {
		t.Errorf("idp = %v", idp)
	}
	send(t, s, "POST", base+"/lifecycle/deactivate", nil).ok(t, 200)
	linked := send(t, s, "POST", base+"/users/ann@example.com", map[string]any{"externalId": "g-1"}).ok(t, 200).(map[string]any)
	if str(linked, "id") != "00uann00000000000001" || str(linked, "externalId") != "g-1" {
		t.Errorf("linked = %v", linked)
	}
	send(t, s, "POST", base+"/users/00unobody", map[string]any{"externalId": "g-2"}).oktaError(t, 404, "E0000007")
	if got := send(t, s, "GET", base+"/users", nil).ok(t, 200).([]any); len(got) != 1 {
		t.Errorf("linked users = %v", got)
	}
	send(t, s, "DELETE", base+"/users/00uann00000000000001", nil).ok(t, 204)
	key := send(t, s, "POST", "/api/v1/idps/credentials/keys", map[string]any{"x5c": []string{"MIIC"}}).ok(t, 200).(map[string]any)
	if got := send(t, s, "GET", "/api/v1/idps/credentials/keys/"+str(key, "id"), nil).ok(t, 200).(map[string]any); !cmp.Equal(got["x5c"], []any{"MIIC"}) {
		t.Errorf("key = %v", got)
	}
}

// TestHooksAndEventsAreOperations checks that hand-written behaviour and System Log events are registered under
// operation IDs of the tables.
func TestHooksAndEventsAreOperations(t *testing.T) {
	t.Parallel()
	known := map[string]bool{}
	for _, op := range operations {
		known[op.id] = true
	}
	for id := range hooks {
		if !known[id] {
			t.Errorf("hook %s is not an operation", id)
		}
		if routes[id].handle != nil {
			t.Errorf("hook %s is also a hand-written route, which wins", id)
		}
	}
	for id := range events {
		if !known[id] {
			t.Errorf("event of %s: not an operation", id)
		}
	}
}
