package okta

import (
	"context"
	"testing"
)

func roleAssignmentsCalls(t *testing.T) []apiCall {
	assigned := accessFixtureNamed(t, "role_assignments", "assignRoleToUser", "assign_user_to_role_1")
	custom := firstPayload(t, "role_assignments", "getUserAssignedRole", "")
	groupRole := firstPayload(t, "role_assignments", "getGroupAssignedRole", "")
	return []apiCall{
		{
			op: "listUsersWithRoleAssignments", method: "GET", path: "/api/v1/iam/assignees/users",
			query:    map[string]string{"after": "00u1", "limit": "1"},
			response: firstPayload(t, "role_assignments", "listUsersWithRoleAssignments", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListUsers(ctx, &RoleAssignmentsListUsersOptions{After: "00u1", Limit: 1})
			},
			check: func(t *testing.T, got any) {
				if u := got.(*RoleAssignedUsers); len(u.Value) != 1 || u.Value[0].ORN == "" || u.Value[0].Links.Href("roles") == "" {
					t.Errorf("users = %+v", u)
				}
			},
		},
		{
			op: "listGroupAssignedRoles", ids: accessIDs[:1], method: "GET", path: "/api/v1/groups/id%2F1/roles",
			query: map[string]string{"expand": "targets/catalog/apps"}, response: firstPayload(t, "role_assignments", "listGroupAssignedRoles", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListGroupRoles(ctx, ids[0], &RoleAssignmentsListGroupRolesOptions{Expand: "targets/catalog/apps"})
			},
			check: func(t *testing.T, got any) {
				if r := got.([]Role); len(r) != 2 || r[0].Type != RoleTypeAppAdmin || r[0].AssignmentType != RoleAssignmentTypeGroup || r[0].Embedded["targets"] == nil {
					t.Errorf("roles = %+v", r)
				}
			},
		},
		{
			op: "assignRoleToGroup", ids: accessIDs[:1], method: "POST", path: "/api/v1/groups/id%2F1/roles",
			query: map[string]string{"disableNotifications": "true"}, body: `{"type":"APP_ADMIN"}`, response: groupRole,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.AssignToGroup(ctx, ids[0], &AssignRoleRequest{Type: RoleTypeAppAdmin}, &RoleAssignmentsAssignToGroupOptions{DisableNotifications: new(true)})
			},
		},
		{
			op: "getGroupAssignedRole", ids: accessIDs[:2], method: "GET", path: "/api/v1/groups/id%2F1/roles/id%202", response: groupRole,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.GetGroupRole(ctx, ids[0], ids[1])
			},
		},
		{
			op: "unassignRoleFromGroup", ids: accessIDs[:2], method: "DELETE", path: "/api/v1/groups/id%2F1/roles/id%202", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleAssignments.UnassignFromGroup(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "listAssignedRolesForUser", ids: accessIDs[:1], method: "GET", path: "/api/v1/users/id%2F1/roles",
			query:    map[string]string{"expand": "targets/groups"},
			response: accessFixtureNamed(t, "role_assignments", "listAssignedRolesForUser", "assign_user_to_role_2"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListUserRoles(ctx, ids[0], &RoleAssignmentsListUserRolesOptions{Expand: "targets/groups"})
			},
		},
		{
			op: "assignRoleToUser", ids: accessIDs[:1], method: "POST", path: "/api/v1/users/id%2F1/roles", status: 201,
			query: map[string]string{"disableNotifications": "false"}, body: `{"type":"USER_ADMIN"}`, response: assigned,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.AssignToUser(ctx, ids[0], &AssignRoleRequest{Type: RoleTypeUserAdmin}, &RoleAssignmentsAssignToUserOptions{DisableNotifications: new(false)})
			},
			check: func(t *testing.T, got any) {
				if r := got.(*Role); r.ID != "KVJUKUS7IFCE2SKO" || r.Status != LifecycleStatusActive || r.Links.Href("assignee") == "" {
					t.Errorf("role = %+v", r)
				}
			},
		},
		{
			op: "getUserAssignedRole", ids: accessIDs[:2], method: "GET", path: "/api/v1/users/id%2F1/roles/id%202", response: custom,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.GetUserRole(ctx, ids[0], ids[1])
			},
			check: func(t *testing.T, got any) {
				if r := got.(*Role); r.Type != RoleTypeCustom || r.Role != "cr04cxy6yzSCtNciD0g7" || r.ResourceSet != "iam4cxy6z7hhaZCSk0g7" {
					t.Errorf("custom role assignment = %+v", r)
				}
			},
		},
		{
			op: "unassignRoleFromUser", ids: accessIDs[:2], method: "DELETE", path: "/api/v1/users/id%2F1/roles/id%202", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleAssignments.UnassignFromUser(ctx, ids[0], ids[1]))
			},
		},
	}
}

func TestRoleAssignmentsRequests(t *testing.T) {
	t.Parallel()
	calls := roleAssignmentsCalls(t)
	checkCalledOperations(t, calls, "RoleAssignment")
	runAPICalls(t, calls)
}

// TestRoleAssignmentsCustomRole checks the body that assigns a custom role: its ID and resource set, which the
// 5.1.0 API description leaves out of AssignRoleRequest.
func TestRoleAssignmentsCustomRole(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{{
		op: "assignRoleToUser", ids: accessIDs[:1], method: "POST", path: "/api/v1/users/id%2F1/roles", status: 201,
		body:     `{"type":"CUSTOM","role":"cr04cxy6yzSCtNciD0g7","resource-set":"iam4cxy6z7hhaZCSk0g7"}`,
		response: firstPayload(t, "role_assignments", "getUserAssignedRole", ""),
		call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return c.RoleAssignments.AssignToUser(ctx, ids[0], &AssignRoleRequest{Type: RoleTypeCustom, Role: "cr04cxy6yzSCtNciD0g7", ResourceSet: "iam4cxy6z7hhaZCSk0g7"}, nil)
		},
	}})
}

func TestRoleAssignmentsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "role_assignments", roleAssignmentsCalls(t))
}

func TestRoleAssignmentsRoundTrips(t *testing.T) {
	t.Parallel()
	role := func(t *testing.T, raw []byte) { assertRoundTrip[*Role](t, raw) }
	roles := func(t *testing.T, raw []byte) { assertRoundTrip[[]Role](t, raw) }
	checkRecordedPayloads(t, "role_assignments", map[string]func(*testing.T, []byte){
		"listUsersWithRoleAssignments": func(t *testing.T, raw []byte) { assertRoundTrip[*RoleAssignedUsers](t, raw) },
		"listGroupAssignedRoles":       roles,
		"getGroupAssignedRole":         role,
		"listAssignedRolesForUser":     roles,
		"assignRoleToUser":             role,
		"getUserAssignedRole":          role,
	})
}

func TestRoleAssignmentsIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListUsersIter", query: map[string]string{"limit": "2"}, path: "/api/v1/iam/assignees/users", envelope: "value",
		first:  `{"value":[{"id":"00u1"},{"id":"00u2"}]}`,
		second: `{"value":[{"id":"00u3"}]}`,
		walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
			return countAll(c.RoleAssignments.ListUsersIter(ctx, &RoleAssignmentsListUsersOptions{Limit: 2}))
		},
	}})
}
