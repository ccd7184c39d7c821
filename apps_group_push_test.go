package okta

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// groupPushMappingPayload is a group push mapping of an Active Directory app as the API describes it, with
// members this SDK does not model.
const groupPushMappingPayload = `{"id":"gPm00000000000000000","sourceGroupId":"00g00000000000000000","targetGroupId":"00g00000000000000001",` +
	`"status":"ACTIVE","created":"2025-01-01T00:00:00.000Z","lastUpdated":"2025-01-02T00:00:00.000Z","lastPush":"2025-01-02T00:00:00.000Z",` +
	`"appConfig":{"type":"ACTIVE_DIRECTORY","distinguishedName":"CN=Finance,OU=Groups,DC=example,DC=com","samAccountName":"Finance",` +
	`"groupScope":"GLOBAL","groupType":"SECURITY","futureConfig":1},"futureMember":[true],` +
	`"_links":{"app":{"href":"https://test.okta.com/api/v1/apps/0oa1"},"sourceGroup":{"href":"https://test.okta.com/api/v1/groups/00g0"},` +
	`"targetGroup":{"href":"https://test.okta.com/api/v1/groups/00g1"}}}`

func TestAppsGroupPushRequests(t *testing.T) {
	t.Parallel()
	const app, appEsc = "0oa/1 x", "0oa%2F1%20x"
	base := "/api/v1/apps/" + appEsc + "/group-push/mappings"
	one := []byte(groupPushMappingPayload)
	calls := []apiCall{
		{
			op: "listGroupPushMappings", ids: []string{app}, method: http.MethodGet, path: base,
			query:    map[string]string{"lastUpdated": "2025-01-01T00:00:00Z", "sourceGroupId": "00g0", "status": "ERROR", "limit": "5", "after": "c1"},
			response: []byte("[" + groupPushMappingPayload + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListGroupPushMappings(ctx, ids[0], &AppsListGroupPushMappingsOptions{
					LastUpdated: time.Date(2025, 1, 1, 1, 0, 0, 0, time.FixedZone("CET", 3600)), SourceGroupID: "00g0",
					Status: GroupPushMappingStatusError, Limit: 5, After: "c1",
				})
			},
		},
		{
			op: "createGroupPushMapping", ids: []string{app}, method: http.MethodPost, path: base, status: http.StatusCreated,
			body: `{"sourceGroupId":"00g0","targetGroupName":"Finance","status":"INACTIVE","appConfig":{"type":"ACTIVE_DIRECTORY",` +
				`"distinguishedName":"CN=Finance,DC=example,DC=com","samAccountName":"Finance","groupScope":"UNIVERSAL","groupType":"DISTRIBUTION"}}`,
			response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateGroupPushMapping(ctx, ids[0], &CreateGroupPushMappingRequest{
					SourceGroupID: "00g0", TargetGroupName: "Finance", Status: GroupPushMappingStatusInactive,
					AppConfig: &GroupPushAppConfig{Type: GroupPushAppConfigTypeActiveDirectory, DistinguishedName: "CN=Finance,DC=example,DC=com", SAMAccountName: "Finance",
						GroupScope: ActiveDirectoryGroupScopeUniversal, GroupType: ActiveDirectoryGroupTypeDistribution},
				})
			},
		},
		{
			op: "getGroupPushMapping", ids: []string{app, "gPm/1"}, method: http.MethodGet, path: base + "/gPm%2F1", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetGroupPushMapping(ctx, ids[0], ids[1])
			},
			check: func(t *testing.T, got any) {
				m := got.(*GroupPushMapping)
				ad := m.AppConfig
				if ad.Type != GroupPushAppConfigTypeActiveDirectory || ad.GroupScope != ActiveDirectoryGroupScopeGlobal || m.Status != GroupPushMappingStatusActive ||
					!m.LastPush.Equal(time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("mapping = %+v, app config %+v", m, m.AppConfig)
				}
			},
		},
		{
			op: "updateGroupPushMapping", ids: []string{app, "gPm/1"}, method: http.MethodPatch, path: base + "/gPm%2F1",
			body: `{"status":"INACTIVE"}`, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.UpdateGroupPushMapping(ctx, ids[0], ids[1], &UpdateGroupPushMappingRequest{Status: GroupPushMappingStatusInactive})
			},
		},
		{
			op: "deleteGroupPushMapping", ids: []string{app, "gPm/1"}, method: http.MethodDelete, path: base + "/gPm%2F1",
			query: map[string]string{"deleteTargetGroup": "true"}, status: http.StatusNoContent, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteGroupPushMapping(ctx, ids[0], ids[1], &AppsDeleteGroupPushMappingOptions{DeleteTargetGroup: true}))
			},
		},
		{
			name: "deleteGroupPushMapping/nil options", op: "deleteGroupPushMapping", ids: []string{app, "gPm/1"}, method: http.MethodDelete,
			path: base + "/gPm%2F1", query: map[string]string{"deleteTargetGroup": "false"}, status: http.StatusNoContent, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteGroupPushMapping(ctx, ids[0], ids[1], nil))
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "GroupPushMapping")
	runEmptyIDs(t, []apiCall{{
		op: "listGroupPushMappings", ids: []string{app}, method: http.MethodGet,
		call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Apps.ListGroupPushMappingsIter(ctx, ids[0], nil))
		},
	}})
}

func TestAppsGroupPushMappingsIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListGroupPushMappingsIter", ids: []string{"0oa1"}, path: "/api/v1/apps/0oa1/group-push/mappings",
		query: map[string]string{"limit": "1"},
		first: "[" + groupPushMappingPayload + "]", second: `[{"id":"b"},{"id":"c","appConfig":{"type":"LDAP"}}]`,
		walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
			return countAll(c.Apps.ListGroupPushMappingsIter(ctx, ids[0], &AppsListGroupPushMappingsOptions{Limit: 1}))
		},
	}})
}

// TestGroupPushMappingRoundTrip checks that unknown members and an unknown kind of app configuration (with its members) survive a
// round trip.
func TestGroupPushMappingRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*GroupPushMapping](t, []byte(groupPushMappingPayload))
	m := assertRoundTrip[*GroupPushMapping](t, []byte(`{"id":"gPm1","status":"SYNCING","appConfig":{"type":"LDAP","dn":"cn=x"}}`))
	if u := m.AppConfig; u.Type != "LDAP" || u.Extra == nil || m.Status != "SYNCING" {
		t.Errorf("mapping = %+v, app config %#v", m, m.AppConfig)
	}
	assertRoundTrip[*CreateGroupPushMappingRequest](t, []byte(`{"sourceGroupId":"00g0","targetGroupId":"00g1","more":{}}`))
	assertRoundTrip[*UpdateGroupPushMappingRequest](t, []byte(`{"status":"ACTIVE","more":1}`))
}
