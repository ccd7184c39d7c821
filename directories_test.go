package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestDirectoriesRequests(t *testing.T) {
	t.Parallel()
	const app, appEsc, group, groupEsc = "0oa/1", "0oa%2F1", "00g 1", "00g%201"
	base := "/api/v1/directories/" + appEsc + "/groups"
	result := []byte(`{"id":"00g19oiNHkbKFvNTX0g4","profile":{"distinguishedName":"CN=Finance,OU=Groups,DC=example,DC=com",` +
		`"description":"Finance Department Group","cn":"CN=Finance","whenCreated":"20230101000000.0Z"},"more":1}`)
	calls := []apiCall{
		{
			op: "updateGroupMembership", ids: []string{app}, method: http.MethodPost, path: base + "/modify", want: "-",
			body: `{"id":"CN=Finance","parameters":{"action":"REMOVE","attribute":"member","values":["00u1","00u2"]}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Directories.UpdateGroupMembership(ctx, ids[0], &UpdateGroupMembershipRequest{
					ID: "CN=Finance", Parameters: &GroupMembershipUpdateParameters{Action: GroupMembershipActionRemove, Attribute: "member", Values: []string{"00u1", "00u2"}},
				}))
			},
		},
		{
			op: "submitGroupAttributeQuery", ids: []string{app, group}, method: http.MethodPost, path: base + "/" + groupEsc + "/query",
			body: `{"attributes":["distinguishedName","cn"]}`, status: http.StatusAccepted, response: []byte(`{"resultId":"rdj4edr7pSDGv8QF10g4"}`),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Directories.CreateGroupQuery(ctx, ids[0], ids[1], &CreateGroupQueryRequest{Attributes: []string{"distinguishedName", "cn"}})
			},
		},
		{
			op: "getGroupAttributeQueryResult", ids: []string{app, group, "rdj/4"}, method: http.MethodGet, path: base + "/" + groupEsc + "/query/rdj%2F4",
			response: result,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Directories.GetGroupQueryResult(ctx, ids[0], ids[1], ids[2])
			},
			check: func(t *testing.T, got any) {
				if cn, _ := Attr[string](got.(*GroupProfileResult).Profile, "cn"); cn != "CN=Finance" {
					t.Errorf("cn = %q", cn)
				}
			},
		},
		{
			name: "getGroupAttributeQueryResult/running", op: "getGroupAttributeQueryResult", ids: []string{app, group, "rdj/4"}, method: http.MethodGet,
			path: base + "/" + groupEsc + "/query/rdj%2F4", status: http.StatusAccepted, want: "null",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Directories.GetGroupQueryResult(ctx, ids[0], ids[1], ids[2])
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "DirectoriesIntegration")
	assertRoundTrip[*GroupProfileResult](t, result)
}
