package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestRealmAssignmentsMethods(t *testing.T) {
	t.Parallel()
	const dir = "realm_assignments"
	payload := func(op string) []byte { return firstPayload(t, dir, op, "") }
	const id, esc = "rul/1", "rul%2F1"
	assignment := &RealmAssignment{
		Name: "Partners", Priority: new(0),
		Conditions: &RealmAssignmentConditions{ProfileSourceID: "0oa4eroj3nHsNdHqB0g4", Expression: &RealmAssignmentExpression{Value: `user.profile.role =="Manager"`}},
		Actions:    &RealmAssignmentActions{AssignUserToRealm: &AssignUserToRealm{RealmID: "guo1bfiNtSnZYILxO0g4"}},
	}
	calls := []apiCall{
		{
			op: "listRealmAssignments",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RealmAssignments.List(ctx, &RealmAssignmentsListOptions{Limit: 2, After: "rul0"})
			},
			method: http.MethodGet, path: "/api/v1/realm-assignments", query: map[string]string{"limit": "2", "after": "rul0"},
			response: payload("listRealmAssignments"),
			check: func(t *testing.T, got any) {
				as := got.([]RealmAssignment)
				if len(as) != 2 || *as[0].Priority != 0 || as[0].Actions.AssignUserToRealm.RealmID != "guo1bfiNtSnZYILxO0g4" || as[1].Status != LifecycleStatusInactive {
					t.Errorf("assignments = %+v", as)
				}
			},
		},
		{
			op: "createRealmAssignment",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RealmAssignments.Create(ctx, assignment)
			},
			method: http.MethodPost, path: "/api/v1/realm-assignments", status: http.StatusCreated,
			body: string(firstPayload(t, dir, "requests", "createRealmAssignment")), response: payload("getRealmAssignment"),
		},
		{
			op: "listRealmAssignmentOperations",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RealmAssignments.ListOperations(ctx, &RealmAssignmentsListOperationsOptions{Limit: 1})
			},
			method: http.MethodGet, path: "/api/v1/realm-assignments/operations", query: map[string]string{"limit": "1"},
			response: payload("listRealmAssignmentOperations"),
			check: func(t *testing.T, got any) {
				ops := got.([]RealmAssignmentOperationResponse)
				if len(ops) != 1 || ops[0].Status != RealmAssignmentOperationStatusCompleted || *ops[0].NumUserMoved != 42 || ops[0].Completed.IsZero() {
					t.Errorf("operations = %+v", ops)
				}
			},
		},
		{
			op: "executeRealmAssignment",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.RealmAssignments.Execute(ctx, &ExecuteRealmAssignmentRequest{AssignmentID: "rul2jy7jLUlnO3ng00g4"})
			},
			method: http.MethodPost, path: "/api/v1/realm-assignments/operations", status: http.StatusCreated,
			body: `{"assignmentId": "rul2jy7jLUlnO3ng00g4"}`, response: payload("executeRealmAssignment"),
		},
		{
			op: "getRealmAssignment", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RealmAssignments.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/realm-assignments/" + esc, response: payload("getRealmAssignment"),
		},
		{
			op: "replaceRealmAssignment", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.RealmAssignments.Replace(ctx, ids[0], assignment)
			},
			method: http.MethodPut, path: "/api/v1/realm-assignments/" + esc,
			body: string(firstPayload(t, dir, "requests", "createRealmAssignment")), response: payload("getRealmAssignment"),
		},
		{
			op: "deleteRealmAssignment", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RealmAssignments.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/realm-assignments/" + esc, status: http.StatusNoContent, want: "-",
		},
		{
			op: "activateRealmAssignment", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RealmAssignments.Activate(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/realm-assignments/" + esc + "/lifecycle/activate", status: http.StatusNoContent, want: "-",
		},
		{
			op: "deactivateRealmAssignment", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.RealmAssignments.Deactivate(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/realm-assignments/" + esc + "/lifecycle/deactivate", status: http.StatusNoContent, want: "-",
		},
		{
			op: "replaceRealm", ids: []string{"guo/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Realms.Replace(ctx, ids[0], &Realm{Profile: &RealmProfile{Name: "Renamed"}})
			},
			method: http.MethodPut, path: "/api/v1/realms/guo%2F1", body: `{"profile": {"name": "Renamed"}}`,
			response: payload("replaceRealm"),
		},
	}
	checkCalledCurrentOperations(t, calls, "RealmAssignment", "Realm")
	runAPICalls(t, calls)
}

func TestRealmAssignmentsIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{
		{
			name: "ListIter", path: "/api/v1/realm-assignments", query: map[string]string{"limit": "1"},
			first: `[{"id": "rul1"}]`, second: `[{"id": "rul2"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.RealmAssignments.ListIter(ctx, &RealmAssignmentsListOptions{Limit: 1}))
			},
		},
		{
			name: "ListOperationsIter", path: "/api/v1/realm-assignments/operations", query: map[string]string{"limit": "1"},
			first: `[{"id": "mre1"}]`, second: `[{"id": "mre2"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.RealmAssignments.ListOperationsIter(ctx, &RealmAssignmentsListOperationsOptions{Limit: 1}))
			},
		},
	})
}

func TestRealmAssignmentsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*RealmAssignment](t, raw) }
	checkRecordedPayloads(t, "realm_assignments", map[string]func(*testing.T, []byte){
		"listRealmAssignments":           func(t *testing.T, raw []byte) { assertRoundTrip[[]RealmAssignment](t, raw) },
		"getRealmAssignment":             one,
		"requests/createRealmAssignment": one,
		"listRealmAssignmentOperations": func(t *testing.T, raw []byte) {
			assertRoundTrip[[]RealmAssignmentOperationResponse](t, raw)
		},
		"executeRealmAssignment": func(t *testing.T, raw []byte) { assertRoundTrip[*RealmAssignmentOperationResponse](t, raw) },
		"replaceRealm":           func(t *testing.T, raw []byte) { assertRoundTrip[*Realm](t, raw) },
	})
}
