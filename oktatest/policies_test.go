package oktatest

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func passwordPolicy(name string) map[string]any {
	return map[string]any{"type": "PASSWORD", "name": name, "description": "Strong",
		"conditions": map[string]any{"people": map[string]any{"groups": map[string]any{"include": []any{"00geveryone"}}}},
		"settings":   map[string]any{"password": map[string]any{"complexity": map[string]any{"minLength": 12.0}}}}
}

func TestPolicies(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	send(t, s, "GET", "/api/v1/policies", nil).oktaError(t, http.StatusBadRequest, "E0000028")
	send(t, s, "POST", "/api/v1/policies", map[string]any{"name": "No type"}).oktaError(t, 400, "E0000001")
	send(t, s, "POST", "/api/v1/policies", map[string]any{"type": "PASSWORD"}).oktaError(t, 400, "E0000001")

	p1 := send(t, s, "POST", "/api/v1/policies", passwordPolicy("First")).object(t, 200)
	p2 := send(t, s, "POST", "/api/v1/policies?activate=false", passwordPolicy("Second")).object(t, 200)
	send(t, s, "POST", "/api/v1/policies", map[string]any{"type": "OKTA_SIGN_ON", "name": "Sign on"}).object(t, 200)
	id1, id2 := p1["id"].(string), p2["id"].(string)
	if !strings.HasPrefix(id1, "00p") || p1["status"] != "ACTIVE" || p2["status"] != "INACTIVE" || p1["priority"] != 1.0 || p2["priority"] != 2.0 {
		t.Errorf("created: %v / %v", p1, p2)
	}
	for k, v := range passwordPolicy("First") {
		if !cmp.Equal(p1[k], v) {
			t.Errorf("%s = %v, want %v as sent", k, p1[k], v)
		}
	}
	if got := pluck(send(t, s, "GET", "/api/v1/policies?type=PASSWORD", nil).list(t), "name"); !cmp.Equal(got, []string{"First", "Second"}) {
		t.Errorf("PASSWORD policies = %v", got)
	}
	if got := pluck(send(t, s, "GET", "/api/v1/policies?type=PASSWORD&status=INACTIVE", nil).list(t), "name"); !cmp.Equal(got, []string{"Second"}) {
		t.Errorf("inactive PASSWORD policies = %v", got)
	}

	send(t, s, "POST", "/api/v1/policies/"+id2+"/lifecycle/activate", nil).ok(t, http.StatusNoContent)
	send(t, s, "POST", "/api/v1/policies/"+id1+"/lifecycle/deactivate", nil).ok(t, http.StatusNoContent)
	if got := pluck(send(t, s, "GET", "/api/v1/policies?type=PASSWORD", nil).list(t), "status"); !cmp.Equal(got, []string{"INACTIVE", "ACTIVE"}) {
		t.Errorf("statuses after activate/deactivate = %v", got)
	}

	// PUT replaces and can move a policy up.
	body := passwordPolicy("Second, renamed")
	body["priority"] = 1
	got := send(t, s, "PUT", "/api/v1/policies/"+id2, body).object(t, 200)
	if got["name"] != "Second, renamed" || got["priority"] != 1.0 || got["type"] != "PASSWORD" {
		t.Errorf("after PUT: %v", got)
	}
	body["type"] = "OKTA_SIGN_ON"
	send(t, s, "PUT", "/api/v1/policies/"+id2, body).oktaError(t, 400, "E0000001")

	send(t, s, "DELETE", "/api/v1/policies/"+id1, nil).ok(t, http.StatusNoContent)
	send(t, s, "GET", "/api/v1/policies/"+id1, nil).oktaError(t, 404, "E0000007")
	if got := pluck(send(t, s, "GET", "/api/v1/policies?type=PASSWORD", nil).list(t), "id"); !cmp.Equal(got, []string{id2}) {
		t.Errorf("PASSWORD policies after delete = %v", got)
	}
}

func TestPolicyRules(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	pid := send(t, s, "POST", "/api/v1/policies", map[string]any{"type": "OKTA_SIGN_ON", "name": "Sign on"}).object(t, 200)["id"].(string)
	base := "/api/v1/policies/" + pid + "/rules"
	send(t, s, "POST", base, map[string]any{}).oktaError(t, 400, "E0000001")
	send(t, s, "POST", "/api/v1/policies/00pnope/rules", map[string]any{"name": "x"}).oktaError(t, 404, "E0000007")

	r1 := send(t, s, "POST", base, map[string]any{"name": "Allow", "actions": map[string]any{"signon": map[string]any{"access": "ALLOW"}}}).object(t, 200)
	r2 := send(t, s, "POST", base, map[string]any{"name": "Deny", "priority": 1, "actions": map[string]any{"signon": map[string]any{"access": "DENY"}}}).object(t, 200)
	if r1["type"] != "SIGN_ON" || r1["status"] != "ACTIVE" || !strings.HasPrefix(r1["id"].(string), "0pr") {
		t.Errorf("rule = %v", r1)
	}
	if field(r2, "actions.signon.access") != "DENY" || r2["priority"] != 1.0 {
		t.Errorf("rule with priority 1 = %v", r2)
	}
	rid1, rid2 := r1["id"].(string), r2["id"].(string)
	if got := pluck(send(t, s, "GET", base, nil).list(t), "id"); !cmp.Equal(got, []string{rid2, rid1}) {
		t.Errorf("rules = %v, want the priority 1 rule first", got)
	}

	send(t, s, "POST", base+"/"+rid1+"/lifecycle/deactivate", nil).ok(t, http.StatusNoContent)
	got := send(t, s, "GET", base+"/"+rid1, nil).object(t, 200)
	if got["status"] != "INACTIVE" || field(got, "_links.activate") == nil {
		t.Errorf("after deactivate: %v", got)
	}
	send(t, s, "POST", base+"/"+rid1+"/lifecycle/activate", nil).ok(t, http.StatusNoContent)

	got = send(t, s, "PUT", base+"/"+rid1, map[string]any{"name": "Allow all", "priority": 1}).object(t, 200)
	if got["name"] != "Allow all" || got["actions"] != nil || got["priority"] != 1.0 {
		t.Errorf("after PUT: %v", got)
	}
	send(t, s, "DELETE", base+"/"+rid2, nil).ok(t, http.StatusNoContent)
	send(t, s, "GET", base+"/"+rid2, nil).oktaError(t, 404, "E0000007")
	if got := pluck(send(t, s, "GET", base, nil).list(t), "name"); !cmp.Equal(got, []string{"Allow all"}) {
		t.Errorf("rules after delete = %v", got)
	}
}
