package okta

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestGroupsMethods(t *testing.T) {
	t.Parallel()
	const gid = "00g1emaKYZTWRYYRRTSK"
	runAPICalls(t, []apiCall{
		{
			name: "List", op: "listGroups", method: "GET", path: "/api/v1/groups",
			query: map[string]string{"q": "Test", "filter": `type eq "OKTA_GROUP"`, "search": `profile.name sw "T"`, "limit": "2",
				"after": "00gnwlw0pbm3qMcXs5d7", "sortBy": "lastUpdated", "sortOrder": "desc", "expand": "stats"},
			response: fixture(t, "groups/groups_recorded.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Groups.List(ctx, &GroupsListOptions{Q: "Test", Filter: `type eq "OKTA_GROUP"`, Search: `profile.name sw "T"`,
					Limit: 2, After: "00gnwlw0pbm3qMcXs5d7", SortBy: "lastUpdated", SortOrder: "desc", Expand: "stats"})
			},
		},
		{
			name: "List/nil options", op: "listGroups", method: "GET", path: "/api/v1/groups", response: []byte(`[]`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Groups.List(ctx, nil)
			},
		},
		{
			name: "Create", op: "createGroup", method: "POST", path: "/api/v1/groups",
			body: string(fixture(t, "groups/create_request_recorded.json")), response: fixture(t, "groups/group_recorded.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Groups.Create(ctx, &Group{Profile: &GroupProfile{Name: "Test-User-Group"}})
			},
		},
		{
			name: "Get", op: "getGroup", ids: []string{gid}, method: "GET", path: "/api/v1/groups/" + gid, response: fixture(t, "groups/group_custom_profile.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.Get(ctx, ids[0])
			},
		},
		{
			name: "Get/escaped", op: "getGroup", ids: []string{"../users?q=x"}, method: "GET", path: "/api/v1/groups/..%2Fusers%3Fq=x", response: fixture(t, "groups/group_recorded.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.Get(ctx, ids[0])
			},
		},
		{
			name: "Replace", op: "replaceGroup", ids: []string{gid}, method: "PUT", path: "/api/v1/groups/" + gid,
			body: `{"profile":{"name":"West","description":"d"}}`, response: fixture(t, "groups/group_custom_profile.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.Replace(ctx, ids[0], &Group{Profile: &GroupProfile{Name: "West", Description: "d"}})
			},
		},
		{
			name: "Delete", op: "deleteGroup", ids: []string{gid}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/groups/" + gid,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.Delete(ctx, ids[0]))
			},
		},
		{
			name: "ListApps", op: "listAssignedApplicationsForGroup", ids: []string{gid}, method: "GET", path: "/api/v1/groups/" + gid + "/apps",
			query: map[string]string{"limit": "20", "after": "0oa1"}, response: fixture(t, "groups/apps.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.ListApps(ctx, ids[0], &GroupsListAppsOptions{Limit: 20, After: "0oa1"})
			},
			check: func(t *testing.T, got any) {
				apps := got.([]Application)
				if len(apps) != 2 {
					t.Fatalf("%d apps, want 2", len(apps))
				}
				out, _ := json.Marshal(apps)
				assertJSONEqual(t, string(fixture(t, "groups/apps.json")), string(out))
			},
		},
		{
			name: "ListOwners", op: "listGroupOwners", ids: []string{gid}, method: "GET", path: "/api/v1/groups/" + gid + "/owners",
			query: map[string]string{"filter": `type eq "USER"`, "limit": "100", "after": "00u1"}, response: fixture(t, "groups/owners.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.ListOwners(ctx, ids[0], &GroupsListOwnersOptions{Filter: `type eq "USER"`, Limit: 100, After: "00u1"})
			},
		},
		{
			name: "AssignOwner", op: "assignGroupOwner", ids: []string{gid}, method: "POST", path: "/api/v1/groups/" + gid + "/owners", status: http.StatusCreated,
			body: string(fixture(t, "groups/assign_owner_request.json")), response: fixture(t, "groups/owner.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.AddOwner(ctx, ids[0], &AddGroupOwnerRequest{ID: "00u1cmc03xjzePoWD0h8", Type: GroupOwnerTypeUser})
			},
			check: func(t *testing.T, got any) {
				o := got.(*GroupOwner)
				if o.DisplayName != "Oliver Putnam" || o.Resolved == nil || !*o.Resolved || o.OriginType != GroupOwnerOriginTypeOktaDirectory {
					t.Errorf("owner = %+v", o)
				}
			},
		},
		{
			name: "DeleteOwner", op: "deleteGroupOwner", ids: []string{gid, "00u1cmc03xjzePoWD0h8"}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/groups/" + gid + "/owners/00u1cmc03xjzePoWD0h8",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.RemoveOwner(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "ListUsers", op: "listGroupUsers", ids: []string{gid}, method: "GET", path: "/api/v1/groups/" + gid + "/users",
			query: map[string]string{"limit": "1000", "after": "00u1"}, response: fixture(t, "groups/users_member_recorded.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.ListUsers(ctx, ids[0], &GroupsListUsersOptions{Limit: 1000, After: "00u1"})
			},
		},
		{
			name: "AddUser", op: "assignUserToGroup", ids: []string{"00gqrkqjqdg2c9XZT5d7", "00uqrkpsp7ZR4AkPB5d7"}, status: http.StatusNoContent, method: "PUT", path: "/api/v1/groups/00gqrkqjqdg2c9XZT5d7/users/00uqrkpsp7ZR4AkPB5d7",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.AddUser(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "AddUser/escaped login", op: "assignUserToGroup", ids: []string{"00gqrkqjqdg2c9XZT5d7", "a/b@example.com"}, status: http.StatusNoContent, method: "PUT", path: "/api/v1/groups/00gqrkqjqdg2c9XZT5d7/users/a%2Fb@example.com",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.AddUser(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "RemoveUser", op: "unassignUserFromGroup", ids: []string{"00gqrkqjqdg2c9XZT5d7", "00uqrkpsp7ZR4AkPB5d7"}, status: http.StatusNoContent, method: "DELETE", path: "/api/v1/groups/00gqrkqjqdg2c9XZT5d7/users/00uqrkpsp7ZR4AkPB5d7",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.RemoveUser(ctx, ids[0], ids[1]))
			},
		},
		{
			name: "ListRules", op: "listGroupRules", method: "GET", path: "/api/v1/groups/rules",
			query:    map[string]string{"limit": "50", "after": "0pr1", "search": "Engineering", "expand": "groupIdToGroupNameMap"},
			response: fixture(t, "groups/rules.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Groups.ListRules(ctx, &GroupsListRulesOptions{Limit: 50, After: "0pr1", Search: "Engineering", Expand: "groupIdToGroupNameMap"})
			},
		},
		{
			name: "CreateRule", op: "createGroupRule", method: "POST", path: "/api/v1/groups/rules",
			body: string(fixture(t, "groups/rule_create_request.json")), response: fixture(t, "groups/rule.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Groups.CreateRule(ctx, &GroupRule{
					Type: "group_rule",
					Name: "Engineering group rule",
					Conditions: &GroupRuleConditions{
						People: &GroupRulePeopleCondition{
							Users:  &GroupRuleUserCondition{Exclude: []string{"00u22w79JPMEeeuLr0g4"}},
							Groups: &GroupRuleGroupCondition{Exclude: []string{}},
						},
						Expression: &GroupRuleExpression{Value: `user.role=="Engineer"`, Type: "urn:okta:expression:1.0"},
					},
					Actions: &GroupRuleAction{AssignUserToGroups: &GroupRuleGroupAssignment{GroupIDs: []string{"00gjitX9HqABSoqTB0g3"}}},
				})
			},
		},
		{
			name: "GetRule", op: "getGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, method: "GET", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4",
			query: map[string]string{"expand": "groupIdToGroupNameMap"}, response: fixture(t, "groups/rule.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.GetRule(ctx, ids[0], &GroupsGetRuleOptions{Expand: "groupIdToGroupNameMap"})
			},
		},
		{
			name: "ReplaceRule", op: "replaceGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, method: "PUT", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4",
			body: `{"name":"Renamed","type":"group_rule"}`, response: fixture(t, "groups/rule.json"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.ReplaceRule(ctx, ids[0], &GroupRule{Name: "Renamed", Type: "group_rule"})
			},
		},
		{
			name: "DeleteRule", op: "deleteGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, method: "DELETE", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4", status: http.StatusAccepted,
			query: map[string]string{"removeUsers": "false"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.DeleteRule(ctx, ids[0], &GroupsDeleteRuleOptions{RemoveUsers: new(false)}))
			},
		},
		{
			name: "DeleteRule/nil options", op: "deleteGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, method: "DELETE", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4", status: http.StatusAccepted,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.DeleteRule(ctx, ids[0], nil))
			},
		},
		{
			name: "ActivateRule", op: "activateGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, status: http.StatusNoContent, method: "POST", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4/lifecycle/activate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.ActivateRule(ctx, ids[0]))
			},
		},
		{
			name: "DeactivateRule", op: "deactivateGroupRule", ids: []string{"0pr3f7zMZZHPgUoWO0g4"}, status: http.StatusNoContent, method: "POST", path: "/api/v1/groups/rules/0pr3f7zMZZHPgUoWO0g4/lifecycle/deactivate",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Groups.DeactivateRule(ctx, ids[0]))
			},
		},
	})
}

// TestGroupsEmptyIDs checks that the iterators refuse an empty or blank ID before sending anything (runAPICalls
// checks the other methods).
func TestGroupsEmptyIDs(t *testing.T) {
	t.Parallel()
	runEmptyIDs(t, []apiCall{
		{name: "ListAppsIter", op: "listAssignedApplicationsForGroup", ids: []string{"00g1"}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Groups.ListAppsIter(ctx, ids[0], nil))
		}},
		{name: "ListOwnersIter", op: "listGroupOwners", ids: []string{"00g1"}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Groups.ListOwnersIter(ctx, ids[0], nil))
		}},
		{name: "ListUsersIter", op: "listGroupUsers", ids: []string{"00g1"}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Groups.ListUsersIter(ctx, ids[0], nil))
		}},
	})
}

// TestGroupsListIterPagination walks three pages linked by Link headers written the ways Okta writes them: the
// self and next links as separate header values, or together in one, and an absolute next URL on Okta's
// canonical host, which must be asked of the configured org.
func TestGroupsListIterPagination(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	var afters []string
	mux.HandleFunc("GET /api/v1/groups", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		afters = append(afters, q.Get("after"))
		if q.Get("limit") != "2" || q.Get("q") != "West" {
			t.Errorf("page %d query = %s, want limit=2 and q=West on every page", len(afters), r.URL.RawQuery)
		}
		switch q.Get("after") {
		case "":
			w.Header().Add("Link", `<https://dev-123456.okta.com/api/v1/groups?limit=2&q=West>; rel="self"`)
			w.Header().Add("Link", `<https://dev-123456.okta.com/api/v1/groups?after=00g2&limit=2&q=West>; rel="next"`)
			serveJSON(w, 200, []byte(`[{"id":"00g1","profile":{"name":"a"}},{"id":"00g2","profile":{"name":"b"}}]`))
		case "00g2":
			w.Header().Set("Link", `<https://dev-123456.okta.com/api/v1/groups?after=00g2&limit=2&q=West>; rel="self", `+
				`<https://dev-123456-admin.okta.com/api/v1/groups?after=00g4&limit=2&q=West>; rel="next"`)
			serveJSON(w, 200, []byte(`[{"id":"00g3","profile":{"name":"c"}},{"id":"00g4","profile":{"name":"d"}}]`))
		case "00g4":
			w.Header().Add("Link", `<https://dev-123456.okta.com/api/v1/groups?after=00g4&limit=2&q=West>; rel="self"`)
			serveJSON(w, 200, []byte(`[{"id":"00g5","profile":{"name":"e"}}]`))
		default:
			t.Errorf("unexpected after=%q", q.Get("after"))
			serveJSON(w, 200, []byte(`[]`))
		}
	})
	opts := &GroupsListOptions{Q: "West", Limit: 2}
	it := c.Groups.ListIter(t.Context(), opts)
	if len(afters) != 0 {
		t.Fatal("the iterator fetched a page before Next")
	}
	var ids []string
	for it.Next() {
		ids = append(ids, it.Value().ID)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ids, ","), "00g1,00g2,00g3,00g4,00g5"; got != want {
		t.Errorf("ids = %s, want %s", got, want)
	}
	if got, want := strings.Join(afters, ","), ",00g2,00g4"; got != want {
		t.Errorf("after cursors = %q, want %q", got, want)
	}
	if it.Response().HasNextPage() || it.Response().After != "" {
		t.Errorf("last page says there is a next one: %+v", it.Response())
	}
	if *opts != (GroupsListOptions{Q: "West", Limit: 2}) {
		t.Errorf("the iterator changed the options: %+v", opts)
	}

	// The first page alone, resumed from its cursor.
	groups, resp, err := c.Groups.List(t.Context(), opts)
	if err != nil || len(groups) != 2 || resp.After != "00g2" || !resp.HasNextPage() {
		t.Fatalf("List = %d groups, After %q, err %v", len(groups), resp.After, err)
	}
	groups, _, err = c.Groups.List(t.Context(), &GroupsListOptions{Q: "West", Limit: 2, After: resp.After})
	if err != nil || len(groups) != 2 || groups[0].ID != "00g3" {
		t.Fatalf("resumed List = %+v, %v", groups, err)
	}
}

// TestGroupsSubListIters checks that every Iter method follows next links and stops on break.
func TestGroupsSubListIters(t *testing.T) {
	t.Parallel()
	pages := func(path, first, second string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("after") == "" {
				w.Header().Set("Link", "<"+path+"?after=p2&limit=1>; rel=\"next\"")
				serveJSON(w, 200, []byte(first))
				return
			}
			if r.URL.Query().Get("limit") != "1" {
				t.Errorf("%s: second page lost the limit: %s", path, r.URL.RawQuery)
			}
			serveJSON(w, 200, []byte(second))
		}
	}
	count := func(t *testing.T, name string, n int, err error, want int) {
		t.Helper()
		if err != nil || n != want {
			t.Errorf("%s: %d items, err %v; want %d", name, n, err, want)
		}
	}
	c, mux := setup(t)
	mux.Handle("GET /api/v1/groups/00g1/users", pages("/api/v1/groups/00g1/users", `[{"id":"00u1"}]`, `[{"id":"00u2"},{"id":"00u3"}]`))
	mux.Handle("GET /api/v1/groups/00g1/apps", pages("/api/v1/groups/00g1/apps", `[{"id":"0oa1","signOnMode":"BOOKMARK"}]`, `[{"id":"0oa2","signOnMode":"SAML_2_0"}]`))
	mux.Handle("GET /api/v1/groups/00g1/owners", pages("/api/v1/groups/00g1/owners", `[{"id":"00u1","type":"USER"}]`, `[{"id":"00g9","type":"GROUP"}]`))
	mux.Handle("GET /api/v1/groups/rules", pages("/api/v1/groups/rules", `[{"id":"0pr1"}]`, `[{"id":"0pr2"}]`))
	ctx := t.Context()

	n := 0
	var err error
	for _, err = range c.Groups.ListUsersIter(ctx, "00g1", &GroupsListUsersOptions{Limit: 1}).All() {
		n++
	}
	count(t, "ListUsersIter", n, err, 3)

	n = 0
	for _, err = range c.Groups.ListAppsIter(ctx, "00g1", &GroupsListAppsOptions{Limit: 1}).All() {
		n++
	}
	count(t, "ListAppsIter", n, err, 2)

	n = 0
	for o, err := range c.Groups.ListOwnersIter(ctx, "00g1", &GroupsListOwnersOptions{Limit: 1}).All() {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n == 2 && o.Type != GroupOwnerTypeGroup {
			t.Errorf("second owner = %+v", o)
		}
	}
	count(t, "ListOwnersIter", n, nil, 2)

	n = 0
	for range c.Groups.ListRulesIter(ctx, &GroupsListRulesOptions{Limit: 1}).All() {
		n++
		break // stops without fetching the second page
	}
	count(t, "ListRulesIter", n, nil, 1)
}

// TestGroupsReplaceSendsBackEverything is the Get → change one field → Replace cycle: the body must be what Okta
// returned with only that field changed, custom profile attributes (also null ones), _embedded and members the
// spec does not list included.
func TestGroupsReplaceSendsBackEverything(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"group_custom_profile.json", "app_group.json", "group_recorded.json", "group_recorded_2020.json"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			raw := fixture(t, "groups/"+name)
			var want map[string]any
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			want["profile"].(map[string]any)["description"] = "Changed by the SDK"
			wantBody, _ := json.Marshal(want)

			c, mux := setup(t)
			var id string
			mux.HandleFunc("GET /api/v1/groups/{id}", func(w http.ResponseWriter, r *http.Request) {
				id = r.PathValue("id")
				serveJSON(w, 200, raw)
			})
			mux.HandleFunc("PUT /api/v1/groups/{id}", func(w http.ResponseWriter, r *http.Request) {
				testJSONBody(t, r, string(wantBody))
				serveJSON(w, 200, wantBody)
			})
			g, _, err := c.Groups.Get(t.Context(), "00gX")
			if err != nil {
				t.Fatal(err)
			}
			g.Profile.Description = "Changed by the SDK"
			got, _, err := c.Groups.Replace(t.Context(), id, g)
			if err != nil {
				t.Fatal(err)
			}
			if got.Profile.Description != "Changed by the SDK" {
				t.Errorf("description = %q", got.Profile.Description)
			}
		})
	}
}

func TestGroupsModels(t *testing.T) {
	t.Parallel()
	t.Run("recorded", func(t *testing.T) {
		t.Parallel()
		g := assertRoundTrip[*Group](t, fixture(t, "groups/group_recorded.json"))
		want := time.Date(2025, 9, 29, 3, 38, 45, 0, time.UTC)
		if g.ID != "00gqrkqjqdg2c9XZT5d7" || g.Type != GroupTypeOktaGroup || !g.Created.Equal(want) || g.Profile.Name != "Test-User-Group" {
			t.Errorf("group = %+v", g)
		}
		if _, ok := g.Profile.Extra["description"]; !ok {
			t.Error("the null description was not kept")
		}
		if href := g.Links.Href("logo"); !strings.Contains(href, "okta-medium") {
			t.Errorf("logo href = %q", href)
		}
		assertRoundTrip[*Group](t, fixture(t, "groups/group_recorded_2020.json"))
		assertRoundTrip[Group](t, fixture(t, "groups/create_request_recorded.json"))
		groups := assertRoundTrip[[]Group](t, fixture(t, "groups/groups_recorded.json"))
		if len(groups) != 2 || groups[0].Type != GroupTypeBuiltIn || groups[0].Profile.Description != "All users in your organization" {
			t.Errorf("groups = %+v", groups)
		}
	})
	t.Run("custom profile", func(t *testing.T) {
		t.Parallel()
		g := assertRoundTrip[*Group](t, fixture(t, "groups/group_custom_profile.json"))
		var cost int
		if ok, err := g.Profile.Extra.Get("costCenter", &cost); !ok || err != nil || cost != 4410 {
			t.Errorf("costCenter = %d, %v, %v", cost, ok, err)
		}
		var regions []string
		if _, err := g.Profile.Extra.Get("regions", &regions); err != nil || len(regions) != 2 {
			t.Errorf("regions = %v, %v", regions, err)
		}
		var stats struct{ UsersCount int }
		if _, err := g.Embedded.Get("stats", &stats); err != nil || stats.UsersCount != 12 {
			t.Errorf("stats = %+v, %v", stats, err)
		}
		// A custom attribute set by the caller is sent.
		if err := g.Profile.Extra.Set("costCenter", 4420); err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(g.Profile)
		if !strings.Contains(string(out), `"costCenter":4420`) || !strings.Contains(string(out), `"budgetOwner":null`) {
			t.Errorf("profile = %s", out)
		}
	})
	t.Run("app group", func(t *testing.T) {
		t.Parallel()
		g := assertRoundTrip[*Group](t, fixture(t, "groups/app_group.json"))
		// The attributes of an Active Directory group profile are fields; the others imported with it stay
		// in Extra.
		if dn := g.Profile.DN; !strings.HasPrefix(dn, "CN=West Coast Users") {
			t.Errorf("dn = %q", dn)
		}
		var sid string
		if _, err := g.Profile.Extra.Get("objectSid", &sid); err != nil || !strings.HasPrefix(sid, "S-1-5-21-") {
			t.Errorf("objectSid = %q, %v", sid, err)
		}
		if _, ok := g.Extra["source"]; !ok {
			t.Error("source, which the spec does not list, was dropped")
		}
	})
	t.Run("rules", func(t *testing.T) {
		t.Parallel()
		r := assertRoundTrip[*GroupRule](t, fixture(t, "groups/rule.json"))
		if r.Status != GroupRuleStatusInactive || r.Conditions.Expression.Value != `user.role=="Engineer"` ||
			r.Actions.AssignUserToGroups.GroupIDs[0] != "00gjitX9HqABSoqTB0g3" || r.Conditions.People.Users.Exclude[0] != "00u22w79JPMEeeuLr0g4" {
			t.Errorf("rule = %+v", r)
		}
		rules := assertRoundTrip[[]GroupRule](t, fixture(t, "groups/rules.json"))
		var names map[string]string
		if _, err := rules[1].Embedded.Get("groupIdToGroupNameMap", &names); err != nil || names["00gjitX9HqABSoqTB0g5"] != "Sales EMEA" {
			t.Errorf("groupIdToGroupNameMap = %v, %v", names, err)
		}
		assertRoundTrip[GroupRule](t, fixture(t, "groups/rule_create_request.json"))
	})
	t.Run("owners", func(t *testing.T) {
		t.Parallel()
		owners := assertRoundTrip[[]GroupOwner](t, fixture(t, "groups/owners.json"))
		if len(owners) != 2 || owners[1].DisplayName != "Cinda Canning" || !owners[0].LastUpdated.Equal(time.Date(2023, 3, 29, 18, 30, 58, 0, time.UTC)) {
			t.Errorf("owners = %+v", owners)
		}
		one := assertRoundTrip[[]GroupOwner](t, fixture(t, "groups/owners_one.json"))
		if one[0].Type != GroupOwnerTypeGroup {
			t.Errorf("owner = %+v", one[0])
		}
		assertRoundTrip[*GroupOwner](t, fixture(t, "groups/owner.json"))
		assertRoundTrip[AddGroupOwnerRequest](t, fixture(t, "groups/assign_owner_request.json"))
	})
	t.Run("members and apps", func(t *testing.T) {
		t.Parallel()
		assertRoundTrip[[]User](t, fixture(t, "groups/users_member_recorded.json"))
		assertRoundTrip[[]Application](t, fixture(t, "groups/apps.json"))
	})
	t.Run("tolerant", func(t *testing.T) {
		t.Parallel()
		// An unknown type, a malformed date and a number where a string belongs cost only themselves.
		raw := []byte(`{"id":"00g1","type":"DIRECTORY_GROUP","created":"yesterday","profile":{"name":42,"description":"d"},"objectClass":["okta:user_group"]}`)
		g := assertRoundTrip[*Group](t, raw)
		if g.Type != "DIRECTORY_GROUP" || g.Profile.Description != "d" || !g.Created.IsZero() || g.ObjectClass[0] != "okta:user_group" {
			t.Errorf("group = %+v", g)
		}
	})
}

func TestGroupsErrors(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/groups/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Okta-Request-Id", "req-1")
		serveJSON(w, http.StatusNotFound, []byte(`{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00gX (UserGroup)","errorLink":"E0000007","errorId":"oaeX","errorCauses":[]}`))
	})
	_, resp, err := c.Groups.Get(t.Context(), "00gX")
	var oktaErr *Error
	if !errors.As(err, &oktaErr) || oktaErr.ErrorCode != "E0000007" || !errors.Is(err, ErrNotFound) {
		t.Fatalf("error = %v", err)
	}
	if resp == nil || resp.RequestID != "req-1" {
		t.Errorf("response = %+v", resp)
	}
}

// TestGroupsOptionsHaveEveryQueryParameter checks the options structs against the query parameters the API
// reference lists for each operation (operations.tsv).
func TestGroupsOptionsHaveEveryQueryParameter(t *testing.T) {
	t.Parallel()
	gpCheckOptionParams(t, map[string]any{
		"listGroups":                       GroupsListOptions{},
		"listAssignedApplicationsForGroup": GroupsListAppsOptions{},
		"listGroupOwners":                  GroupsListOwnersOptions{},
		"listGroupUsers":                   GroupsListUsersOptions{},
		"listGroupRules":                   GroupsListRulesOptions{},
		"getGroupRule":                     GroupsGetRuleOptions{},
		"deleteGroupRule":                  GroupsDeleteRuleOptions{},
	})
}

// gpCheckOptionParams fails unless the url tags of each options struct are exactly the query parameters of its
// operation in testdata/operations.tsv, plus those Okta's current description (current.yaml) adds to it.
func gpCheckOptionParams(t *testing.T, opts map[string]any) {
	t.Helper()
	params := gpOperationQueryParams(t)
	current := currentQueryParams(t)
	for id, o := range opts {
		want, ok := params[id]
		if !ok {
			t.Errorf("%s: unknown operation", id)
			continue
		}
		var got []string
		rt := reflect.TypeOf(o)
		for i := range rt.NumField() {
			if tag := rt.Field(i).Tag.Get("url"); tag != "" {
				got = append(got, tag)
			}
		}
		slices.Sort(got)
		want = slices.Sorted(slices.Values(want))
		for _, name := range current[id] {
			if slices.Contains(got, name) && !slices.Contains(want, name) {
				want = append(want, name)
			}
		}
		want = slices.Sorted(slices.Values(want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: %s has parameters %v, the spec lists %v", id, rt.Name(), got, want)
		}
	}
}

// gpOperationQueryParams reads the query_params column of testdata/operations.tsv.
func gpOperationQueryParams(t *testing.T) map[string][]string {
	t.Helper()
	lines := strings.Split(string(fixture(t, "operations.tsv")), "\n")
	header := strings.Split(lines[0], "\t")
	col := -1
	for i, h := range header {
		if h == "query_params" {
			col = i
		}
	}
	if col < 0 {
		t.Fatal("operations.tsv has no query_params column")
	}
	out := map[string][]string{}
	for _, l := range lines[1:] {
		cols := strings.Split(l, "\t")
		if len(cols) <= col {
			continue
		}
		var ps []string
		if cols[col] != "" {
			ps = strings.Split(cols[col], ",")
		}
		out[cols[0]] = ps
	}
	return out
}

// TestGroupRuleTypeDefault checks that CreateRule and ReplaceRule send the one rule type Okta requires when the
// caller leaves it empty, without changing the caller's rule, and send a type the caller set as it is.
func TestGroupRuleTypeDefault(t *testing.T) {
	t.Parallel()
	const created = `{"id":"0pr1","type":"group_rule","name":"Engineers","status":"INACTIVE"}`
	calls := []apiCall{}
	for _, tc := range []struct {
		name     string
		typ      GroupRuleType
		wantType string
	}{
		{"empty", "", "group_rule"},
		{"set", GroupRuleTypeGroupRule, "group_rule"},
		{"future kind", "group_rule_v2", "group_rule_v2"},
	} {
		body := `{"type":"` + tc.wantType + `","name":"Engineers"}`
		calls = append(calls,
			apiCall{
				name: "CreateRule/" + tc.name, op: "createGroupRule", method: http.MethodPost, path: "/api/v1/groups/rules",
				call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
					rule := &GroupRule{Type: tc.typ, Name: "Engineers"}
					got, resp, err := c.Groups.CreateRule(ctx, rule)
					if rule.Type != tc.typ {
						t.Errorf("CreateRule changed the caller's Type to %q", rule.Type)
					}
					return got, resp, err
				},
				body: body, response: []byte(created),
			},
			apiCall{
				name: "ReplaceRule/" + tc.name, op: "replaceGroupRule", ids: []string{"0pr1"}, method: http.MethodPut, path: "/api/v1/groups/rules/0pr1",
				call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
					return c.Groups.ReplaceRule(ctx, ids[0], &GroupRule{Type: tc.typ, Name: "Engineers"})
				},
				body: body, response: []byte(created),
			})
	}
	runAPICalls(t, calls)
}
