package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestRealmsMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "realms", op, "realms.")) }
	const id, esc = "guo/1", "guo%2F1"
	calls := []apiCall{
		{
			op: "listRealms",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Realms.List(ctx, &RealmsListOptions{Limit: 2, After: "guo0", Search: `profile.name sw "IT"`, SortBy: "profile.name", SortOrder: "desc"})
			},
			method: http.MethodGet, path: "/api/v1/realms",
			query:    map[string]string{"limit": "2", "after": "guo0", "search": `profile.name sw "IT"`, "sortBy": "profile.name", "sortOrder": "desc"},
			response: firstPayload(t, "realms", "listRealms", "realms.test_list_realms_with_sort"),
			check: func(t *testing.T, got any) {
				rs := got.([]Realm)
				if len(rs) != 7 || rs[1].Profile.Name != "Default Realm" || !rs[1].IsDefault || rs[0].IsDefault {
					t.Errorf("realms = %+v", rs)
				}
			},
		},
		{
			op: "createRealm",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Realms.Create(ctx, &Realm{Profile: &RealmProfile{Name: "IT-workflow-22e07335125155"}})
			},
			method: http.MethodPost, path: "/api/v1/realms",
			body:     string(fixture(t, "realms/requests/createRealm.realms.test_comprehensive_realm_workflow.0.json")),
			response: []byte(recorded("createRealm")),
			check: func(t *testing.T, got any) {
				r := got.(*Realm)
				if r.ID != "guoq9wfydrqyEQcvB1d7" || r.Profile.Domains == nil || r.Links.Href("self") == "" {
					t.Errorf("realm = %+v", r)
				}
			},
		},
		{
			op: "getRealm", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Realms.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/realms/" + esc, response: []byte(recorded("getRealm")),
		},
		{
			op: "updateRealm", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Realms.Update(ctx, ids[0], &Realm{Profile: &RealmProfile{Name: "IT-update-17e93935141810-Updated"}})
			},
			method: http.MethodPost, path: "/api/v1/realms/" + esc, body: `{"profile": {"name": "IT-update-17e93935141810-Updated"}}`,
			response: firstPayload(t, "realms", "updateRealm", "sample."),
		},
		{
			op: "deleteRealm", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Realms.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/realms/" + esc, status: http.StatusNoContent,
		},
	}
	checkCalledOperations(t, calls, "Realm")
	runAPICalls(t, calls)
}

func TestRealmsIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/realms", query: map[string]string{"limit": "1"},
		first: `[{"id": "guo1"}]`, second: `[{"id": "guo2"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.Realms.ListIter(ctx, &RealmsListOptions{Limit: 1}))
		},
	}})
}

func TestRealmsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*Realm](t, raw) }
	checkRecordedPayloads(t, "realms", map[string]func(*testing.T, []byte){
		"listRealms":  func(t *testing.T, raw []byte) { assertRoundTrip[[]Realm](t, raw) },
		"createRealm": one,
		"getRealm":    one,
		"updateRealm": one,
		// The bodies the recording SDK sent to createRealm and updateRealm.
		"requests/createRealm": one,
		"requests/updateRealm": one,
	})
}

func TestRealmsRecordedErrors(t *testing.T) {
	t.Parallel()
	const id = "guoq9wc88wukw8P221d7"
	checkRecordedErrors(t, "realms", []apiCall{
		{op: "createRealm", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Realms.Create(ctx, &Realm{})
		}},
		{op: "getRealm", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Realms.Get(ctx, id)
		}},
		{op: "updateRealm", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			// Recorded: Okta answers the spec's POST with 405 E0000022.
			return c.Realms.Update(ctx, id, &Realm{Profile: &RealmProfile{Name: "renamed"}})
		}},
		{op: "deleteRealm", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return apiNoResult(c.Realms.Delete(ctx, id))
		}},
	})
}
