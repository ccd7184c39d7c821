package oktatest

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func bookmarkApp(label string) map[string]any {
	return map[string]any{"name": "bookmark", "label": label, "signOnMode": "BOOKMARK",
		"settings": map[string]any{"app": map[string]any{"requestIntegration": false, "url": "https://example.com/" + label}}}
}

func TestCreateAppAnySignOnMode(t *testing.T) {
	t.Parallel()
	apps := []map[string]any{
		bookmarkApp("Bookmark"),
		{"label": "SAML", "signOnMode": "SAML_2_0", "settings": map[string]any{"signOn": map[string]any{
			"ssoAcsUrl": "https://sp.example.com/acs", "audience": "https://sp.example.com", "subjectNameIdFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"}}},
		{"name": "oidc_client", "label": "OIDC", "signOnMode": "OPENID_CONNECT",
			"credentials": map[string]any{"oauthClient": map[string]any{"token_endpoint_auth_method": "client_secret_basic"}},
			"settings": map[string]any{"oauthClient": map[string]any{"grant_types": []any{"authorization_code"},
				"redirect_uris": []any{"https://app.example.com/cb"}, "application_type": "web"}}},
		{"label": "Made up", "signOnMode": "SOMETHING_NEW_2030", "futureField": map[string]any{"deep": []any{1.0, "two"}}},
	}
	for _, body := range apps {
		t.Run(body["label"].(string), func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t)
			got := send(t, s, "POST", "/api/v1/apps", body).object(t, http.StatusOK)
			id := got["id"].(string)
			if !strings.HasPrefix(id, "0oa") || got["status"] != "ACTIVE" || got["created"] == nil || got["lastUpdated"] == nil {
				t.Errorf("server fields: %v", got)
			}
			// Everything sent comes back as sent.
			for k, v := range body {
				if !cmp.Equal(got[k], v) {
					t.Errorf("%s = %v, want %v as sent", k, got[k], v)
				}
			}
			if got["name"] == nil || got["features"] == nil || got["visibility"] == nil || got["_links"] == nil {
				t.Errorf("Okta's defaults are missing: %v", sortedKeys(got))
			}
			if again := send(t, s, "GET", "/api/v1/apps/"+id, nil).object(t, 200); !cmp.Equal(again, got) {
				t.Errorf("GET differs from POST:\n%s", cmp.Diff(got, again))
			}
		})
	}
}

func TestAppErrors(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	send(t, s, "POST", "/api/v1/apps", map[string]any{"signOnMode": "BOOKMARK"}).oktaError(t, 400, "E0000001")
	send(t, s, "POST", "/api/v1/apps", map[string]any{"label": "No mode"}).oktaError(t, 400, "E0000001")
	summary, _ := send(t, s, "GET", "/api/v1/apps/0oanope", nil).oktaError(t, 404, "E0000007")
	if summary != "Not found: Resource not found: 0oanope (AppInstance)" {
		t.Errorf("summary = %q", summary)
	}
}

func TestAppLifecycleAndDelete(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	app := send(t, s, "POST", "/api/v1/apps?activate=false", bookmarkApp("Later")).object(t, 200)
	id := app["id"].(string)
	if app["status"] != "INACTIVE" || field(app, "_links.activate") == nil {
		t.Errorf("created with activate=false: status %v, links %v", app["status"], field(app, "_links"))
	}
	send(t, s, "POST", "/api/v1/apps/"+id+"/lifecycle/activate", nil).ok(t, 200)
	if got := send(t, s, "GET", "/api/v1/apps/"+id, nil).object(t, 200); got["status"] != "ACTIVE" {
		t.Errorf("status after activate = %v", got["status"])
	}
	// An active app cannot be deleted.
	_, causes := send(t, s, "DELETE", "/api/v1/apps/"+id, nil).oktaError(t, http.StatusForbidden, "E0000056")
	if !cmp.Equal(causes, []string{"The application must be deactivated before deletion."}) {
		t.Errorf("causes = %q", causes)
	}
	send(t, s, "POST", "/api/v1/apps/"+id+"/lifecycle/deactivate", nil).ok(t, 200)
	send(t, s, "DELETE", "/api/v1/apps/"+id, nil).ok(t, http.StatusNoContent)
	send(t, s, "GET", "/api/v1/apps/"+id, nil).oktaError(t, 404, "E0000007")
}

func TestReplaceApp(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	app := send(t, s, "POST", "/api/v1/apps", bookmarkApp("Old")).object(t, 200)
	id := app["id"].(string)
	// Clients send back what they got, server fields included; those are ignored.
	app["label"] = "New"
	app["status"] = "INACTIVE"
	app["id"] = "0oaforged"
	got := send(t, s, "PUT", "/api/v1/apps/"+id, app).object(t, 200)
	if got["label"] != "New" || got["status"] != "ACTIVE" || got["id"] != id {
		t.Errorf("after PUT: label %v, status %v, id %v", got["label"], got["status"], got["id"])
	}
	app["signOnMode"] = "SAML_2_0"
	send(t, s, "PUT", "/api/v1/apps/"+id, app).oktaError(t, 400, "E0000001")
}

func TestListApps(t *testing.T) {
	t.Parallel()
	s := newTestServer(t,
		WithUsers(User{ID: "00uann", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "A"}}),
		WithApps(
			App{ID: "0oawiki", Label: "Wiki", SignOnMode: "BOOKMARK", Users: []string{"ann@example.com"}},
			App{ID: "0oaold", Label: "Old wiki", SignOnMode: "BOOKMARK", Status: "INACTIVE"},
			App{ID: "0oasaml", Label: "Payroll", SignOnMode: "SAML_2_0"},
		))
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"0oawiki", "0oaold", "0oasaml"}},
		{"q=wiki", []string{"0oawiki"}},
		{"q=old", []string{"0oaold"}},
		{"q=bookmark", []string{"0oawiki", "0oaold"}}, // q matches the name too
		{"filter=" + url.QueryEscape(`status eq "ACTIVE"`), []string{"0oawiki", "0oasaml"}},
		{"filter=" + url.QueryEscape(`status eq "INACTIVE"`), []string{"0oaold"}},
		{"filter=" + url.QueryEscape(`user.id eq "00uann"`), []string{"0oawiki"}},
		{"q=wiki&filter=" + url.QueryEscape(`status eq "INACTIVE"`), []string{}},
		{"limit=2", []string{"0oawiki", "0oaold"}},
		{"limit=2&after=0oaold", []string{"0oasaml"}},
	}
	for _, tt := range tests {
		if got := pluck(send(t, s, "GET", "/api/v1/apps?"+tt.query, nil).list(t), "id"); !cmp.Equal(got, tt.want) {
			t.Errorf("GET /api/v1/apps?%s = %v, want %v", tt.query, got, tt.want)
		}
	}
	send(t, s, "GET", "/api/v1/apps?filter="+url.QueryEscape(`label sw "W"`), nil).oktaError(t, 400, "E0000031")
}

func TestAppAssignments(t *testing.T) {
	t.Parallel()
	s := newTestServer(t,
		WithUsers(
			User{ID: "00uann", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "A"}},
			User{ID: "00ubob", Profile: map[string]any{"login": "bob@example.com", "firstName": "Bob", "lastName": "B"}, Groups: []string{"Sales"}},
		),
		WithGroups(Group{ID: "00gsales", Name: "Sales"}, Group{ID: "00geng", Name: "Engineering"}),
		WithApps(App{ID: "0oaapp", Label: "App", SignOnMode: "BOOKMARK"}))

	au := send(t, s, "POST", "/api/v1/apps/0oaapp/users", map[string]any{"id": "00uann", "scope": "USER",
		"credentials": map[string]any{"userName": "ann"}, "profile": map[string]any{"role": "admin"}}).object(t, 200)
	want := map[string]any{"id": "00uann", "scope": "USER", "status": "ACTIVE", "credentials": map[string]any{"userName": "ann"},
		"profile": map[string]any{"role": "admin"}, "externalId": nil, "passwordChanged": nil, "syncState": "DISABLED"}
	for k, v := range want {
		if !cmp.Equal(au[k], v) {
			t.Errorf("app user %s = %v, want %v", k, au[k], v)
		}
	}
	send(t, s, "POST", "/api/v1/apps/0oaapp/users", map[string]any{"id": "00unope"}).oktaError(t, 404, "E0000007")

	// Groups: a new assignment goes first.
	send(t, s, "PUT", "/api/v1/apps/0oaapp/groups/00geng", nil).object(t, 200)
	ag := send(t, s, "PUT", "/api/v1/apps/0oaapp/groups/00gsales", map[string]any{}).object(t, 200)
	if ag["id"] != "00gsales" || ag["priority"] != 0.0 {
		t.Errorf("group assignment = %v", ag)
	}
	groups := send(t, s, "GET", "/api/v1/apps/0oaapp/groups", nil).list(t)
	if got := pluck(groups, "id"); !cmp.Equal(got, []string{"00gsales", "00geng"}) {
		t.Errorf("app groups = %v", got)
	}
	if got := send(t, s, "GET", "/api/v1/apps/0oaapp/groups/00geng", nil).object(t, 200); got["priority"] != 1.0 {
		t.Errorf("priority of the first group after a second = %v, want 1", got["priority"])
	}

	// Users: direct assignments, then members of assigned groups.
	users := send(t, s, "GET", "/api/v1/apps/0oaapp/users", nil).list(t)
	if got := pluck(users, "id"); !cmp.Equal(got, []string{"00uann", "00ubob"}) {
		t.Errorf("app users = %v", got)
	}
	if got := pluck(users, "scope"); !cmp.Equal(got, []string{"USER", "GROUP"}) {
		t.Errorf("app user scopes = %v", got)
	}
	if got := send(t, s, "GET", "/api/v1/apps/0oaapp/users/00ubob", nil).object(t, 200); field(got, "credentials.userName") != "bob@example.com" {
		t.Errorf("group-assigned user credentials = %v", got["credentials"])
	}
	if got := pluck(send(t, s, "GET", "/api/v1/apps?filter="+url.QueryEscape(`group.id eq "00geng"`), nil).list(t), "id"); !cmp.Equal(got, []string{"0oaapp"}) {
		t.Errorf("apps of a group = %v", got)
	}
	if got := pluck(send(t, s, "GET", "/api/v1/groups/00gsales/apps", nil).list(t), "id"); !cmp.Equal(got, []string{"0oaapp"}) {
		t.Errorf("GET /groups/{id}/apps = %v", got)
	}

	send(t, s, "DELETE", "/api/v1/apps/0oaapp/groups/00gsales", nil).ok(t, 204)
	send(t, s, "DELETE", "/api/v1/apps/0oaapp/groups/00gsales", nil).oktaError(t, 404, "E0000007")
	send(t, s, "DELETE", "/api/v1/apps/0oaapp/users/00uann", nil).ok(t, 204)
	if got := send(t, s, "GET", "/api/v1/apps/0oaapp/users", nil).list(t); len(got) != 0 {
		t.Errorf("app users after unassigning = %v", pluck(got, "id"))
	}
	send(t, s, "GET", "/api/v1/apps/0oaapp/users/00uann", nil).oktaError(t, 404, "E0000007")

	// Deleting a group removes its assignments.
	send(t, s, "DELETE", "/api/v1/groups/00geng", nil).ok(t, 204)
	if got := send(t, s, "GET", "/api/v1/apps/0oaapp/groups", nil).list(t); len(got) != 0 {
		t.Errorf("app groups after deleting the group = %v", pluck(got, "id"))
	}
}
