package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
)

func TestProfileMappingsMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ProfileMappings.List(ctx, &ProfileMappingsListOptions{After: "prm0", Limit: 5, SourceID: "oty1", TargetID: "0oa1"})
			},
			method: http.MethodGet, path: "/api/v1/mappings",
			query:    map[string]string{"after": "prm0", "limit": "5", "sourceId": "oty1", "targetId": "0oa1"},
			response: []byte(string(fixture(t, "profile_mappings/listProfileMappings/spec.MappingList.json"))),
			check: func(t *testing.T, got any) {
				ms := got.([]ListProfileMappings)
				if len(ms) != 1 || ms[0].Source.Type != "user" || ms[0].Target.Name != "okta_org2org" || ms[0].Target.Links.Href("schema") == "" {
					t.Errorf("mappings = %+v", ms)
				}
			},
		},
		{
			name: "Get", ids: []string{"prm/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ProfileMappings.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/mappings/prm%2F1",
			response: []byte(string(fixture(t, "profile_mappings/getProfileMapping/spec.MappingRetrieve.json"))),
			check: func(t *testing.T, got any) {
				m := got.(*ProfileMapping)
				if p := m.Properties["firstName"]; p == nil || p.Expression != "user.firstName" || p.PushStatus != ProfileMappingPropertyPushStatusPush {
					t.Errorf("properties = %+v", m.Properties)
				}
			},
		},
		{
			name: "Update adds, changes and removes", ids: []string{"prm 1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ProfileMappings.Update(ctx, ids[0], &UpdateProfileMappingRequest{Properties: map[string]*ProfileMappingProperty{
					"fullName": {Expression: "user.firstName + user.lastName", PushStatus: ProfileMappingPropertyPushStatusPush},
					"nickName": RemovedProfileMappingProperty(),
				}})
			},
			method: http.MethodPost, path: "/api/v1/mappings/prm%201",
			body: `{"properties": {"fullName": {"expression": "user.firstName + user.lastName", "pushStatus": "PUSH"},
				"nickName": {"expression": null, "pushStatus": null}}}`,
			response: []byte(string(fixture(t, "profile_mappings/updateProfileMapping/spec.Removepropertymapping.json"))),
		},
	})
}

// TestProfileMappingsRemovedProperty checks that the spec's request to remove a property mapping decodes to a value
// equal to RemovedProfileMappingProperty, and that each call returns a value of its own.
func TestProfileMappingsRemovedProperty(t *testing.T) {
	t.Parallel()
	var req UpdateProfileMappingRequest
	if err := json.Unmarshal(fixture(t, "profile_mappings/requests/updateProfileMapping.spec.Removepropertymapping.json"), &req); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(req.Properties["nickName"])
	want, _ := json.Marshal(RemovedProfileMappingProperty())
	assertJSONEqual(t, string(want), string(got))
	a := RemovedProfileMappingProperty()
	a.Extra["expression"] = json.RawMessage(`"changed"`)
	if b, _ := json.Marshal(RemovedProfileMappingProperty()); string(b) != string(want) {
		t.Errorf("RemovedProfileMappingProperty shares its value: %s", b)
	}
}

func TestProfileMappingsListIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/mappings", query: map[string]string{"sourceId": "oty1"},
		first: `[{"id": "prm1"}, {"id": "prm2"}]`, second: `[{"id": "prm3"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.ProfileMappings.ListIter(ctx, &ProfileMappingsListOptions{SourceID: "oty1"}))
		},
	}})
}

func TestProfileMappingsRecorded(t *testing.T) {
	t.Parallel()
	mapping := func(t *testing.T, raw []byte) { assertRoundTrip[*ProfileMapping](t, raw) }
	checkRecordedPayloads(t, "profile_mappings", map[string]func(*testing.T, []byte){
		"listProfileMappings":           func(t *testing.T, raw []byte) { assertRoundTrip[[]ListProfileMappings](t, raw) },
		"getProfileMapping":             mapping,
		"updateProfileMapping":          mapping,
		"requests/updateProfileMapping": func(t *testing.T, raw []byte) { assertRoundTrip[*UpdateProfileMappingRequest](t, raw) },
	})
}
