package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestLinkedObjectsMethods(t *testing.T) {
	t.Parallel()
	definition := string(fixture(t, "linked_objects/getLinkedObjectDefinition/test_add_get_linked_object.1.json"))
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.LinkedObjects.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/user/linkedObjects",
			response: []byte(string(fixture(t, "linked_objects/listLinkedObjectDefinitions/test_get_all_linked_objects.2.json"))),
			check: func(t *testing.T, got any) {
				ls := got.([]LinkedObject)
				if len(ls) != 2 || ls[1].Primary.Name != "python_sdk_primary_t2" || ls[1].Associated.Type != LinkedObjectDetailsTypeUser {
					t.Errorf("got %+v", ls)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.LinkedObjects.Create(ctx, &LinkedObject{
					Primary: &LinkedObjectDetails{Name: "python_sdk_primary_test", Title: "Primary", Description: "Primary Link Property",
						Type: LinkedObjectDetailsTypeUser},
					Associated: &LinkedObjectDetails{Name: "python_sdk_assoc_test", Title: "Associated", Description: "Associated Link Property",
						Type: LinkedObjectDetailsTypeUser},
				})
			},
			method: http.MethodPost, path: "/api/v1/meta/schemas/user/linkedObjects",
			body: `{"primary": {"name": "python_sdk_primary_test", "title": "Primary", "description": "Primary Link Property", "type": "USER"},
				"associated": {"name": "python_sdk_assoc_test", "title": "Associated", "description": "Associated Link Property", "type": "USER"}}`,
			status:   http.StatusCreated,
			response: []byte(string(fixture(t, "linked_objects/createLinkedObjectDefinition/test_add_get_linked_object.0.json"))),
		},
		{
			name: "Get by the associated name",
			ids:  []string{"python_sdk_assoc_test"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.LinkedObjects.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/user/linkedObjects/python_sdk_assoc_test",
			response: []byte(definition),
			check: func(t *testing.T, got any) {
				if l := got.(*LinkedObject); l.Primary.Title != "Primary" || l.Links.Href("self") == "" {
					t.Errorf("got %+v", l)
				}
			},
		},
		{
			name: "Delete",
			ids:  []string{"manager/x"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.LinkedObjects.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/meta/schemas/user/linkedObjects/manager%2Fx",
			status: http.StatusNoContent,
		},
	})
}

func TestLinkedObjectsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*LinkedObject](t, raw) }
	checkRecordedPayloads(t, "linked_objects", map[string]func(*testing.T, []byte){
		"listLinkedObjectDefinitions":  func(t *testing.T, raw []byte) { assertRoundTrip[[]LinkedObject](t, raw) },
		"createLinkedObjectDefinition": one,
		"getLinkedObjectDefinition":    one,
	})
}

func TestLinkedObjectsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "linked_objects", []apiCall{{
		op: "getLinkedObjectDefinition",
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.LinkedObjects.Get(ctx, "python_sdk_primary_test")
		},
	}})
}
