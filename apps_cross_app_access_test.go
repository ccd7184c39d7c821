package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestAppsCurrentMethods(t *testing.T) {
	t.Parallel()
	const dir = "apps_cross_app_access"
	payload := func(op string) []byte { return firstPayload(t, dir, op, "") }
	const app, appEsc = "0oa/1", "0oa%2F1"
	const conn, connEsc = "con/1", "con%2F1"
	cwo := "/api/v1/apps/" + appEsc + "/cwo/connections"
	claims := "/api/v1/apps/" + appEsc + "/federated-claims"
	calls := []apiCall{
		{
			op: "getAllCrossAppAccessConnections", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListCrossAppAccessConnections(ctx, ids[0], &AppsListCrossAppAccessConnectionsOptions{
					After: "c0", Limit: 20, Status: LifecycleStatusActive, RequestingAppID: "0oaR", ResourceAppID: "0oaS",
					ActiveAppsOnly: new(true), RequestingAppName: "r", ResourceAppName: "s",
				})
			},
			method: http.MethodGet, path: cwo,
			query: map[string]string{"after": "c0", "limit": "20", "status": "ACTIVE", "requestingAppId": "0oaR", "resourceAppId": "0oaS",
				"activeAppsOnly": "true", "requestingAppName": "r", "resourceAppName": "s"},
			response: payload("getAllCrossAppAccessConnections"),
			check: func(t *testing.T, got any) {
				if cs := got.([]OrgCrossAppAccessConnection); len(cs) != 1 || cs[0].ID != "con1test1234567890xy" || cs[0].Created.IsZero() {
					t.Errorf("connections = %+v", cs)
				}
			},
		},
		{
			op: "createCrossAppAccessConnection", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateCrossAppAccessConnection(ctx, ids[0], &OrgCrossAppAccessConnection{ResourceAppInstanceID: "0oa1test1234567890ab"})
			},
			method: http.MethodPost, path: cwo, status: http.StatusCreated,
			body:     string(firstPayload(t, dir, "requests", "createCrossAppAccessConnection")),
			response: payload("createCrossAppAccessConnection"),
		},
		{
			op: "getCrossAppAccessConnection", ids: []string{app, conn},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetCrossAppAccessConnection(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: cwo + "/" + connEsc, response: payload("getCrossAppAccessConnection"),
		},
		{
			op: "updateCrossAppAccessConnection", ids: []string{app, conn},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.UpdateCrossAppAccessConnection(ctx, ids[0], ids[1], &UpdateOrgCrossAppAccessConnectionRequest{Status: LifecycleStatusInactive})
			},
			method: http.MethodPatch, path: cwo + "/" + connEsc,
			body:     string(firstPayload(t, dir, "requests", "updateCrossAppAccessConnection")),
			response: payload("updateCrossAppAccessConnection"),
		},
		{
			op: "deleteCrossAppAccessConnection", ids: []string{app, conn},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteCrossAppAccessConnection(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: cwo + "/" + connEsc, status: http.StatusNoContent, want: "-",
		},
		{
			op: "listFederatedClaims", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListFederatedClaims(ctx, ids[0])
			},
			method: http.MethodGet, path: claims, response: payload("listFederatedClaims"),
		},
		{
			op: "createFederatedClaim", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateFederatedClaim(ctx, ids[0], &FederatedClaim{Name: "role", Expression: "appuser.entitlements.role"})
			},
			method: http.MethodPost, path: claims, status: http.StatusCreated,
			body: string(firstPayload(t, dir, "requests", "createFederatedClaim")), response: payload("createFederatedClaim"),
		},
		{
			op: "getFederatedClaim", ids: []string{app, "ofc/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetFederatedClaim(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: claims + "/ofc%2F1", response: payload("getFederatedClaim"),
		},
		{
			op: "replaceFederatedClaim", ids: []string{app, "ofc/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ReplaceFederatedClaim(ctx, ids[0], ids[1], &FederatedClaim{Name: "role", Expression: "appuser.entitlements.role"})
			},
			method: http.MethodPut, path: claims + "/ofc%2F1", status: http.StatusCreated,
			body: `{"name": "role", "expression": "appuser.entitlements.role"}`, response: payload("getFederatedClaim"),
		},
		{
			op: "deleteFederatedClaim", ids: []string{app, "ofc/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteFederatedClaim(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: claims + "/ofc%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "listInterclientAllowedApplications", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListInterclientAllowedApps(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/apps/" + appEsc + "/interclient-allowed-apps", response: payload("listInterclientAllowedApplications"),
		},
		{
			op: "createInterclientTrustMapping", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateInterclientTrustMapping(ctx, ids[0], &CreateInterclientTrustMappingRequest{ID: "0oaAllowed"})
			},
			method: http.MethodPost, path: "/api/v1/apps/" + appEsc + "/interclient-allowed-apps", status: http.StatusCreated,
			body: `{"id": "0oaAllowed"}`, response: payload("createInterclientTrustMapping"),
		},
		{
			op: "deleteInterclientTrustMapping", ids: []string{app, "0oa/2"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteInterclientTrustMapping(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/apps/" + appEsc + "/interclient-allowed-apps/0oa%2F2", status: http.StatusNoContent, want: "-",
		},
		{
			op: "listInterclientTargetApplications", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListInterclientTargetApps(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/apps/" + appEsc + "/interclient-target-apps", response: payload("listInterclientAllowedApplications"),
		},
		{
			op: "getUserProvisioningConnectionJWKS", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetDefaultProvisioningConnectionJWKS(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/apps/" + appEsc + "/connections/default/jwks", response: payload("getUserProvisioningConnectionJWKS"),
		},
		{
			op: "verifyProvisioningConnectionForApplication", ids: []string{"office365", app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.VerifyProvisioningConnection(ctx, ids[0], ids[1], &AppsVerifyProvisioningConnectionOptions{Code: "c/1", State: "s 1"}))
			},
			method: http.MethodPost, path: "/api/v1/apps/office365/" + appEsc + "/oauth2/callback",
			query: map[string]string{"code": "c/1", "state": "s 1"}, status: http.StatusNoContent, want: "-",
		},
		{
			op: "updateGroupAssignmentToApplication", ids: []string{app, "00g/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.UpdateGroup(ctx, ids[0], ids[1], []JSONPatchOperation{
					{Op: PatchActionReplace, Path: "/priority", Value: 1},
					{Op: PatchActionRemove, Path: "/profile/nickname"},
				})
			},
			method: http.MethodPatch, path: "/api/v1/apps/" + appEsc + "/groups/00g%2F1",
			body:     `[{"op": "replace", "path": "/priority", "value": 1}, {"op": "remove", "path": "/profile/nickname"}]`,
			response: payload("updateGroupAssignmentToApplication"),
		},
	}
	checkCalledCurrentOperations(t, calls, "ApplicationCrossAppAccessConnections", "ApplicationSSOFederatedClaims",
		"ApplicationInterclientTrustMappings", "ApplicationConnections", "ApplicationGroups")
	runAPICalls(t, calls)
}

func TestAppsCurrentIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListCrossAppAccessConnectionsIter", ids: []string{"0oa1"}, path: "/api/v1/apps/0oa1/cwo/connections",
		query: map[string]string{"limit": "1"}, first: `[{"id": "con1"}]`, second: `[{"id": "con2"}]`,
		walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
			return countAll(c.Apps.ListCrossAppAccessConnectionsIter(ctx, ids[0], &AppsListCrossAppAccessConnectionsOptions{Limit: 1}))
		},
	}})
}

func TestAppsCurrentRecorded(t *testing.T) {
	t.Parallel()
	conn := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgCrossAppAccessConnection](t, raw) }
	claim := func(t *testing.T, raw []byte) { assertRoundTrip[*FederatedClaim](t, raw) }
	checkRecordedPayloads(t, "apps_cross_app_access", map[string]func(*testing.T, []byte){
		"getAllCrossAppAccessConnections":         func(t *testing.T, raw []byte) { assertRoundTrip[[]OrgCrossAppAccessConnection](t, raw) },
		"createCrossAppAccessConnection":          conn,
		"getCrossAppAccessConnection":             conn,
		"updateCrossAppAccessConnection":          conn,
		"requests/createCrossAppAccessConnection": conn,
		"requests/updateCrossAppAccessConnection": func(t *testing.T, raw []byte) {
			assertRoundTrip[*UpdateOrgCrossAppAccessConnectionRequest](t, raw)
		},
		"listFederatedClaims":                func(t *testing.T, raw []byte) { assertRoundTrip[[]FederatedClaim](t, raw) },
		"createFederatedClaim":               claim,
		"getFederatedClaim":                  claim,
		"requests/createFederatedClaim":      claim,
		"createInterclientTrustMapping":      func(t *testing.T, raw []byte) { assertRoundTrip[*InterclientTrustMapping](t, raw) },
		"listInterclientAllowedApplications": func(t *testing.T, raw []byte) { assertRoundTrip[[]string](t, raw) },
		"getUserProvisioningConnectionJWKS": func(t *testing.T, raw []byte) {
			assertRoundTrip[*AppConnectionUserProvisionJWKResponse](t, raw)
		},
		"updateGroupAssignmentToApplication": func(t *testing.T, raw []byte) { assertRoundTrip[*ApplicationGroupAssignment](t, raw) },
	})
}

func TestAppsCurrentRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "apps_cross_app_access", []apiCall{
		{op: "getCrossAppAccessConnection", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Apps.GetCrossAppAccessConnection(ctx, "0oa1test1234567890ab", "con1test1234567890xy")
		}},
	})
}
