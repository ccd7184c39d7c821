package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestRiskProvidersMethods(t *testing.T) {
	t.Parallel()
	provider := string(fixture(t, "risk_providers/getRiskProvider/spec.RiskProviderGetResponseExample.json"))
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RiskProviders.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/risk/providers",
			response: []byte(string(fixture(t, "risk_providers/listRiskProviders/spec.RiskProviderList.json"))),
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RiskProviders.Create(ctx, &RiskProvider{Name: "Risk-Partner-X", Action: RiskProviderActionLogOnly, ClientID: "00ckjsfgjkdkjdkkljjsd"})
			},
			method: http.MethodPost, path: "/api/v1/risk/providers", status: http.StatusCreated,
			body:     string(fixture(t, "risk_providers/requests/createRiskProvider.spec.RiskProviderRequestExample.json")),
			response: []byte(string(fixture(t, "risk_providers/createRiskProvider/spec.RiskProviderPostResponseExample.json"))),
		},
		{
			name: "Get", ids: []string{"00rp/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RiskProviders.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/risk/providers/00rp%2F1", response: []byte(provider),
			check: func(t *testing.T, got any) {
				p := got.(*RiskProvider)
				var created string
				if ok, err := p.Extra.Get("created", &created); !ok || err != nil || created != "2021-01-05 22:18:30" || !p.Created.IsZero() {
					t.Errorf("created = %q (%v, %v), field %v; want the text kept in Extra", created, ok, err, p.Created)
				}
				if p.Action != RiskProviderActionLogOnly || p.ClientID != "00ckjsfgjkdkjdkkljjsd" || p.Links.Href("self") == "" {
					t.Errorf("provider = %+v", p)
				}
			},
		},
		{
			name: "Replace", ids: []string{"00rp 1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RiskProviders.Replace(ctx, ids[0], &RiskProvider{Name: "Risk-Partner-Y", Action: RiskProviderActionEnforceAndLog, ClientID: "00ckjsfgjkdkjdkkljjsd"})
			},
			method: http.MethodPut, path: "/api/v1/risk/providers/00rp%201",
			body:     string(fixture(t, "risk_providers/requests/replaceRiskProvider.spec.RiskProviderPutRequestExample.json")),
			response: []byte(string(fixture(t, "risk_providers/replaceRiskProvider/spec.RiskProviderPutResponseExample.json"))),
		},
		{
			name: "Delete", ids: []string{"00rp?1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RiskProviders.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/risk/providers/00rp%3F1", status: http.StatusNoContent,
		},
	})
}

func TestRiskProvidersRecorded(t *testing.T) {
	t.Parallel()
	provider := func(t *testing.T, raw []byte) { assertRoundTrip[*RiskProvider](t, raw) }
	checkRecordedPayloads(t, "risk_providers", map[string]func(*testing.T, []byte){
		"listRiskProviders":            func(t *testing.T, raw []byte) { assertRoundTrip[[]RiskProvider](t, raw) },
		"createRiskProvider":           provider,
		"getRiskProvider":              provider,
		"replaceRiskProvider":          provider,
		"requests/createRiskProvider":  provider,
		"requests/replaceRiskProvider": provider,
	})
}
