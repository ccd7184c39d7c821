package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestIdentitySourcesCurrentMethods(t *testing.T) {
	t.Parallel()
	const dir = "identity_sources_current"
	payload := func(op string) []byte { return firstPayload(t, dir, op, "sample.") }
	request := func(op string) string { return string(firstPayload(t, dir, "requests", op)) }
	const is, isEsc = "0oa/1", "0oa%2F1"
	users := "/api/v1/identity-sources/" + isEsc + "/users"
	groups := "/api/v1/identity-sources/" + isEsc + "/groups"
	sessions := "/api/v1/identity-sources/" + isEsc + "/sessions/ses%2F1"
	user := &IdentitySourceUser{ExternalID: "EXT123", Profile: &IdentitySourceUserProfileForUpsert{UserName: "isaac.brock@example.com", Email: "isaac.brock@example.com"}}
	calls := []apiCall{
		{
			op: "createIdentitySourceUser", ids: []string{is},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.CreateUser(ctx, ids[0], user))
			},
			method: http.MethodPost, path: users, body: request("createIdentitySourceUser"), want: "-",
		},
		{
			op: "getIdentitySourceUser", ids: []string{is, "EXT/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.GetUser(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: users + "/EXT%2F1", response: payload("getIdentitySourceUser"),
			check: func(t *testing.T, got any) {
				u := got.(*IdentitySourceUser)
				if u.Profile.FirstName != "Isaac" || u.Created.IsZero() || u.Profile.Extra["customAttr"] == nil {
					t.Errorf("user = %+v", u)
				}
			},
		},
		{
			op: "updateIdentitySourceUsers", ids: []string{is, "EXT/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.UpdateUser(ctx, ids[0], ids[1], &UpdateIdentitySourceUserRequest{Profile: &IdentitySourceUserProfileForUpsert{LastName: "Brock"}})
			},
			method: http.MethodPatch, path: users + "/EXT%2F1", body: `{"profile": {"lastName": "Brock"}}`,
			response: payload("getIdentitySourceUser"),
		},
		{
			op: "replaceExistingIdentitySourceUser", ids: []string{is, "EXT/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.ReplaceUser(ctx, ids[0], ids[1], user)
			},
			method: http.MethodPut, path: users + "/EXT%2F1", body: request("createIdentitySourceUser"),
			response: payload("getIdentitySourceUser"),
		},
		{
			op: "deleteIdentitySourceUser", ids: []string{is, "EXT/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.DeleteUser(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: users + "/EXT%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "createIdentitySourceGroups", ids: []string{is},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.CreateGroup(ctx, ids[0], &IdentitySourceGroup{ExternalID: "GRP1", Profile: &IdentitySourceGroupProfile{DisplayName: "Engineering"}})
			},
			method: http.MethodPost, path: groups, body: `{"externalId": "GRP1", "profile": {"displayName": "Engineering"}}`,
			response: payload("getIdentitySourceGroup"),
		},
		{
			op: "getIdentitySourceGroup", ids: []string{is, "GRP/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.GetGroup(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: groups + "/GRP%2F1", response: payload("getIdentitySourceGroup"),
		},
		{
			op: "updateIdentitySourceGroups", ids: []string{is, "GRP/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.UpdateGroup(ctx, ids[0], ids[1], &IdentitySourceGroup{Profile: &IdentitySourceGroupProfile{DisplayName: "Eng"}})
			},
			method: http.MethodPost, path: groups + "/GRP%2F1", body: `{"profile": {"displayName": "Eng"}}`,
			response: payload("getIdentitySourceGroup"),
		},
		{
			op: "deleteIdentitySourceGroup", ids: []string{is, "GRP/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.DeleteGroup(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: groups + "/GRP%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "getIdentitySourceGroupMemberships", ids: []string{is, "GRP/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentitySources.ListGroupMembers(ctx, ids[0], ids[1], &IdentitySourcesListGroupMembersOptions{After: "EXT0", Limit: 2})
			},
			method: http.MethodGet, path: groups + "/GRP%2F1/membership", query: map[string]string{"after": "EXT0", "limit": "2"},
			response: payload("getIdentitySourceGroupMemberships"), want: `["EXT1", "EXT2"]`,
		},
		{
			op: "createIdentitySourceGroupsMemberships", ids: []string{is, "GRP/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.AddGroupMember(ctx, ids[0], ids[1], &AddIdentitySourceGroupMemberRequest{MemberExternalID: "EXT1"}))
			},
			method: http.MethodPost, path: groups + "/GRP%2F1/membership", body: `{"memberExternalId": "EXT1"}`, status: http.StatusNoContent, want: "-",
		},
		{
			op: "deleteIdentitySourceGroupMemberships", ids: []string{is, "GRP/1", "EXT/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.RemoveGroupMember(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: groups + "/GRP%2F1/membership/EXT%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "uploadIdentitySourceGroupMembershipsForDelete", ids: []string{is, "ses/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadGroupMembershipsForDelete(ctx, ids[0], ids[1], &UploadIdentitySourceGroupMembershipsRequest{
					Memberships: []IdentitySourceGroupMemberships{{GroupExternalID: "GRP1", MemberExternalIDs: []string{"EXT1", "EXT2"}}},
				}))
			},
			method: http.MethodPost, path: sessions + "/bulk-group-memberships-delete", status: http.StatusAccepted,
			body: request("uploadIdentitySourceGroupMembershipsForUpsert"), want: "-",
		},
		{
			op: "uploadIdentitySourceGroupMembershipsForUpsert", ids: []string{is, "ses/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadGroupMembershipsForUpsert(ctx, ids[0], ids[1], &UploadIdentitySourceGroupMembershipsRequest{
					Memberships: []IdentitySourceGroupMemberships{{GroupExternalID: "GRP1", MemberExternalIDs: []string{"EXT1", "EXT2"}}},
				}))
			},
			method: http.MethodPost, path: sessions + "/bulk-group-memberships-upsert", status: http.StatusAccepted,
			body: request("uploadIdentitySourceGroupMembershipsForUpsert"), want: "-",
		},
		{
			op: "uploadIdentitySourceGroupsDataForDelete", ids: []string{is, "ses/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadGroupsForDelete(ctx, ids[0], ids[1], &UploadIdentitySourceGroupsForDeleteRequest{ExternalIDs: []string{"GRP1", "GRP2"}}))
			},
			method: http.MethodPost, path: sessions + "/bulk-groups-delete", status: http.StatusAccepted,
			body: request("uploadIdentitySourceGroupsDataForDelete"), want: "-",
		},
		{
			op: "uploadIdentitySourceGroupsForUpsert", ids: []string{is, "ses/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentitySources.UploadGroupsForUpsert(ctx, ids[0], ids[1], &UploadIdentitySourceGroupsForUpsertRequest{
					Profiles: []IdentitySourceGroup{{ExternalID: "GRP1", Profile: &IdentitySourceGroupProfile{DisplayName: "Engineering"}}},
				}))
			},
			method: http.MethodPost, path: sessions + "/bulk-groups-upsert", status: http.StatusAccepted,
			body: request("uploadIdentitySourceGroupsForUpsert"), want: "-",
		},
	}
	checkCalledCurrentOperations(t, calls, "IdentitySource")
	runAPICalls(t, calls)
}

func TestIdentitySourcesCurrentIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListGroupMembersIter", ids: []string{"0oa1", "GRP1"}, path: "/api/v1/identity-sources/0oa1/groups/GRP1/membership",
		query: map[string]string{"limit": "1"}, envelope: "memberExternalIds",
		first: `{"memberExternalIds": ["EXT1"]}`, second: `{"memberExternalIds": ["EXT2"]}`,
		walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
			return countAll(c.IdentitySources.ListGroupMembersIter(ctx, ids[0], ids[1], &IdentitySourcesListGroupMembersOptions{Limit: 1}))
		},
	}})
}

func TestIdentitySourcesCurrentRecorded(t *testing.T) {
	t.Parallel()
	group := func(t *testing.T, raw []byte) { assertRoundTrip[*IdentitySourceGroup](t, raw) }
	checkRecordedPayloads(t, "identity_sources_current", map[string]func(*testing.T, []byte){
		"getIdentitySourceUser":             func(t *testing.T, raw []byte) { assertRoundTrip[*IdentitySourceUser](t, raw) },
		"getIdentitySourceGroup":            group,
		"getIdentitySourceGroupMemberships": func(t *testing.T, raw []byte) { assertRoundTrip[*identitySourceGroupMembers](t, raw) },
		"requests/createIdentitySourceUser": func(t *testing.T, raw []byte) { assertRoundTrip[*IdentitySourceUser](t, raw) },
		"requests/uploadIdentitySourceGroupMembershipsForUpsert": func(t *testing.T, raw []byte) {
			assertRoundTrip[*UploadIdentitySourceGroupMembershipsRequest](t, raw)
		},
		"requests/uploadIdentitySourceGroupsDataForDelete": func(t *testing.T, raw []byte) {
			assertRoundTrip[*UploadIdentitySourceGroupsForDeleteRequest](t, raw)
		},
		"requests/uploadIdentitySourceGroupsForUpsert": func(t *testing.T, raw []byte) {
			assertRoundTrip[*UploadIdentitySourceGroupsForUpsertRequest](t, raw)
		},
	})
}
