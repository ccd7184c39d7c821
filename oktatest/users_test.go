package oktatest

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCreateUserStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		query      string
		password   string
		wantStatus string
		activated  bool
	}{
		{"default activates with password", "", goodPassword, "ACTIVE", true},
		{"activate with password", "?activate=true", goodPassword, "ACTIVE", true},
		{"activate without password", "?activate=true", "", "PROVISIONED", true},
		{"staged", "?activate=false", goodPassword, "STAGED", false},
		{"staged without password", "?activate=false", "", "STAGED", false},
		{"federated provider", "?provider=true", "", "ACTIVE", true},
		{"next login change password", "?activate=true&nextLogin=changePassword", goodPassword, "PASSWORD_EXPIRED", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t)
			u := send(t, s, "POST", "/api/v1/users"+tt.query, newUserBody("ann@example.com", tt.password)).object(t, http.StatusOK)
			if u["status"] != tt.wantStatus {
				t.Errorf("status = %v, want %s", u["status"], tt.wantStatus)
			}
			if got := u["activated"] != nil; got != tt.activated {
				t.Errorf("activated = %v, want set: %v", u["activated"], tt.activated)
			}
			if !strings.HasPrefix(u["id"].(string), "00u") || len(u["id"].(string)) != 20 {
				t.Errorf("id = %v, want an Okta user ID", u["id"])
			}
			_, hasPassword := field(u, "credentials").(map[string]any)["password"]
			if hasPassword != (tt.password != "") {
				t.Errorf("credentials.password present = %v, want %v", hasPassword, tt.password != "")
			}
			if strings.Contains(string(send(t, s, "GET", "/api/v1/users/"+u["id"].(string), nil).body), goodPassword) {
				t.Error("the password is returned")
			}
		})
	}
}

func TestCreateUserRecoveryQuestion(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	b := newUserBody("rq@example.com", goodPassword)
	b["credentials"].(map[string]any)["recovery_question"] = map[string]any{"question": "Favourite colour?", "answer": "ultramarine"}
	u := send(t, s, "POST", "/api/v1/users", b).object(t, http.StatusOK)
	if got := field(u, "credentials.recovery_question"); !cmp.Equal(got, map[string]any{"question": "Favourite colour?"}) {
		t.Errorf("recovery_question = %v, want the question without the answer", got)
	}
}

func TestCreateUserErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		body        any
		query       string
		status      int
		code        string
		wantSummary string
		wantCause   string
	}{
		{"duplicate login", newUserBody("Taken@Example.com", goodPassword), "", 400, "E0000001",
			"Api validation failed: login", "login: An object with this field already exists in the current organization"},
		{"missing first name", map[string]any{"profile": map[string]any{"login": "x@example.com", "email": "x@example.com", "lastName": "X"}}, "", 400, "E0000001",
			"Api validation failed: firstName", "firstName: The field cannot be left blank"},
		{"missing profile", map[string]any{}, "", 400, "E0000001", "Api validation failed: login", "lastName: The field cannot be left blank"},
		{"login not an email", newUserBody("plainname", goodPassword), "", 400, "E0000001",
			"Api validation failed: login", "login: Username must be in the form of an email address"},
		{"weak password", newUserBody("weak@example.com", "short"), "", 400, "E0000001", "Api validation failed: password", ""},
		{"short recovery answer", map[string]any{
			"profile":     map[string]any{"login": "r@example.com", "email": "r@example.com", "firstName": "R", "lastName": "R"},
			"credentials": map[string]any{"recovery_question": map[string]any{"question": "Q?", "answer": "no"}},
		}, "", 400, "E0000001", "Api validation failed: recovery_question", ""},
		{"unknown group", map[string]any{
			"profile":  map[string]any{"login": "g@example.com", "email": "g@example.com", "firstName": "G", "lastName": "G"},
			"groupIds": []string{"00gnope"},
		}, "", 400, "E0000001", "Api validation failed: groupIds", ""},
		{"malformed JSON", `{"profile":`, "", 400, "E0000003", "The request body was not well-formed.", ""},
		{"expired password without password", newUserBody("np@example.com", ""), "?nextLogin=changePassword", 400, "E0000124", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, WithUsers(User{Profile: map[string]any{"login": "taken@example.com", "firstName": "T", "lastName": "T"}}))
			summary, causes := send(t, s, "POST", "/api/v1/users"+tt.query, tt.body).oktaError(t, tt.status, tt.code)
			if tt.wantSummary != "" && summary != tt.wantSummary {
				t.Errorf("summary = %q, want %q", summary, tt.wantSummary)
			}
			if tt.wantCause != "" && !slices.Contains(causes, tt.wantCause) {
				t.Errorf("causes = %q, want one of them %q", causes, tt.wantCause)
			}
		})
	}
}

func TestGetUser(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithUsers(
		User{ID: "00u1", Profile: map[string]any{"login": "ann.lee@example.com", "firstName": "Ann", "lastName": "Lee"}},
		User{ID: "00u2", Profile: map[string]any{"login": "bob@example.com", "firstName": "Bob", "lastName": "Ray"}},
		User{ID: "00u3", Profile: map[string]any{"login": "bob@example.org", "firstName": "Bob", "lastName": "Org"}},
	))
	tests := []struct {
		idOrLogin string
		wantID    string
	}{
		{"00u1", "00u1"},
		{"ann.lee@example.com", "00u1"},
		{"ANN.LEE@EXAMPLE.COM", "00u1"},
		{"ann.lee", "00u1"},        // the login's short name, when unique
		{"bob", ""},                // not unique
		{"nobody@example.com", ""}, // unknown
	}
	for _, tt := range tests {
		r := send(t, s, "GET", "/api/v1/users/"+url.PathEscape(tt.idOrLogin), nil)
		if tt.wantID == "" {
			summary, _ := r.oktaError(t, http.StatusNotFound, "E0000007")
			if want := "Not found: Resource not found: " + tt.idOrLogin + " (User)"; summary != want {
				t.Errorf("GET %s: summary = %q, want %q", tt.idOrLogin, summary, want)
			}
			continue
		}
		if u := r.object(t, http.StatusOK); u["id"] != tt.wantID {
			t.Errorf("GET %s: id = %v, want %s", tt.idOrLogin, u["id"], tt.wantID)
		}
	}
}

// TestUserLifecycle walks each lifecycle operation from each status, checking Okta's state machine: the
// status it leads to, or the error Okta answers.
func TestUserLifecycle(t *testing.T) {
	t.Parallel()
	type want struct {
		status string // the status after the operation, if it succeeds
		code   string // the error code, if it fails
	}
	ok := func(status string) want { return want{status: status} }
	fail := func(code string) want { return want{code: code} }
	tests := []struct {
		op   string
		from map[string]want // keyed by starting status; statuses not listed answer E0000038
	}{
		{"activate", map[string]want{"STAGED": ok("ACTIVE"), "DEPROVISIONED": ok("ACTIVE"), "ACTIVE": fail("E0000016")}},
		{"reactivate", map[string]want{"PROVISIONED": ok("PROVISIONED")}},
		{"deactivate", map[string]want{"STAGED": ok("DEPROVISIONED"), "PROVISIONED": ok("DEPROVISIONED"), "ACTIVE": ok("DEPROVISIONED"),
			"RECOVERY": ok("DEPROVISIONED"), "PASSWORD_EXPIRED": ok("DEPROVISIONED"), "LOCKED_OUT": ok("DEPROVISIONED"), "SUSPENDED": ok("DEPROVISIONED")}},
		{"suspend", map[string]want{"ACTIVE": ok("SUSPENDED")}},
		{"unsuspend", map[string]want{"SUSPENDED": ok("ACTIVE")}},
		{"unlock", map[string]want{"LOCKED_OUT": ok("ACTIVE"), "ACTIVE": fail("E0000032"), "STAGED": fail("E0000032"),
			"PROVISIONED": fail("E0000032"), "RECOVERY": fail("E0000032"), "PASSWORD_EXPIRED": fail("E0000032"),
			"SUSPENDED": fail("E0000032"), "DEPROVISIONED": fail("E0000032")}},
		{"expire_password", map[string]want{"ACTIVE": ok("PASSWORD_EXPIRED"), "PASSWORD_EXPIRED": ok("PASSWORD_EXPIRED"),
			"LOCKED_OUT": ok("PASSWORD_EXPIRED"), "RECOVERY": ok("PASSWORD_EXPIRED")}},
		{"reset_password", map[string]want{"ACTIVE": ok("RECOVERY"), "PASSWORD_EXPIRED": ok("RECOVERY"), "LOCKED_OUT": ok("RECOVERY"),
			"RECOVERY": ok("RECOVERY"), "PROVISIONED": ok("RECOVERY")}},
	}
	var users []User
	for _, st := range userStatuses {
		login := strings.ToLower(st) + "@example.com"
		users = append(users, User{ID: "00u" + st, Status: st, Password: goodPassword,
			Profile: map[string]any{"login": login, "firstName": st, "lastName": "User"}})
	}
	for _, tt := range tests {
		for _, from := range userStatuses {
			t.Run(tt.op+"/"+from, func(t *testing.T) {
				t.Parallel()
				s := newTestServer(t, WithUsers(users...))
				w, listed := tt.from[from]
				if !listed {
					w = fail("E0000038")
				}
				r := send(t, s, "POST", "/api/v1/users/00u"+from+"/lifecycle/"+tt.op+"?sendEmail=false", nil)
				if w.code != "" {
					r.oktaError(t, http.StatusForbidden, w.code)
					w.status = from
				} else {
					r.ok(t, http.StatusOK)
				}
				got := send(t, s, "GET", "/api/v1/users/00u"+from, nil).object(t, http.StatusOK)
				if got["status"] != w.status {
					t.Errorf("status after %s from %s = %v, want %s", tt.op, from, got["status"], w.status)
				}
			})
		}
	}
}

func TestLifecycleAnswers(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithUsers(
		User{ID: "00ustaged", Status: "STAGED", Profile: map[string]any{"login": "s@example.com", "firstName": "S", "lastName": "S"}},
		User{ID: "00uactive", Password: goodPassword, Profile: map[string]any{"login": "a@example.com", "firstName": "A", "lastName": "A"}},
		User{ID: "00ua2", Password: goodPassword, Profile: map[string]any{"login": "a2@example.com", "firstName": "A", "lastName": "A"}},
	))
	tests := []struct {
		path     string
		wantKeys []string
		status   string
	}{
		{"/api/v1/users/00ustaged/lifecycle/activate?sendEmail=false", []string{"activationToken", "activationUrl"}, "PROVISIONED"},
		{"/api/v1/users/00uactive/lifecycle/reset_password?sendEmail=false", []string{"resetPasswordUrl"}, "RECOVERY"},
		{"/api/v1/users/00uactive/lifecycle/reset_password", []string{}, "RECOVERY"},
		{"/api/v1/users/00ua2/lifecycle/expire_password_with_temp_password", []string{"tempPassword"}, "PASSWORD_EXPIRED"},
	}
	for _, tt := range tests {
		got := send(t, s, "POST", tt.path, nil).object(t, http.StatusOK)
		if diff := cmp.Diff(tt.wantKeys, sortedKeys(got)); diff != "" {
			t.Errorf("POST %s: members (-want +got):\n%s", tt.path, diff)
		}
		id := strings.Split(tt.path, "/")[4]
		if u := send(t, s, "GET", "/api/v1/users/"+id, nil).object(t, http.StatusOK); u["status"] != tt.status {
			t.Errorf("after POST %s: status = %v, want %s", tt.path, u["status"], tt.status)
		}
	}
	// expire_password answers the user.
	u := send(t, s, "POST", "/api/v1/users/00ua2/lifecycle/expire_password", nil).object(t, http.StatusOK)
	if u["id"] != "00ua2" || u["status"] != "PASSWORD_EXPIRED" {
		t.Errorf("expire_password answered %v", u)
	}
}

func TestUserLinksFollowStatus(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	id := createUser(t, s, "links@example.com", "?activate=false")
	links := func() []string {
		return sortedKeys(field(send(t, s, "GET", "/api/v1/users/"+id, nil).object(t, 200), "_links").(map[string]any))
	}
	if got := links(); !slices.Contains(got, "activate") || slices.Contains(got, "suspend") {
		t.Errorf("STAGED user links = %v, want activate and no suspend", got)
	}
	send(t, s, "POST", "/api/v1/users/"+id+"/lifecycle/activate", nil).ok(t, 200)
	if got := links(); slices.Contains(got, "activate") || !slices.Contains(got, "suspend") || !slices.Contains(got, "deactivate") {
		t.Errorf("ACTIVE user links = %v, want suspend and deactivate", got)
	}
}

func TestDeleteUser(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithGroups(Group{ID: "00gteam", Name: "Team"}))
	id := createUser(t, s, "del@example.com", "")
	send(t, s, "PUT", "/api/v1/groups/00gteam/users/"+id, nil).ok(t, http.StatusNoContent)

	// The first DELETE deactivates.
	send(t, s, "DELETE", "/api/v1/users/"+id, nil).ok(t, http.StatusNoContent)
	if u := send(t, s, "GET", "/api/v1/users/"+id, nil).object(t, 200); u["status"] != "DEPROVISIONED" {
		t.Fatalf("status after first DELETE = %v, want DEPROVISIONED", u["status"])
	}
	// The second deletes, and the user leaves its groups.
	send(t, s, "DELETE", "/api/v1/users/"+id, nil).ok(t, http.StatusNoContent)
	send(t, s, "GET", "/api/v1/users/"+id, nil).oktaError(t, http.StatusNotFound, "E0000007")
	if members := send(t, s, "GET", "/api/v1/groups/00gteam/users", nil).list(t); len(members) != 0 {
		t.Errorf("group members after delete = %v", pluck(members, "id"))
	}
	send(t, s, "DELETE", "/api/v1/users/"+id, nil).oktaError(t, http.StatusNotFound, "E0000007")
	// Its login is free again.
	createUser(t, s, "del@example.com", "")
}

func TestUpdateVersusReplace(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	b := newUserBody("edit@example.com", goodPassword)
	b["profile"].(map[string]any)["department"] = "Sales"
	b["profile"].(map[string]any)["employeeCount"] = 7
	id := send(t, s, "POST", "/api/v1/users", b).object(t, 200)["id"].(string)

	// POST merges: attributes not sent stay; null clears one; custom attributes keep their type.
	u := send(t, s, "POST", "/api/v1/users/"+id, map[string]any{"profile": map[string]any{"nickName": "Eddie", "department": nil}}).object(t, 200)
	want := map[string]any{"login": "edit@example.com", "email": "edit@example.com", "firstName": "edit", "lastName": "Test",
		"nickName": "Eddie", "department": nil, "employeeCount": 7.0, "mobilePhone": nil, "secondEmail": nil}
	if diff := cmp.Diff(want, u["profile"]); diff != "" {
		t.Errorf("profile after POST (-want +got):\n%s", diff)
	}

	// PUT replaces: attributes not sent are gone.
	u = send(t, s, "PUT", "/api/v1/users/"+id, map[string]any{"profile": map[string]any{
		"login": "edit@example.com", "email": "edit@example.com", "firstName": "Edith", "lastName": "Test", "costCenter": "42"}}).object(t, 200)
	want = map[string]any{"login": "edit@example.com", "email": "edit@example.com", "firstName": "Edith", "lastName": "Test",
		"costCenter": "42", "mobilePhone": nil, "secondEmail": nil}
	if diff := cmp.Diff(want, u["profile"]); diff != "" {
		t.Errorf("profile after PUT (-want +got):\n%s", diff)
	}

	// PUT validates the whole profile; POST validates the result.
	send(t, s, "PUT", "/api/v1/users/"+id, map[string]any{"profile": map[string]any{"login": "edit@example.com"}}).oktaError(t, 400, "E0000001")
	send(t, s, "POST", "/api/v1/users/"+id, map[string]any{"profile": map[string]any{"email": nil}}).oktaError(t, 400, "E0000001")
	createUser(t, s, "other@example.com", "")
	_, causes := send(t, s, "POST", "/api/v1/users/"+id, map[string]any{"profile": map[string]any{"login": "OTHER@example.com"}}).oktaError(t, 400, "E0000001")
	if !slices.Contains(causes, "login: An object with this field already exists in the current organization") {
		t.Errorf("renaming to a taken login: causes = %q", causes)
	}
	// A password change through POST.
	u = send(t, s, "POST", "/api/v1/users/"+id, map[string]any{"credentials": map[string]any{"password": map[string]any{"value": "N3w-Passw0rd"}}}).object(t, 200)
	if field(u, "credentials.password") == nil {
		t.Error("no password after setting one")
	}
}

func TestListUsersPagination(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	var want []string
	for i := range 5 {
		want = append(want, createUser(t, s, string(rune('a'+i))+"@example.com", ""))
	}
	var got []string
	path := "/api/v1/users?limit=2"
	for pages := 0; path != ""; pages++ {
		if pages > 5 {
			t.Fatal("too many pages")
		}
		r := send(t, s, "GET", path, nil)
		got = append(got, pluck(r.list(t), "id")...)
		links := r.header.Values("Link")
		if len(links) == 0 || !strings.HasSuffix(links[0], `>; rel="self"`) {
			t.Fatalf("Link headers %q: want a self link first", links)
		}
		path = ""
		for _, l := range links[1:] {
			target, ok := strings.CutSuffix(l, `>; rel="next"`)
			if !ok {
				t.Fatalf("unexpected Link %q", l)
			}
			path = strings.TrimPrefix(strings.TrimPrefix(target, "<"), s.URL)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("users across pages (-want +got):\n%s", diff)
	}

	r := send(t, s, "GET", "/api/v1/users?limit=2&filter="+url.QueryEscape(`status eq "ACTIVE"`), nil)
	want1 := "<" + s.URL + `/api/v1/users?limit=2&filter=status+eq+%22ACTIVE%22>; rel="self"`
	want2 := "<" + s.URL + "/api/v1/users?after=" + want[1] + `&limit=2&filter=status+eq+%22ACTIVE%22>; rel="next"`
	if diff := cmp.Diff([]string{want1, want2}, r.header.Values("Link")); diff != "" {
		t.Errorf("Link headers (-want +got):\n%s", diff)
	}

	// A cursor stays valid when its user is deleted.
	send(t, s, "DELETE", "/api/v1/users/"+want[1], nil).ok(t, 204)
	send(t, s, "DELETE", "/api/v1/users/"+want[1], nil).ok(t, 204)
	if got := pluck(send(t, s, "GET", "/api/v1/users?limit=2&after="+want[1], nil).list(t), "id"); !cmp.Equal(got, want[2:4]) {
		t.Errorf("page after a deleted user's cursor = %v, want %v", got, want[2:4])
	}
	summary, causes := send(t, s, "GET", "/api/v1/users?after=bogus", nil).oktaError(t, 400, "E0000029")
	if summary != "Invalid paging request." || !slices.Equal(causes, []string{"Invalid cursor."}) {
		t.Errorf("bad cursor: %q %q", summary, causes)
	}
}

// listUsersTestServer holds users to query: different names, statuses, departments and update times.
func listUsersTestServer(t *testing.T) (*Server, *fakeClock) {
	clock := newFakeClock()
	users := []User{
		{ID: "00uann", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Archer", "department": "Engineering", "level": 3}},
		{ID: "00ubob", Status: "SUSPENDED", Profile: map[string]any{"login": "bob@corp.example", "email": "robert@example.com", "firstName": "Bob", "lastName": "Baker", "department": "Sales", "level": 5}},
		{ID: "00ucat", Status: "STAGED", Profile: map[string]any{"login": "cat@example.com", "firstName": "Cat", "lastName": "Annan", "department": "Engineering", "level": 1}},
		{ID: "00udan", Status: "DEPROVISIONED", Profile: map[string]any{"login": "dan@example.com", "firstName": "Dan", "lastName": "Doe", "department": "Sales"}},
	}
	s := newTestServer(t, WithClock(clock.Now), WithUsers(users...))
	clock.Advance(time.Hour)
	send(t, s, "POST", "/api/v1/users/00ucat", map[string]any{"profile": map[string]any{"title": "Boss"}}).ok(t, 200)
	return s, clock
}

func TestListUsersQuery(t *testing.T) {
	t.Parallel()
	s, clock := listUsersTestServer(t)
	later := clock.Now().Add(-time.Minute).Format(oktaTimeFormat)
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"00uann", "00ubob", "00ucat"}}, // DEPROVISIONED users are left out
		{"q=an", []string{"00uann", "00ucat"}},       // first name, last name, email or login start with q
		{"q=ROB", []string{"00ubob"}},
		{"q=bob%40corp", []string{"00ubob"}},
		{"q=dan", []string{}},
		{"q=a&filter=" + url.QueryEscape(`status eq "STAGED"`), []string{"00ucat"}}, // q and filter together
		{"q=dan&filter=" + url.QueryEscape(`status eq "DEPROVISIONED"`), []string{"00udan"}},
		{"filter=" + url.QueryEscape(`status eq "SUSPENDED"`), []string{"00ubob"}},
		{"filter=" + url.QueryEscape(`status eq "DEPROVISIONED"`), []string{"00udan"}},
		{"filter=" + url.QueryEscape(`status eq "ACTIVE" or status eq "STAGED"`), []string{"00uann", "00ucat"}},
		{"filter=" + url.QueryEscape(`lastUpdated gt "`+later+`"`), []string{"00ucat"}},
		{"filter=" + url.QueryEscape(`(status eq "STAGED" or status eq "SUSPENDED") and lastUpdated lt "`+later+`"`), []string{"00ubob"}},
		{"filter=" + url.QueryEscape(`id eq "00uann"`), []string{"00uann"}},
		{"filter=" + url.QueryEscape(`profile.login eq "ann@example.com"`), []string{"00uann"}},
		{"search=" + url.QueryEscape(`profile.department eq "Engineering"`), []string{"00uann", "00ucat"}},
		{"search=" + url.QueryEscape(`profile.department eq "engineering" and status eq "ACTIVE"`), []string{"00uann"}},
		{"search=" + url.QueryEscape(`profile.lastName sw "A"`), []string{"00uann", "00ucat"}},
		{"search=" + url.QueryEscape(`profile.email co "example.com" and profile.firstName ew "n"`), []string{"00uann", "00udan"}},
		{"search=" + url.QueryEscape(`profile.level gt 2`), []string{"00uann", "00ubob"}},
		{"search=" + url.QueryEscape(`profile.level pr`), []string{"00uann", "00ubob", "00ucat"}},
		{"search=" + url.QueryEscape(`profile.title eq "Boss" or (status eq "SUSPENDED" and profile.department eq "Sales")`), []string{"00ubob", "00ucat"}},
		{"search=" + url.QueryEscape(`profile.department pr`) + "&sortBy=profile.level&sortOrder=desc", []string{"00ubob", "00uann", "00ucat", "00udan"}},
		{"search=" + url.QueryEscape(`status ne "ACTIVE"`) + "&sortBy=profile.firstName", []string{"00ubob", "00ucat", "00udan"}},
	}
	for _, tt := range tests {
		got := pluck(send(t, s, "GET", "/api/v1/users?"+tt.query, nil).list(t), "id")
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("GET /api/v1/users?%s (-want +got):\n%s", tt.query, diff)
		}
	}
}

func TestListUsersBadExpressions(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	for _, q := range []string{
		"filter=" + url.QueryEscape(`profile.department eq "Sales"`), // not a filter attribute
		"filter=" + url.QueryEscape(`status sw "ACT"`),               // not a filter operator
		"filter=" + url.QueryEscape(`status eq`),
		"search=" + url.QueryEscape(`profile.x eq "unterminated`),
		"search=" + url.QueryEscape(`(status eq "ACTIVE"`),
		"search=" + url.QueryEscape(`status eq ACTIVE`),
		"search=" + url.QueryEscape(`status is "ACTIVE"`),
	} {
		if _, causes := send(t, s, "GET", "/api/v1/users?"+q, nil).oktaError(t, 400, "E0000031"); len(causes) != 1 {
			t.Errorf("%s: causes = %q, want one that explains", q, causes)
		}
	}
}

func TestListUserGroups(t *testing.T) {
	t.Parallel()
	s := newTestServer(t,
		WithGroups(Group{ID: "00gone", Name: "One"}, Group{ID: "00gtwo", Name: "Two"}),
		WithUsers(User{ID: "00uu", Groups: []string{"Two"}, Profile: map[string]any{"login": "u@example.com", "firstName": "U", "lastName": "U"}}))
	groups := send(t, s, "GET", "/api/v1/users/00uu/groups", nil).list(t)
	if got := pluck(groups, "profile.name"); !cmp.Equal(got, []string{"Everyone", "Two"}) {
		t.Errorf("groups = %v, want Everyone and Two", got)
	}
	if got := pluck(groups, "type"); !cmp.Equal(got, []string{"BUILT_IN", "OKTA_GROUP"}) {
		t.Errorf("group types = %v", got)
	}
	send(t, s, "GET", "/api/v1/users/00unope/groups", nil).oktaError(t, 404, "E0000007")
}
