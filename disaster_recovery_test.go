package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestDisasterRecoveryRequests(t *testing.T) {
	t.Parallel()
	failover := []byte(`{"results":[{"domain":"yourOktaDomain.okta.com","message":"Failover was successful","more":1}],"future":true}`)
	failback := []byte(`{"results":[{"domain":"yourOktaDomain.okta.com","message":"Failback was successful"}]}`)
	status := []byte(`{"status":[{"domain":"yourOktaDomain.okta.com","isFailedOver":true,"region":"x"},{"domain":"login.example.com","isFailedOver":false}]}`)
	calls := []apiCall{
		{
			op: "startOrgFailover", method: http.MethodPost, path: "/api/v1/dr/failover",
			body: `{"domains":["yourOktaDomain.okta.com"]}`, response: failover,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DisasterRecovery.StartFailover(ctx, &StartDRRequest{Domains: []string{"yourOktaDomain.okta.com"}})
			},
		},
		{
			name: "startOrgFailover/every domain", op: "startOrgFailover", method: http.MethodPost, path: "/api/v1/dr/failover", response: failover,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DisasterRecovery.StartFailover(ctx, nil)
			},
		},
		{
			op: "startOrgFailback", method: http.MethodPost, path: "/api/v1/dr/failback", body: `{}`, response: failback,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DisasterRecovery.StartFailback(ctx, &StartDRRequest{})
			},
		},
		{
			op: "getDRStatus", method: http.MethodGet, path: "/api/v1/dr/status", response: status, want: jsonMember(t, status, "status"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.DisasterRecovery.ListStatuses(ctx)
			},
		},
		{
			op: "getDRStatusForDomain", ids: []string{"login.example.com/x"}, method: http.MethodGet, path: "/api/v1/dr/status/login.example.com%2Fx",
			response: []byte(`{"status":[{"domain":"login.example.com","isFailedOver":true}]}`), want: `{"domain":"login.example.com","isFailedOver":true}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.DisasterRecovery.GetStatus(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if s := got.(*DRStatus); !s.IsFailedOver {
					t.Errorf("status = %+v", s)
				}
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "DisasterRecovery")
	assertRoundTrip[*DRResults](t, failover)
}

func TestDisasterRecoveryListStatusesIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListStatusesIter", path: "/api/v1/dr/status", envelope: "status",
		first:  `{"status":[{"domain":"a.okta.com","isFailedOver":true}]}`,
		second: `{"status":[{"domain":"b.example.com"},{"domain":"c.example.com"}]}`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.DisasterRecovery.ListStatusesIter(ctx))
		},
	}})
}
