package oktatest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestRoundTripEveryCollection creates, reads, lists, replaces and deletes a resource of every collection the
// generic store holds (those with a create, an item GET, PUT and DELETE), keeping what the client sent.
func TestRoundTripEveryCollection(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	n := 0
	for i := range operations {
		op := &operations[i]
		if genOps[op.id].kind != genCreate || routes[op.id].handle != nil || hooks[op.id] != nil || op.respSchema == "" {
			continue
		}
		sh := shapeOf(op.path)
		get, put, del := shapes["GET "+sh+"/{}"], shapes["PUT "+sh+"/{}"], shapes["DELETE "+sh+"/{}"]
		list := shapes["GET "+sh]
		if get == nil || put == nil || del == nil || list == nil || routes[get.id].handle != nil {
			continue
		}
		n++
		vals := f.params(op)
		path := op.path.raw
		for _, v := range vals {
			path = path[:strings.Index(path, "{")] + v + path[strings.Index(path, "}")+1:]
		}
		created := send(t, f.srv, http.MethodPost, path, map[string]any{"name": "rt", "custom": map[string]any{"kept": true}})
		obj, _ := created.ok(t, op.status).(map[string]any)
		id := str(obj, "id")
		if len(id) != 20 || str(obj, "created") == "" || str(obj, "lastUpdated") == "" || obj["_links"] == nil {
			t.Errorf("%s: created %s, want Okta's server fields", op.id, created.body)
			continue
		}
		item := path + "/" + id
		got := send(t, f.srv, http.MethodGet, item, nil).ok(t, get.status).(map[string]any)
		if !jsonEqual(got["custom"], map[string]any{"kept": true}) {
			t.Errorf("%s: GET %s lost the client's members: %v", get.id, item, got)
		}
		if items, ok := send(t, f.srv, http.MethodGet, path, nil).ok(t, list.status).([]any); ok &&
			!slices.ContainsFunc(items, func(v any) bool { return str(asObject(v), "id") == id }) {
			t.Errorf("%s: the list does not hold %s", list.id, id)
		}
		replaced := send(t, f.srv, http.MethodPut, item, map[string]any{"name": "replaced"}).ok(t, put.status).(map[string]any)
		if str(replaced, "name") != "replaced" || replaced["custom"] != nil || str(replaced, "id") != id {
			t.Errorf("%s: PUT answered %v", put.id, replaced)
		}
		send(t, f.srv, http.MethodDelete, item, nil).ok(t, del.status)
		send(t, f.srv, http.MethodGet, item, nil).oktaError(t, http.StatusNotFound, "E0000007")
	}
	if n < 30 {
		t.Errorf("%d collections round-tripped, want at least 30", n)
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// TestGenericStore checks the rules of the generic store on authorization servers, their scopes and the org
// settings.
func TestGenericStore(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	as := send(t, s, "POST", "/api/v1/authorizationServers", map[string]any{"name": "a", "audiences": []string{"api://a"}}).ok(t, 201).(map[string]any)
	id := str(as, "id")
	if !strings.HasPrefix(id, "aus") || str(as, "status") != "ACTIVE" {
		t.Errorf("created %v, want an aus ID and status ACTIVE", as)
	}
	base := "/api/v1/authorizationServers/" + id
	scope := send(t, s, "POST", base+"/scopes", map[string]any{"name": "read"}).ok(t, 201).(map[string]any)
	if !strings.HasPrefix(str(scope, "id"), "scp") {
		t.Errorf("scope ID %q, want the scp prefix", scope["id"])
	}
	// A lifecycle action moves the status.
	send(t, s, "POST", base+"/lifecycle/deactivate", nil).ok(t, 204)
	if got := send(t, s, "GET", base, nil).ok(t, 200).(map[string]any); str(got, "status") != "INACTIVE" {
		t.Errorf("status after deactivate = %v", got["status"])
	}
	// POST to an item merges.
	merged := send(t, s, "POST", base+"/scopes/"+str(scope, "id"), map[string]any{"description": "d"})
	if merged.status == http.StatusOK {
		if m := merged.ok(t, 200).(map[string]any); str(m, "name") != "read" || str(m, "description") != "d" {
			t.Errorf("merged %v", m)
		}
	}
	// Malformed JSON, unknown IDs and unknown parents are Okta's errors; answers carry rate-limit headers.
	r := send(t, s, "POST", base+"/scopes", `{"name":`)
	r.oktaError(t, 400, "E0000003")
	if r.header.Get("X-Rate-Limit-Remaining") == "" {
		t.Error("no rate-limit headers")
	}
	send(t, s, "GET", base+"/scopes/scpnothing", nil).oktaError(t, 404, "E0000007")
	send(t, s, "GET", "/api/v1/authorizationServers/ausnothing/scopes", nil).oktaError(t, 404, "E0000007")
	// Deleting the parent deletes its sub-collections.
	send(t, s, "DELETE", base, nil).ok(t, 204)
	send(t, s, "GET", base+"/scopes", nil).oktaError(t, 404, "E0000007")
	send(t, s, "PUT", "/api/v1/authorizationServers/"+id+"/scopes/x", map[string]any{"name": "again"}).oktaError(t, 404, "E0000007")

	// A singleton starts as Okta recorded it and is replaced whole.
	org := send(t, s, "GET", "/api/v1/org", nil).ok(t, 200).(map[string]any)
	if str(org, "companyName") == "" {
		t.Errorf("org settings %v, want the recorded payload", org)
	}
	send(t, s, "PUT", "/api/v1/org", map[string]any{"companyName": "Acme", "x-custom": 1}).ok(t, 200)
	if org := send(t, s, "GET", "/api/v1/org", nil).ok(t, 200).(map[string]any); str(org, "companyName") != "Acme" || org["x-custom"] == nil {
		t.Errorf("org settings after PUT: %v", org)
	}
}

// TestWithHandler checks that a stub answers in place of the fake, with its path values, and is recorded.
func TestWithHandler(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithHandler("GET /api/v1/users/{id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
		w.Write([]byte(r.PathValue("id")))
	})))
	r := send(t, s, "GET", "/api/v1/users/00uabc", nil)
	if r.status != http.StatusTeapot || string(r.body) != "00uabc" {
		t.Errorf("stub answered %d %s", r.status, r.body)
	}
	send(t, s, "GET", "/api/v1/users", nil).ok(t, 200) // other operations stay with the fake
	reqs := s.Requests()
	if len(reqs) != 2 || reqs[0].Path != "/api/v1/users/00uabc" || reqs[0].Status != http.StatusTeapot {
		t.Errorf("Requests() = %+v", reqs)
	}
}

// TestGenericLists checks paging, q and filter on a collection of the generic store.
func TestGenericLists(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	var ids []string
	for _, name := range []string{"Office", "VPN", "Other office"} {
		z := send(t, s, "POST", "/api/v1/zones", map[string]any{"type": "IP", "name": name}).ok(t, 200).(map[string]any)
		ids = append(ids, str(z, "id"))
	}
	r := send(t, s, "GET", "/api/v1/zones?limit=2", nil)
	page := r.ok(t, 200).([]any)
	links := r.header.Values("Link")
	if len(page) != 2 || len(links) != 2 || !strings.HasSuffix(links[1], `rel="next"`) {
		t.Fatalf("first page %d items, links %q", len(page), links)
	}
	next := strings.TrimPrefix(strings.TrimSuffix(links[1], `>; rel="next"`), "<"+s.URL)
	r = send(t, s, "GET", next, nil)
	if page := r.ok(t, 200).([]any); len(page) != 1 || str(asObject(page[0]), "id") != ids[2] || len(r.header.Values("Link")) != 1 {
		t.Errorf("second page %v, links %q", page, r.header.Values("Link"))
	}
	names := func(query string) []string {
		var out []string
		for _, z := range send(t, s, "GET", "/api/v1/zones?"+query, nil).ok(t, 200).([]any) {
			out = append(out, str(asObject(z), "name"))
		}
		return out
	}
	if got := names("q=oth"); !slices.Equal(got, []string{"Other office"}) {
		t.Errorf("q=oth: %v", got)
	}
	if got := names(`filter=name+eq+"VPN"`); !slices.Equal(got, []string{"VPN"}) {
		t.Errorf("filter: %v", got)
	}
	send(t, s, "GET", "/api/v1/zones?after=nothing", nil).oktaError(t, 400, "E0000029")
}
