package okta

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
)

func TestPrincipalRateLimitsMethods(t *testing.T) {
	t.Parallel()
	entity := string(fixture(t, "principal_rate_limits/getPrincipalRateLimitEntity/test_complete_crud_workflow.4.json"))
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.PrincipalRateLimits.List(ctx, &PrincipalRateLimitsListOptions{Filter: `principalType eq "SSWS_TOKEN"`, After: "prl0", Limit: 50})
			},
			method: http.MethodGet, path: "/api/v1/principal-rate-limits",
			query:    map[string]string{"filter": `principalType eq "SSWS_TOKEN"`, "after": "prl0", "limit": "50"},
			response: []byte(string(fixture(t, "principal_rate_limits/listPrincipalRateLimitEntities/test_complete_crud_workflow.0.json"))),
			check: func(t *testing.T, got any) {
				ls := got.([]PrincipalRateLimitEntity)
				if len(ls) == 0 || ls[0].PrincipalType != PrincipalTypeSSWSToken || *ls[0].DefaultPercentage != 50 || ls[0].CreatedDate.IsZero() {
					t.Errorf("got %+v", ls)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				// The spec's example request SSWSToken.
				return c.PrincipalRateLimits.Create(ctx, &PrincipalRateLimitEntity{
					PrincipalID: "token1234", PrincipalType: PrincipalTypeSSWSToken, DefaultPercentage: new(50), DefaultConcurrencyPercentage: new(75),
				})
			},
			method: http.MethodPost, path: "/api/v1/principal-rate-limits",
			body:     `{"principalId": "token1234", "principalType": "SSWS_TOKEN", "defaultPercentage": 50, "defaultConcurrencyPercentage": 75}`,
			status:   http.StatusCreated,
			response: []byte(string(fixture(t, "principal_rate_limits/createPrincipalRateLimitEntity/spec.SSWSToken.json"))),
		},
		{
			name: "Get",
			ids:  []string{"prlnpbzamkh0Z8xYo1d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.PrincipalRateLimits.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/principal-rate-limits/prlnpbzamkh0Z8xYo1d7",
			response: []byte(entity),
			check: func(t *testing.T, got any) {
				if e := got.(*PrincipalRateLimitEntity); e.OrgID != "00onkw1sbuAh3Q06I1d7" || e.LastUpdatedBy == "" || e.LastUpdate.IsZero() {
					t.Errorf("got %+v", e)
				}
			},
		},
		{
			name: "Replace",
			ids:  []string{"prl/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				// The body the recording SDK sent: the spec's example request EmptyPercentages.
				return c.PrincipalRateLimits.Replace(ctx, ids[0], &PrincipalRateLimitEntity{PrincipalID: "00T1cuuokxSImd8ST1d7", PrincipalType: PrincipalTypeSSWSToken})
			},
			method: http.MethodPut, path: "/api/v1/principal-rate-limits/prl%2F1",
			body:     `{"principalId": "00T1cuuokxSImd8ST1d7", "principalType": "SSWS_TOKEN"}`,
			response: []byte(string(fixture(t, "principal_rate_limits/replacePrincipalRateLimitEntity/test_complete_crud_workflow.5.json"))),
		},
	})
}

func TestPrincipalRateLimitsIterator(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	var pages atomic.Int32
	mux.HandleFunc("GET /api/v1/principal-rate-limits", func(w http.ResponseWriter, r *http.Request) {
		pages.Add(1)
		if r.URL.Query().Get("after") == "" {
			testQuery(t, r, map[string]string{"filter": `principalType eq "SSWS_TOKEN"`, "limit": "1"})
			w.Header().Add("Link", `<https://test.okta.com/api/v1/principal-rate-limits?limit=1>; rel="self"`)
			w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com/api/v1/principal-rate-limits?after=prl1&limit=1&filter=%s>; rel="next"`,
				"principalType%20eq%20%22SSWS_TOKEN%22"))
			serveJSON(w, http.StatusOK, []byte(`[{"id": "prl1"}]`))
			return
		}
		testQuery(t, r, map[string]string{"filter": `principalType eq "SSWS_TOKEN"`, "limit": "1", "after": "prl1"})
		serveJSON(w, http.StatusOK, []byte(`[{"id": "prl2"}]`))
	})
	var ids []string
	for e, err := range c.PrincipalRateLimits.ListIter(t.Context(), &PrincipalRateLimitsListOptions{Filter: `principalType eq "SSWS_TOKEN"`, Limit: 1}).All() {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e.ID)
	}
	if len(ids) != 2 || ids[1] != "prl2" || pages.Load() != 2 {
		t.Errorf("ids %q from %d pages", ids, pages.Load())
	}
}

func TestPrincipalRateLimitsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*PrincipalRateLimitEntity](t, raw) }
	checkRecordedPayloads(t, "principal_rate_limits", map[string]func(*testing.T, []byte){
		"listPrincipalRateLimitEntities":  func(t *testing.T, raw []byte) { assertRoundTrip[[]PrincipalRateLimitEntity](t, raw) },
		"createPrincipalRateLimitEntity":  one,
		"getPrincipalRateLimitEntity":     one,
		"replacePrincipalRateLimitEntity": one,
	})
}

func TestPrincipalRateLimitsRecordedErrors(t *testing.T) {
	t.Parallel()
	entity := &PrincipalRateLimitEntity{PrincipalID: "00T1cuuokxSImd8ST1d7", PrincipalType: PrincipalTypeSSWSToken}
	create := func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
		return c.PrincipalRateLimits.Create(ctx, entity)
	}
	checkRecordedErrors(t, "principal_rate_limits", []apiCall{
		{
			// The principal has a rate limit already.
			op: "createPrincipalRateLimitEntity", call: create,
		},
		{
			// The principal does not exist.
			op: "createPrincipalRateLimitEntity", call: create,
		},
		{
			op: "getPrincipalRateLimitEntity",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.PrincipalRateLimits.Get(ctx, "invalid-id-12345")
			},
		},
		{
			op: "replacePrincipalRateLimitEntity",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.PrincipalRateLimits.Replace(ctx, "invalid-id-12345", entity)
			},
		},
		{
			// A list without a filter.
			op: "listPrincipalRateLimitEntities",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.PrincipalRateLimits.List(ctx, nil)
			},
		},
	})
}
