package okta

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRolesCurrentMethods(t *testing.T) {
	t.Parallel()
	const dir = "role_assignments_clients"
	payload := func(op string) []byte { return firstPayload(t, dir, op, "") }
	const cl, clEsc = "0oa/c", "0oa%2Fc"
	const ra, raEsc = "irb/1", "irb%2F1"
	roles := "/oauth2/v1/clients/" + clEsc + "/roles"
	targets := roles + "/" + raEsc + "/targets"
	gov := "/api/v1/users/00u%2F1/roles/" + raEsc + "/governance"
	calls := []apiCall{
		{
			op: "listRolesForClient", ids: []string{cl},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListClientRoles(ctx, ids[0])
			},
			method: http.MethodGet, path: roles, response: payload("listRolesForClient"),
			check: func(t *testing.T, got any) {
				rs := got.([]Role)
				if len(rs) != 2 || rs[0].Type != RoleTypeAppAdmin || rs[1].Type != RoleTypeCustom || rs[1].ResourceSet != "iamoJDFKaJxGIr0oamd9g" {
					t.Errorf("roles = %+v", rs)
				}
			},
		},
		{
			op: "assignRoleToClient", ids: []string{cl},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.AssignToClient(ctx, ids[0], &AssignRoleRequest{Type: RoleTypeCustom, Role: "cr0Yq6IJxGIr0ouum0g3", ResourceSet: "iamoJDFKaJxGIr0oamd9g"})
			},
			method: http.MethodPost, path: roles, body: string(firstPayload(t, dir, "requests", "assignRoleToClient")),
			response: payload("assignRoleToClient"),
		},
		{
			op: "retrieveClientRole", ids: []string{cl, ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.GetClientRole(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: roles + "/" + raEsc, response: payload("assignRoleToClient"),
		},
		{
			op: "deleteRoleFromClient", ids: []string{cl, ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleAssignments.UnassignFromClient(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: roles + "/" + raEsc, status: http.StatusNoContent, want: "-",
		},
		{
			op: "getUserAssignedRoleGovernance", ids: []string{"00u/1", ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListUserRoleGovernanceGrants(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: gov, response: payload("getUserAssignedRoleGovernance"),
			want: `[{"grantId": "grant1", "type": "ENTITLEMENT-BUNDLE", "bundleId": "enbl1", "expirationDate": "2025-12-31T00:00:00.000Z",
				"_links": {"resources": {"href": "https://{yourOktaDomain}/api/v1/users/00u1/roles/irb1/governance/grant1/resources"}}},
				{"grantId": "grant2", "type": "CUSTOM"}]`,
		},
		{
			op: "getRoleAssignmentGovernanceGrant", ids: []string{"00u/1", ra, "g/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.GetUserRoleGovernanceGrant(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: gov + "/g%2F1", response: payload("getRoleAssignmentGovernanceGrant"),
		},
		{
			op: "getRoleAssignmentGovernanceGrantResources", ids: []string{"00u/1", ra, "g/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleAssignments.ListUserRoleGovernanceGrantResources(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: gov + "/g%2F1/resources", response: payload("getRoleAssignmentGovernanceGrantResources"),
			want: `[{"resource": "orn:okta:directory:00o1:groups:00g1", "label": "Engineering"}]`,
		},
		{
			op: "getRoleTargetsByUserIdAndRoleId", ids: []string{"00u/1", ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListUserRoleTargets(ctx, ids[0], ids[1], &RoleTargetsListUserRoleTargetsOptions{AssignmentType: RoleAssignmentTypeGroup, Limit: 5, After: "x"})
			},
			method: http.MethodGet, path: "/api/v1/users/00u%2F1/roles/" + raEsc + "/targets",
			query:    map[string]string{"assignmentType": "GROUP", "limit": "5", "after": "x"},
			response: payload("getRoleTargetsByUserIdAndRoleId"),
		},
		{
			op: "listAppTargetRoleToClient", ids: []string{cl, ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListClientRoleAppTargets(ctx, ids[0], ids[1], &RoleTargetsListClientRoleAppTargetsOptions{Limit: 5})
			},
			method: http.MethodGet, path: targets + "/catalog/apps", query: map[string]string{"limit": "5"},
			response: []byte(`[{"name": "salesforce", "displayName": "Salesforce.com", "status": "ACTIVE"}]`),
		},
		{
			op: "assignAppTargetRoleToClient", ids: []string{cl, ra, "sales/force"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignClientRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodPut, path: targets + "/catalog/apps/sales%2Fforce", status: http.StatusNoContent, want: "-",
		},
		{
			op: "removeAppTargetRoleFromClient", ids: []string{cl, ra, "sales/force"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignClientRoleAppTarget(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: targets + "/catalog/apps/sales%2Fforce", status: http.StatusNoContent, want: "-",
		},
		{
			op: "assignAppTargetInstanceRoleForClient", ids: []string{cl, ra, "salesforce", "0oa/2"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignClientRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
			method: http.MethodPut, path: targets + "/catalog/apps/salesforce/0oa%2F2", status: http.StatusNoContent, want: "-",
		},
		{
			op: "removeAppTargetInstanceRoleForClient", ids: []string{cl, ra, "salesforce", "0oa/2"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignClientRoleAppInstanceTarget(ctx, ids[0], ids[1], ids[2], ids[3]))
			},
			method: http.MethodDelete, path: targets + "/catalog/apps/salesforce/0oa%2F2", status: http.StatusNoContent, want: "-",
		},
		{
			op: "listGroupTargetRoleForClient", ids: []string{cl, ra},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RoleTargets.ListClientRoleGroupTargets(ctx, ids[0], ids[1], &RoleTargetsListClientRoleGroupTargetsOptions{After: "00g0"})
			},
			method: http.MethodGet, path: targets + "/groups", query: map[string]string{"after": "00g0"},
			response: []byte(`[{"id": "00g1", "profile": {"name": "Engineering"}}]`),
		},
		{
			op: "assignGroupTargetRoleForClient", ids: []string{cl, ra, "00g/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.AssignClientRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodPut, path: targets + "/groups/00g%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "removeGroupTargetRoleFromClient", ids: []string{cl, ra, "00g/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RoleTargets.UnassignClientRoleGroupTarget(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: targets + "/groups/00g%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "addResourceSetResource", ids: []string{"iam/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.AddResource(ctx, ids[0], &AddResourceSetResourceRequest{
					ResourceORNOrURL: "orn:okta:idp:00o1:apps",
					Conditions:       &ResourceConditions{Exclude: &ResourceConditionsExclude{ORNs: []string{"orn:okta:idp:00o1:apps:google"}}},
				})
			},
			method: http.MethodPost, path: "/api/v1/iam/resource-sets/iam%2F1/resources",
			body: string(firstPayload(t, dir, "requests", "addResourceSetResource")), response: payload("getResourceSetResource"),
		},
		{
			op: "getResourceSetResource", ids: []string{"iam/1", "ire/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.GetResource(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam%2F1/resources/ire%2F1", response: payload("getResourceSetResource"),
		},
		{
			op: "replaceResourceSetResource", ids: []string{"iam/1", "ire/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.ReplaceResource(ctx, ids[0], ids[1], &ReplaceResourceSetResourceRequest{
					Conditions: &ResourceConditions{Exclude: &ResourceConditionsExclude{ORNs: []string{"orn:okta:idp:00o1:apps:google"}}},
				})
			},
			method: http.MethodPut, path: "/api/v1/iam/resource-sets/iam%2F1/resources/ire%2F1",
			body: `{"conditions": {"Exclude": {"okta:ORN": ["orn:okta:idp:00o1:apps:google"]}}}`, response: payload("getResourceSetResource"),
		},
	}
	checkCalledCurrentOperations(t, calls, "RoleAssignmentClient", "RoleBTargetClient", "RoleAssignmentAUser", "RoleBTargetAdmin", "RoleCResourceSetResource")
	runAPICalls(t, calls)
}

func TestResourceSetResourceReplaceRequest(t *testing.T) {
	t.Parallel()
	r := assertRoundTrip[*ResourceSetResource](t, firstPayload(t, "role_assignments_clients", "getResourceSetResource", ""))
	req, err := r.ReplaceRequest()
	if err != nil {
		t.Fatal(err)
	}
	want := &ReplaceResourceSetResourceRequest{Conditions: &ResourceConditions{Exclude: &ResourceConditionsExclude{ORNs: []string{"orn:okta:idp:00o1:apps:google"}}}}
	if diff := cmp.Diff(want, req); diff != "" {
		t.Errorf("ReplaceRequest (-want +got):\n%s", diff)
	}
}

func TestRolesCurrentIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{
		{
			name: "ListUserRoleTargetsIter", ids: []string{"00u1", "irb1"}, path: "/api/v1/users/00u1/roles/irb1/targets",
			query: map[string]string{"limit": "1"}, first: `[{"orn": "a"}]`, second: `[{"orn": "b"}]`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListUserRoleTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListUserRoleTargetsOptions{Limit: 1}))
			},
		},
		{
			name: "ListClientRoleAppTargetsIter", ids: []string{"0oa1", "irb1"}, path: "/oauth2/v1/clients/0oa1/roles/irb1/targets/catalog/apps",
			query: map[string]string{"limit": "1"}, first: `[{"name": "a"}]`, second: `[{"name": "b"}]`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListClientRoleAppTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListClientRoleAppTargetsOptions{Limit: 1}))
			},
		},
		{
			name: "ListClientRoleGroupTargetsIter", ids: []string{"0oa1", "irb1"}, path: "/oauth2/v1/clients/0oa1/roles/irb1/targets/groups",
			query: map[string]string{"limit": "1"}, first: `[{"id": "00g1"}]`, second: `[{"id": "00g2"}]`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleTargets.ListClientRoleGroupTargetsIter(ctx, ids[0], ids[1], &RoleTargetsListClientRoleGroupTargetsOptions{Limit: 1}))
			},
		},
		{
			name: "ListUserRoleGovernanceGrantResourcesIter", ids: []string{"00u1", "irb1", "g1"}, path: "/api/v1/users/00u1/roles/irb1/governance/g1/resources",
			envelope: "resources", first: `{"resources": [{"resource": "a"}]}`, second: `{"resources": [{"resource": "b"}]}`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.RoleAssignments.ListUserRoleGovernanceGrantResourcesIter(ctx, ids[0], ids[1], ids[2]))
			},
		},
	})
}

func TestRolesCurrentRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "role_assignments_clients", map[string]func(*testing.T, []byte){
		"listRolesForClient":                        func(t *testing.T, raw []byte) { assertRoundTrip[[]Role](t, raw) },
		"assignRoleToClient":                        func(t *testing.T, raw []byte) { assertRoundTrip[*Role](t, raw) },
		"requests/assignRoleToClient":               func(t *testing.T, raw []byte) { assertRoundTrip[*AssignRoleRequest](t, raw) },
		"getUserAssignedRoleGovernance":             func(t *testing.T, raw []byte) { assertRoundTrip[*roleGovernance](t, raw) },
		"getRoleAssignmentGovernanceGrant":          func(t *testing.T, raw []byte) { assertRoundTrip[*RoleGovernanceSource](t, raw) },
		"getRoleAssignmentGovernanceGrantResources": func(t *testing.T, raw []byte) { assertRoundTrip[*roleGovernanceResources](t, raw) },
		"getRoleTargetsByUserIdAndRoleId":           func(t *testing.T, raw []byte) { assertRoundTrip[[]RoleTarget](t, raw) },
		"getResourceSetResource":                    func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetResource](t, raw) },
		"requests/addResourceSetResource":           func(t *testing.T, raw []byte) { assertRoundTrip[*AddResourceSetResourceRequest](t, raw) },
	})
}
