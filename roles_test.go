package okta

import (
	"bytes"
	"context"
	"net/http"
	"testing"
)

func rolesCalls(t *testing.T) []apiCall {
	role := firstPayload(t, "roles", "getRole", "")
	permission := firstPayload(t, "roles", "getRolePermission", "")
	conditions := &PermissionConditions{Include: map[string][]string{"okta:ResourceAttribute/User/Profile": {"city", "state", "zipCode"}}}
	conditionsJSON := `{"conditions":{"include":{"okta:ResourceAttribute/User/Profile":["city","state","zipCode"]}}}`
	return []apiCall{
		{
			op: "listRoles", method: "GET", path: "/api/v1/iam/roles", query: map[string]string{"after": "cr0Fw7HKcWIroo88m3r1"},
			response: firstPayload(t, "roles", "listRoles", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.List(ctx, &RolesListOptions{After: "cr0Fw7HKcWIroo88m3r1"})
			},
			check: func(t *testing.T, got any) {
				if roles := got.(*IAMRoles); len(roles.Roles) != 2 || roles.Roles[0].Label != "UserCreator" || roles.Roles[1].Links.Href("permissions") == "" {
					t.Errorf("roles = %+v", roles)
				}
			},
		},
		{
			op: "createRole", method: "POST", path: "/api/v1/iam/roles", response: role,
			body: string(fixture(t, "roles/requests/createRole_spec_ExampleRequest.json")),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.Create(ctx, &CreateIAMRoleRequest{
					Label: "UserCreator", Description: "Create users",
					Permissions: []RolePermissionType{RolePermissionUsersCreate, RolePermissionUsersRead, RolePermissionGroupsRead, RolePermissionUsersUserProfileManage},
				})
			},
		},
		{
			op: "getRole", ids: accessIDs[:1], method: "GET", path: "/api/v1/iam/roles/id%2F1", response: role,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.Get(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if r := got.(*IAMRole); r.ID != "cr0Yq6IJxGIr0ouum0g3" || r.Description != "Create users" || r.Created.IsZero() {
					t.Errorf("role = %+v", r)
				}
			},
		},
		{
			op: "replaceRole", ids: accessIDs[:1], method: "PUT", path: "/api/v1/iam/roles/id%2F1", response: role,
			body: `{"label":"UserCreator","description":"Create users"}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.Replace(ctx, ids[0], &ReplaceIAMRoleRequest{Label: "UserCreator", Description: "Create users"})
			},
		},
		{
			op: "deleteRole", ids: accessIDs[:1], method: "DELETE", path: "/api/v1/iam/roles/id%2F1", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Roles.Delete(ctx, ids[0]))
			},
		},
		{
			op: "listRolePermissions", ids: accessIDs[:1], method: "GET", path: "/api/v1/iam/roles/id%2F1/permissions",
			response: firstPayload(t, "roles", "listRolePermissions", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.ListPermissions(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if p := got.(*Permissions); len(p.Permissions) != 4 || p.Permissions[0].Label != RolePermissionUsersCreate {
					t.Errorf("permissions = %+v", p)
				}
			},
		},
		{
			op: "getRolePermission", ids: accessIDs[:2], method: "GET", path: "/api/v1/iam/roles/id%2F1/permissions/id%202", response: permission,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.GetPermission(ctx, ids[0], RolePermissionType(ids[1]))
			},
		},
		{
			op: "createRolePermission", ids: accessIDs[:2], method: "POST", path: "/api/v1/iam/roles/id%2F1/permissions/id%202", status: 204, want: "-",
			body: conditionsJSON,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Roles.CreatePermission(ctx, ids[0], RolePermissionType(ids[1]), &CreateRolePermissionRequest{Conditions: conditions}))
			},
		},
		{
			op: "replaceRolePermission", ids: accessIDs[:2], method: "PUT", path: "/api/v1/iam/roles/id%2F1/permissions/id%202",
			body: conditionsJSON, response: firstPayload(t, "roles", "replaceRolePermission", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Roles.ReplacePermission(ctx, ids[0], RolePermissionType(ids[1]), &CreateRolePermissionRequest{Conditions: conditions})
			},
			check: func(t *testing.T, got any) {
				if p := got.(*Permission); p.Conditions == nil || len(p.Conditions.Include["okta:ResourceAttribute/User/Profile"]) != 3 {
					t.Errorf("permission = %+v", p)
				}
			},
		},
		{
			op: "deleteRolePermission", ids: accessIDs[:2], method: "DELETE", path: "/api/v1/iam/roles/id%2F1/permissions/id%202", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Roles.DeletePermission(ctx, ids[0], RolePermissionType(ids[1])))
			},
		},
	}
}

func TestRolesRequests(t *testing.T) {
	t.Parallel()
	calls := rolesCalls(t)
	checkCalledOperations(t, calls, "Role")
	runAPICalls(t, calls)
}

func TestRolesErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "roles", rolesCalls(t))
}

func TestRolesRoundTrips(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "roles", map[string]func(*testing.T, []byte){
		"listRoles":             func(t *testing.T, raw []byte) { assertRoundTrip[*IAMRoles](t, raw) },
		"getRole":               func(t *testing.T, raw []byte) { assertRoundTrip[*IAMRole](t, raw) },
		"listRolePermissions":   func(t *testing.T, raw []byte) { assertRoundTrip[*Permissions](t, raw) },
		"getRolePermission":     func(t *testing.T, raw []byte) { assertRoundTrip[*Permission](t, raw) },
		"replaceRolePermission": func(t *testing.T, raw []byte) { assertRoundTrip[*Permission](t, raw) },
		"requests/createRole":   func(t *testing.T, raw []byte) { assertRoundTrip[*CreateIAMRoleRequest](t, raw) },
		// The spec's example carries permissions, which ReplaceIAMRoleRequest does not have; they stay in Extra.
		"requests/replaceRole":          func(t *testing.T, raw []byte) { assertRoundTrip[*ReplaceIAMRoleRequest](t, raw) },
		"requests/createRolePermission": func(t *testing.T, raw []byte) { assertRoundTrip[*CreateRolePermissionRequest](t, raw) },
	})
}

func TestRolesIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/iam/roles", envelope: "roles",
		first:  `{"roles":[{"id":"cr01","label":"A"},{"id":"cr02","label":"B"}]}`,
		second: `{"roles":[{"id":"cr03","label":"C"}],"_links":{}}`,
		walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
			return countAll(c.Roles.ListIter(ctx, nil))
		},
	}})
}

// TestRolesListCursor checks that one page of custom roles gives the cursor of the next in Response.After,
// which Okta sends only in the body's _links.
func TestRolesListCursor(t *testing.T) {
	t.Parallel()
	client, mux := setup(t)
	serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
		// The spec's example, with a host in place of its {yourOktaDomain} placeholder, which does not parse.
		page := bytes.ReplaceAll(firstPayload(t, "roles", "listRoles", ""), []byte("{yourOktaDomain}"), []byte("example.okta.com"))
		serveJSON(w, 200, page)
	})
	roles, resp, err := client.Roles.List(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(roles.Roles) != 2 || !resp.HasNextPage() || resp.After != "cr0Fw7HKcWIroo88m3r1" {
		t.Errorf("%d roles, next page %v, after %q", len(roles.Roles), resp.HasNextPage(), resp.After)
	}
}
