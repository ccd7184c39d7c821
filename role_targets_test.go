package okta

import (
	"context"
	"testing"
)

func roleTargetsCalls(t *testing.T) []apiCall {
	apps := firstPayload(t, "role_targets", "listApplicationTargetsForApplicationAdministratorRoleForUser", "")
	groups := firstPayload(t, "role_targets", "listGroupTargetsForRole", "")
	page := map[string]string{"after": "0oa1", "limit": "20"}
	return []apiCall{
		// Targets of a user's role
		{
			op: "listApplicationTargetsForApplicationAdministratorRoleForUser", ids: accessIDs[:2], method: "GET",
			path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps", query: page, response: apps,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListUserRoleAppTargets(ctx, ids[0], ids[1], &RoleTargetsListUserRoleAppTargetsOptions{After: "0oa1", Limit: 20})
			},
			check: func(t *testing.T, got any) {
				a := got.([]CatalogApplication)
				if len(a) != 2 || a[0].Name != "salesforce" || a[0].ID != "" || a[1].ID != "0oapsqQ6dv19pqyEo0g3" || a[1].Features == nil {
					t.Errorf("targets = %+v", a)
				}
			},
		},
		{
			op: "assignAllAppsAsTargetToRoleForUser", ids: accessIDs[:2], method: "PUT", path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignUserRoleAllApps(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "assignAppTargetToAdminRoleForUser", ids: accessIDs[:3], method: "PUT", path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignUserRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "unassignAppTargetFromAppAdminRoleForUser", ids: accessIDs[:3], method: "DELETE", path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignUserRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "assignAppInstanceTargetToAppAdminRoleForUser", ids: accessIDs[:4], method: "PUT", path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps/id%3F3/id%234",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignUserRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
		},
		{
			op: "unassignAppInstanceTargetFromAdminRoleForUser", ids: accessIDs[:4], method: "DELETE", path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps/id%3F3/id%234",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignUserRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
		},
		{
			op: "listGroupTargetsForRole", ids: accessIDs[:2], method: "GET", path: "/api/v1/users/id%2F1/roles/id%202/targets/groups",
			query: page, response: groups,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListUserRoleGroupTargets(ctx, ids[0], ids[1], &RoleTargetsListUserRoleGroupTargetsOptions{After: "0oa1", Limit: 20})
			},
			check: func(t *testing.T, got any) {
				if g := got.([]Group); len(g) != 1 || g[0].ID != "00gsfddaze34sbCaU4x6" {
					t.Errorf("targets = %+v", g)
				}
			},
		},
		{
			op: "assignGroupTargetToUserRole", ids: accessIDs[:3], method: "PUT", path: "/api/v1/users/id%2F1/roles/id%202/targets/groups/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignUserRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "unassignGroupTargetFromUserAdminRole", ids: accessIDs[:3], method: "DELETE", path: "/api/v1/users/id%2F1/roles/id%202/targets/groups/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignUserRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		// Targets of a group's role
		{
			op: "listApplicationTargetsForApplicationAdministratorRoleForGroup", ids: accessIDs[:2], method: "GET",
			path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps", query: page, response: apps,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListGroupRoleAppTargets(ctx, ids[0], ids[1], &RoleTargetsListGroupRoleAppTargetsOptions{After: "0oa1", Limit: 20})
			},
		},
		{
			op: "assignAppTargetToAdminRoleForGroup", ids: accessIDs[:3], method: "PUT", path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignGroupRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "unassignAppTargetToAdminRoleForGroup", ids: accessIDs[:3], method: "DELETE", path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignGroupRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "assignAppInstanceTargetToAppAdminRoleForGroup", ids: accessIDs[:4], method: "PUT", path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps/id%3F3/id%234",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignGroupRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
		},
		{
			op: "unassignAppInstanceTargetToAppAdminRoleForGroup", ids: accessIDs[:4], method: "DELETE", path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps/id%3F3/id%234",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignGroupRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
		},
		{
			op: "listGroupTargetsForGroupRole", ids: accessIDs[:2], method: "GET", path: "/api/v1/groups/id%2F1/roles/id%202/targets/groups",
			query: page, response: groups,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListGroupRoleGroupTargets(ctx, ids[0], ids[1], &RoleTargetsListGroupRoleGroupTargetsOptions{After: "0oa1", Limit: 20})
			},
		},
		{
			op: "assignGroupTargetToGroupAdminRole", ids: accessIDs[:3], method: "PUT", path: "/api/v1/groups/id%2F1/roles/id%202/targets/groups/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignGroupRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
		{
			op: "unassignGroupTargetFromGroupAdminRole", ids: accessIDs[:3], method: "DELETE", path: "/api/v1/groups/id%2F1/roles/id%202/targets/groups/id%3F3",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignGroupRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
		},
	}
}

func TestRoleTargetsRequests(t *testing.T) {
	t.Parallel()
	calls := roleTargetsCalls(t)
	checkCalledOperations(t, calls, "RoleTarget")
	runAPICalls(t, calls)
}

func TestRoleTargetsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "role_targets", roleTargetsCalls(t))
}

func TestRoleTargetsRoundTrips(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "role_targets", map[string]func(*testing.T, []byte){
		"listApplicationTargetsForApplicationAdministratorRoleForUser": func(t *testing.T, raw []byte) { assertRoundTrip[[]CatalogApplication](t, raw) },
		"listGroupTargetsForRole":                                      func(t *testing.T, raw []byte) { assertRoundTrip[[]Group](t, raw) },
	})
}

func TestRoleTargetsIterators(t *testing.T) {
	t.Parallel()
	apps := [2]string{`[{"name":"salesforce"},{"name":"box"}]`, `[{"name":"facebook","id":"0oa1"}]`}
	groups := [2]string{`[{"id":"00g1"},{"id":"00g2"}]`, `[{"id":"00g3"}]`}
	runPagedLists(t, []pagedList{
		{name: "ListUserRoleAppTargetsIter", ids: accessIDs[:2], query: map[string]string{"limit": "2"}, path: "/api/v1/users/id%2F1/roles/id%202/targets/catalog/apps", first: apps[0], second: apps[1],
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListUserRoleAppTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListUserRoleAppTargetsOptions{Limit: 2}))
			}},
		{name: "ListUserRoleGroupTargetsIter", ids: accessIDs[:2], query: map[string]string{"limit": "2"}, path: "/api/v1/users/id%2F1/roles/id%202/targets/groups", first: groups[0], second: groups[1],
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListUserRoleGroupTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListUserRoleGroupTargetsOptions{Limit: 2}))
			}},
		{name: "ListGroupRoleAppTargetsIter", ids: accessIDs[:2], query: map[string]string{"limit": "2"}, path: "/api/v1/groups/id%2F1/roles/id%202/targets/catalog/apps", first: apps[0], second: apps[1],
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListGroupRoleAppTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListGroupRoleAppTargetsOptions{Limit: 2}))
			}},
		{name: "ListGroupRoleGroupTargetsIter", ids: accessIDs[:2], query: map[string]string{"limit": "2"}, path: "/api/v1/groups/id%2F1/roles/id%202/targets/groups", first: groups[0], second: groups[1],
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListGroupRoleGroupTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListGroupRoleGroupTargetsOptions{Limit: 2}))
			}},
	})
}
