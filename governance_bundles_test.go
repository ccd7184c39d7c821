package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestGovernanceBundlesMethods(t *testing.T) {
	t.Parallel()
	const bundle = `{"id": "enbl1", "name": "Help desk", "orn": "orn:okta:governance:00o1:entitlement-bundles:enbl1", "status": "ACTIVE", "futureMember": 1, "_links": {"self": {"href": "https://{yourOktaDomain}/api/v1/iam/governance/bundles/enbl1"}}}`
	const status = `{"optInStatus": "OPTING_IN", "_links": {"optInStatus": {"href": "https://{yourOktaDomain}/api/v1/iam/governance/optIn"}}}`
	calls := []apiCall{
		{
			op: "listGovernanceBundles",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.List(ctx, &GovernanceBundlesListOptions{Limit: 1, After: "x"})
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles", query: map[string]string{"limit": "1", "after": "x"},
			response: []byte(`{"bundles": [` + bundle + `], "_links": {}}`), want: `[` + bundle + `]`,
		},
		{
			op: "createGovernanceBundle",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.Create(ctx, &CreateGovernanceBundleRequest{Name: "Help desk", Entitlements: []IAMBundleEntitlement{{Role: "HELP_DESK_ADMIN", Targets: []string{"orn:okta:directory:00o1:groups:00g1"}}}})
			},
			method: http.MethodPost, path: "/api/v1/iam/governance/bundles",
			body:     `{"name": "Help desk", "entitlements": [{"role": "HELP_DESK_ADMIN", "targets": ["orn:okta:directory:00o1:groups:00g1"]}]}`,
			response: []byte(bundle),
		},
		{
			op: "getGovernanceBundle", ids: []string{"enbl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles/enbl%2F1", response: []byte(bundle),
		},
		{
			op: "replaceGovernanceBundle", ids: []string{"enbl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				req := (&GovernanceBundle{Name: "Help desk"}).ReplaceRequest()
				req.Entitlements = []IAMBundleEntitlement{{Role: "cr1", ResourceSets: []string{"iam1"}}}
				return c.GovernanceBundles.Replace(ctx, ids[0], req)
			},
			method: http.MethodPut, path: "/api/v1/iam/governance/bundles/enbl%2F1",
			body: `{"name": "Help desk", "entitlements": [{"role": "cr1", "resourceSets": ["iam1"]}]}`, response: []byte(bundle),
		},
		{
			op: "deleteGovernanceBundle", ids: []string{"enbl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.GovernanceBundles.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/iam/governance/bundles/enbl%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "listBundleEntitlements", ids: []string{"enbl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.ListEntitlements(ctx, ids[0], &GovernanceBundlesListEntitlementsOptions{Limit: 2})
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles/enbl%2F1/entitlements", query: map[string]string{"limit": "2"},
			response: []byte(`{"entitlements": [{"id": "ent1", "name": "Help desk", "role": "HELP_DESK_ADMIN"}]}`),
			want:     `[{"id": "ent1", "name": "Help desk", "role": "HELP_DESK_ADMIN"}]`,
		},
		{
			op: "listBundleEntitlementValues", ids: []string{"enbl/1", "ent/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.GovernanceBundles.ListEntitlementValues(ctx, ids[0], ids[1], nil)
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/bundles/enbl%2F1/entitlements/ent%2F1/values",
			response: []byte(`{"entitlementValues": [{"id": "v1", "name": "Engineering", "value": "00g1"}]}`),
			want:     `[{"id": "v1", "name": "Engineering", "value": "00g1"}]`,
		},
		{
			op: "getOptInStatus",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.GetOptInStatus(ctx)
			},
			method: http.MethodGet, path: "/api/v1/iam/governance/optIn", response: []byte(status),
		},
		{
			op: "optIn",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.OptIn(ctx)
			},
			method: http.MethodPost, path: "/api/v1/iam/governance/optIn", response: []byte(status),
		},
		{
			op: "optOut",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.GovernanceBundles.OptOut(ctx)
			},
			method: http.MethodPost, path: "/api/v1/iam/governance/optOut", response: []byte(status),
		},
	}
	checkCalledCurrentOperations(t, calls, "GovernanceBundle")
	runAPICalls(t, calls)
}

func TestGovernanceBundlesIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{
		{
			name: "ListIter", path: "/api/v1/iam/governance/bundles", envelope: "bundles",
			first: `{"bundles": [{"id": "b1"}]}`, second: `{"bundles": [{"id": "b2"}]}`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.GovernanceBundles.ListIter(ctx, nil))
			},
		},
		{
			name: "ListEntitlementsIter", ids: []string{"b1"}, path: "/api/v1/iam/governance/bundles/b1/entitlements", envelope: "entitlements",
			first: `{"entitlements": [{"id": "e1"}]}`, second: `{"entitlements": [{"id": "e2"}]}`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.GovernanceBundles.ListEntitlementsIter(ctx, ids[0], nil))
			},
		},
		{
			name: "ListEntitlementValuesIter", ids: []string{"b1", "e1"}, path: "/api/v1/iam/governance/bundles/b1/entitlements/e1/values", envelope: "entitlementValues",
			first: `{"entitlementValues": [{"id": "v1"}]}`, second: `{"entitlementValues": [{"id": "v2"}]}`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.GovernanceBundles.ListEntitlementValuesIter(ctx, ids[0], ids[1], nil))
			},
		},
	})
}
