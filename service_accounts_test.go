package okta

import (
	"context"
	"testing"
	"time"
)

// appServiceAccountPayload is an app service account as the API describes it, with a member this SDK does not
// model.
const appServiceAccountPayload = `{"id":"a747a818-a4c4-4446-8a87-704216495a08","name":"salesforce Prod-5 account",` +
	`"containerOrn":"orn:okta:idp:00o1:apps:salesforce:0oa1","containerGlobalName":"salesforce","containerInstanceName":"salesforce Prod 5",` +
	`"username":"testuser-salesforce-5@example.com","ownerUserIds":["00u1"],"ownerGroupIds":["00g1"],"status":"UNSECURED",` +
	`"statusDetail":"STAGED","created":"2024-04-01T10:00:00.000Z","lastUpdated":"2024-04-02T10:00:00.000Z","futureMember":[1]}`

func TestServiceAccountsRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "a747/1 x", "a747%2F1%20x"
	base := "/privileged-access/api/v1/service-accounts"
	one := []byte(appServiceAccountPayload)
	runAPICalls(t, []apiCall{
		{
			op: "listAppServiceAccounts", method: "GET", path: base, query: map[string]string{"match": "sales", "limit": "5", "after": "c1"},
			response: []byte("[" + appServiceAccountPayload + "]"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ServiceAccounts.List(ctx, &ServiceAccountsListOptions{Match: "sales", Limit: 5, After: "c1"})
			},
		},
		{
			op: "createAppServiceAccount", method: "POST", path: base,
			body:     `{"name":"n","containerOrn":"orn:x","username":"u","password":"p","ownerUserIds":["00u1"]}`,
			response: one,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ServiceAccounts.Create(ctx, &AppServiceAccount{Name: "n", ContainerORN: "orn:x", Username: "u", Password: "p", OwnerUserIDs: []string{"00u1"}})
			},
		},
		{
			op: "getAppServiceAccount", ids: []string{id}, method: "GET", path: base + "/" + esc, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ServiceAccounts.Get(ctx, ids[0])
			},
		},
		{
			op: "updateAppServiceAccount", ids: []string{id}, method: "PATCH", path: base + "/" + esc,
			body: `{"name":"renamed","ownerGroupIds":["00g2"]}`, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ServiceAccounts.Update(ctx, ids[0], &UpdateAppServiceAccountRequest{Name: "renamed", OwnerGroupIDs: []string{"00g2"}})
			},
		},
		{
			op: "deleteAppServiceAccount", ids: []string{id}, method: "DELETE", path: base + "/" + esc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.ServiceAccounts.Delete(ctx, ids[0]))
			},
		},
	})
}

func TestServiceAccountsListIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/privileged-access/api/v1/service-accounts", query: map[string]string{"limit": "1"},
		first: "[" + appServiceAccountPayload + "]", second: `[{"id":"b"},{"id":"c"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.ServiceAccounts.ListIter(ctx, &ServiceAccountsListOptions{Limit: 1}))
		},
	}})
}

// TestServiceAccountsTypedFields checks the typed fields of an account and that unknown members survive.
func TestServiceAccountsTypedFields(t *testing.T) {
	t.Parallel()
	a := assertRoundTrip[*AppServiceAccount](t, []byte(appServiceAccountPayload))
	if a.Status != ServiceAccountStatusUnsecured || a.StatusDetail != ServiceAccountStatusDetailStaged ||
		!a.Created.Equal(time.Date(2024, 4, 1, 10, 0, 0, 0, time.UTC)) || a.OwnerGroupIDs[0] != "00g1" {
		t.Errorf("account = %+v", a)
	}
	assertRoundTrip[*UpdateAppServiceAccountRequest](t, []byte(`{"name":"x","ownerUserIds":[],"more":null}`))
}
