package okta

import (
	"context"
	"net/http"
	"testing"
)

// Nothing was recorded for the API service integration operations: testdata/api_service_integrations holds
// the spec's examples.

func TestAPIServiceIntegrationsMethods(t *testing.T) {
	t.Parallel()
	spec := func(op string) string { return string(firstPayload(t, "api_service_integrations", op, "spec.")) }
	const id, esc, secret, secretEsc = "0oa/72", "0oa%2F72", "ocs 2", "ocs%202"
	calls := []apiCall{
		{
			op: "listApiServiceIntegrationInstances",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.APIServiceIntegrations.List(ctx, &APIServiceIntegrationsListOptions{After: "c1"})
			},
			method: http.MethodGet, path: "/integrations/api/v1/api-services", query: map[string]string{"after": "c1"},
			response: []byte(spec("listApiServiceIntegrationInstances")),
			check: func(t *testing.T, got any) {
				is := got.([]APIServiceIntegrationInstance)
				if len(is) != 1 || is[0].Type != "my_app_cie" || len(is[0].GrantedScopes) != 3 || is[0].CreatedAt.IsZero() || is[0].Links.Href("client") == "" {
					t.Errorf("instances = %+v", is)
				}
			},
		},
		{
			op: "createApiServiceIntegrationInstance",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.APIServiceIntegrations.Create(ctx, &CreateAPIServiceIntegrationRequest{
					Type: "my_app_cie", GrantedScopes: []string{"okta.logs.read", "okta.groups.read", "okta.users.read"},
				})
			},
			method: http.MethodPost, path: "/integrations/api/v1/api-services",
			body:   string(fixture(t, "api_service_integrations/requests/createApiServiceIntegrationInstance.spec.postAPIServiceIntegrationRequestExample.json")),
			status: http.StatusCreated, response: []byte(spec("createApiServiceIntegrationInstance")),
			check: func(t *testing.T, got any) {
				if i := got.(*PostAPIServiceIntegrationInstance); i.ClientSecret != "CkF69kXtag0q0P4pXU8OnP5IAzgGlwx6eqGy7Fmg" || i.ID != "0oa72lrepvp4WqEET1d9" {
					t.Errorf("instance = %+v", i)
				}
			},
		},
		{
			op: "getApiServiceIntegrationInstance", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/integrations/api/v1/api-services/" + esc, response: []byte(spec("getApiServiceIntegrationInstance")),
		},
		{
			op: "deleteApiServiceIntegrationInstance", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.APIServiceIntegrations.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/integrations/api/v1/api-services/" + esc, status: http.StatusNoContent,
		},
		{
			op: "listApiServiceIntegrationInstanceSecrets", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.ListSecrets(ctx, ids[0])
			},
			method: http.MethodGet, path: "/integrations/api/v1/api-services/" + esc + "/credentials/secrets",
			response: []byte(spec("listApiServiceIntegrationInstanceSecrets")),
			check: func(t *testing.T, got any) {
				ss := got.([]APIServiceIntegrationInstanceSecret)
				if len(ss) != 2 || ss[0].Status != LifecycleStatusInactive || ss[1].ClientSecret != "***MQGQ" || ss[0].Links.Href("delete") == "" {
					t.Errorf("secrets = %+v", ss)
				}
			},
		},
		{
			op: "createApiServiceIntegrationInstanceSecret", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.CreateSecret(ctx, ids[0])
			},
			method: http.MethodPost, path: "/integrations/api/v1/api-services/" + esc + "/credentials/secrets",
			status: http.StatusCreated, response: []byte(spec("createApiServiceIntegrationInstanceSecret")),
		},
		{
			op: "deleteApiServiceIntegrationInstanceSecret", ids: []string{id, secret},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.APIServiceIntegrations.DeleteSecret(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/integrations/api/v1/api-services/" + esc + "/credentials/secrets/" + secretEsc,
			status: http.StatusNoContent,
		},
		{
			op: "activateApiServiceIntegrationInstanceSecret", ids: []string{id, secret},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.ActivateSecret(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: "/integrations/api/v1/api-services/" + esc + "/credentials/secrets/" + secretEsc + "/lifecycle/activate",
			response: []byte(spec("activateApiServiceIntegrationInstanceSecret")),
		},
		{
			op: "deactivateApiServiceIntegrationInstanceSecret", ids: []string{id, secret},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APIServiceIntegrations.DeactivateSecret(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: "/integrations/api/v1/api-services/" + esc + "/credentials/secrets/" + secretEsc + "/lifecycle/deactivate",
			response: []byte(spec("deactivateApiServiceIntegrationInstanceSecret")),
			check: func(t *testing.T, got any) {
				if s := got.(*APIServiceIntegrationInstanceSecret); s.Status != LifecycleStatusInactive || s.SecretHash == "" {
					t.Errorf("secret = %+v", s)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "ApiServiceIntegrations")
	runAPICalls(t, calls)
}

func TestAPIServiceIntegrationsIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/integrations/api/v1/api-services", query: map[string]string{},
		first: `[{"id": "0oa1", "type": "a"}]`, second: `[{"id": "0oa2", "type": "b"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.APIServiceIntegrations.ListIter(ctx, nil))
		},
	}})
}

func TestAPIServiceIntegrationsPayloads(t *testing.T) {
	t.Parallel()
	secret := func(t *testing.T, raw []byte) { assertRoundTrip[*APIServiceIntegrationInstanceSecret](t, raw) }
	request := func(t *testing.T, raw []byte) {
		assertRoundTrip[*CreateAPIServiceIntegrationRequest](t, raw)
	}
	checkRecordedPayloads(t, "api_service_integrations", map[string]func(*testing.T, []byte){
		"listApiServiceIntegrationInstances": func(t *testing.T, raw []byte) {
			assertRoundTrip[[]APIServiceIntegrationInstance](t, raw)
		},
		"createApiServiceIntegrationInstance": func(t *testing.T, raw []byte) {
			assertRoundTrip[*PostAPIServiceIntegrationInstance](t, raw)
		},
		"getApiServiceIntegrationInstance": func(t *testing.T, raw []byte) {
			assertRoundTrip[*APIServiceIntegrationInstance](t, raw)
		},
		"listApiServiceIntegrationInstanceSecrets": func(t *testing.T, raw []byte) {
			assertRoundTrip[[]APIServiceIntegrationInstanceSecret](t, raw)
		},
		"createApiServiceIntegrationInstanceSecret":     secret,
		"activateApiServiceIntegrationInstanceSecret":   secret,
		"deactivateApiServiceIntegrationInstanceSecret": secret,
		"requests/createApiServiceIntegrationInstance":  request,
	})
}
