package okta

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
)

// The spec's examples of the ResourceSet operations, in testdata/resource_sets/<operationId>/.
const (
	resourceSetsExample        = "resource_sets/listResourceSets/spec.Example_Response.json"
	resourceSetExample         = "resource_sets/getResourceSet/spec.Example_Response.json"
	resourceSetBindingsExample = "resource_sets/listBindings/spec.Example_Response.json"
	resourceSetBindingExample  = "resource_sets/getBinding/spec.Example_Response.json"
	resourceSetMembersExample  = "resource_sets/listMembersOfBinding/spec.Example_Response.json"
	resourceSetMemberExample   = "resource_sets/getMemberOfBinding/spec.Example_Response.json"
	resourceSetResourcesExampl = "resource_sets/listResourceSetResources/spec.Example_Response.json"
)

func TestResourceSetsMethods(t *testing.T) {
	t.Parallel()
	set := string(fixture(t, resourceSetExample))
	binding := string(fixture(t, resourceSetBindingExample))
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ResourceSets.List(ctx, &ResourceSetsListOptions{After: "iamoJDFKaJxGIr0oamd0q"})
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets",
			query:    map[string]string{"after": "iamoJDFKaJxGIr0oamd0q"},
			response: []byte(string(fixture(t, resourceSetsExample))),
			want:     jsonMember(t, fixture(t, resourceSetsExample), "resource-sets"),
			check: func(t *testing.T, got any) {
				p := &ResourceSets{ResourceSets: got.([]ResourceSet)}
				if len(p.ResourceSets) != 2 || p.ResourceSets[1].Label != "SF-IT-2" || p.ResourceSets[0].Created.IsZero() ||
					p.ResourceSets[0].Links.Href("bindings") == "" {
					t.Errorf("page = %+v", p)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.ResourceSets.Create(ctx, &CreateResourceSetRequest{
					Label: "SF-IT-People", Description: "People in the IT department of San Francisco",
					Resources: []string{
						"https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3",
						"https://{yourOktaDomain}/api/v1/groups/00gu67DU2qNCjNZYO0g3/users",
						"https://{yourOktaDomain}/api/v1/users",
					},
				})
			},
			method: http.MethodPost, path: "/api/v1/iam/resource-sets",
			// The spec's example request.
			body: `{"label": "SF-IT-People", "description": "People in the IT department of San Francisco", "resources": [
				"https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3", "https://{yourOktaDomain}/api/v1/groups/00gu67DU2qNCjNZYO0g3/users",
				"https://{yourOktaDomain}/api/v1/users"]}`,
			response: []byte(string(fixture(t, "resource_sets/createResourceSet/spec.Example_Response.json"))),
		},
		{
			name: "Get",
			ids:  []string{"iam/1 x"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam%2F1%20x",
			response: []byte(set),
			check: func(t *testing.T, got any) {
				if s := got.(*ResourceSet); s.ID != "iamoJDFKaJxGIr0oamd9g" || s.Label != "SF-IT-People" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "Replace",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.Replace(ctx, ids[0], &ResourceSet{Label: "SF-IT-People", Description: "People in the IT department"})
			},
			method: http.MethodPut, path: "/api/v1/iam/resource-sets/iam1",
			body:     `{"label": "SF-IT-People", "description": "People in the IT department"}`,
			response: []byte(string(fixture(t, "resource_sets/replaceResourceSet/spec.Example_Response.json"))),
		},
		{
			name: "Delete",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.ResourceSets.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/iam/resource-sets/iam1",
			status: http.StatusNoContent,
		},
		{
			name: "ListBindings",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.ListBindings(ctx, ids[0], &ResourceSetsListBindingsOptions{After: "cr0"})
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/bindings",
			query:    map[string]string{"after": "cr0"},
			response: []byte(string(fixture(t, resourceSetBindingsExample))),
			want:     jsonMember(t, fixture(t, resourceSetBindingsExample), "roles"),
			check: func(t *testing.T, got any) {
				p := &ResourceSetBindings{Roles: got.([]ResourceSetBindingRole)}
				if len(p.Roles) != 1 || p.Roles[0].ID != "cr0WxyzJxGIr0ouum0g4" || p.Roles[0].Links.Href("members") == "" {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "CreateBinding",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.CreateBinding(ctx, ids[0], &CreateResourceSetBindingRequest{
					Role: "cr0Yq6IJxGIr0ouum0g3", Members: []string{"https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3"},
				})
			},
			method: http.MethodPost, path: "/api/v1/iam/resource-sets/iam1/bindings",
			body:     `{"role": "cr0Yq6IJxGIr0ouum0g3", "members": ["https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3"]}`,
			response: []byte(string(fixture(t, "resource_sets/createResourceSetBinding/spec.Example_Response.json"))),
		},
		{
			name: "GetBinding",
			ids:  []string{"iam1", "Help Desk/Tier 1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.GetBinding(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/bindings/Help%20Desk%2FTier%201",
			response: []byte(binding),
			check: func(t *testing.T, got any) {
				if b := got.(*ResourceSetBindingResponse); b.Links.Href("resource-set") == "" {
					t.Errorf("got %+v", b)
				}
			},
		},
		{
			name: "DeleteBinding",
			ids:  []string{"iam1", "cr0"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.ResourceSets.DeleteBinding(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/iam/resource-sets/iam1/bindings/cr0",
			status: http.StatusNoContent,
		},
		{
			name: "ListBindingMembers",
			ids:  []string{"iam1", "cr0"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.ListBindingMembers(ctx, ids[0], ids[1], &ResourceSetsListBindingMembersOptions{After: "irb0"})
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/bindings/cr0/members",
			query:    map[string]string{"after": "irb0"},
			response: []byte(string(fixture(t, resourceSetMembersExample))),
			want:     jsonMember(t, fixture(t, resourceSetMembersExample), "members"),
			check: func(t *testing.T, got any) {
				p := &ResourceSetBindingMembers{Members: got.([]ResourceSetBindingMember)}
				if len(p.Members) != 2 || p.Members[1].Links.Href("self") != "https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3" {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "AddBindingMembers",
			ids:  []string{"iam1", "cr0"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.AddBindingMembers(ctx, ids[0], ids[1], &AddResourceSetBindingMembersRequest{Additions: []string{
					"https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3", "https://{yourOktaDomain}/api/v1/users/00u67DU2qNCjNZYO0g3",
				}})
			},
			method: http.MethodPatch, path: "/api/v1/iam/resource-sets/iam1/bindings/cr0/members",
			body: `{"additions": ["https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3",
				"https://{yourOktaDomain}/api/v1/users/00u67DU2qNCjNZYO0g3"]}`,
			response: []byte(string(fixture(t, "resource_sets/addMembersToBinding/spec.Example_Response.json"))),
		},
		{
			name: "GetBindingMember",
			ids:  []string{"iam1", "cr0", "irb1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.GetBindingMember(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/bindings/cr0/members/irb1",
			response: []byte(string(fixture(t, resourceSetMemberExample))),
			check: func(t *testing.T, got any) {
				if m := got.(*ResourceSetBindingMember); m.ID != "irb1qe6PGuMc7Oh8N0g4" || m.LastUpdated.IsZero() {
					t.Errorf("got %+v", m)
				}
			},
		},
		{
			name: "UnassignBindingMember",
			ids:  []string{"iam1", "cr0", "irb1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.ResourceSets.RemoveBindingMember(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: "/api/v1/iam/resource-sets/iam1/bindings/cr0/members/irb1",
			status: http.StatusNoContent,
		},
		{
			name: "ListResources",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.ListResources(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/resources",
			response: []byte(string(fixture(t, resourceSetResourcesExampl))),
			want:     jsonMember(t, fixture(t, resourceSetResourcesExampl), "resources"),
			check: func(t *testing.T, got any) {
				p := &ResourceSetResources{Resources: got.([]ResourceSetResource)}
				if len(p.Resources) != 3 || p.Resources[2].Links.Href("groups") != "https://{yourOktaDomain}/api/v1/groups" {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "AddResources",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.AddResources(ctx, ids[0], &AddResourceSetResourcesRequest{Additions: []string{
					"https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3", "https://{yourOktaDomain}/api/v1/groups/00gu67DU2qNCjNZYO0g3/users",
				}})
			},
			method: http.MethodPatch, path: "/api/v1/iam/resource-sets/iam1/resources",
			body: `{"additions": ["https://{yourOktaDomain}/api/v1/groups/00guaxWZ0AOa5NFAj0g3",
				"https://{yourOktaDomain}/api/v1/groups/00gu67DU2qNCjNZYO0g3/users"]}`,
			response: []byte(string(fixture(t, "resource_sets/addResourceSetResource/spec.Example_Response.json"))),
		},
		{
			name: "DeleteResource",
			ids:  []string{"iam1", "ire1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.ResourceSets.RemoveResource(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/iam/resource-sets/iam1/resources/ire1",
			status: http.StatusNoContent,
		},
	})
}

// TestResourceSetsListCursor checks a page's Response carries the cursor of the next page, which Okta gives
// in the body's _links.next, so List can resume from it. The spec's example names the host {yourOktaDomain},
// which is no host: the test names a real one.
func TestResourceSetsListCursor(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	page := bytes.ReplaceAll(fixture(t, resourceSetsExample), []byte("{yourOktaDomain}"), []byte("test.okta.com"))
	mux.HandleFunc("GET /api/v1/iam/resource-sets", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusOK, page)
	})
	_, resp, err := c.ResourceSets.List(t.Context(), nil)
	if err != nil || !resp.HasNextPage() || resp.After != "iamoJDFKaJxGIr0oamd0q" {
		t.Errorf("after = %q, has next = %v, err = %v", resp.After, resp.HasNextPage(), err)
	}
}

// TestResourceSetsIterators walks each wrapped list of the service over two pages, the first linking to the
// second in its _links.next.
func TestResourceSetsIterators(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		path  string
		first map[string]string // the first page's query
		pages [2]string         // the two pages, with %s for the second page's URL
		walk  func(ctx context.Context, c *Client) ([]string, error)
	}{
		{
			name: "ListIter", path: "/api/v1/iam/resource-sets", first: map[string]string{"after": "iam0"},
			pages: [2]string{`{"resource-sets": [{"id": "iam1"}], "_links": {"next": {"href": "%s"}}}`, `{"resource-sets": [{"id": "iam2"}]}`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				return resourceSetIDs(c.ResourceSets.ListIter(ctx, &ResourceSetsListOptions{After: "iam0"}), func(v ResourceSet) string { return v.ID })
			},
		},
		{
			name: "ListBindingsIter", path: "/api/v1/iam/resource-sets/iam1/bindings", first: map[string]string{},
			pages: [2]string{`{"roles": [{"id": "cr1"}], "_links": {"next": {"href": "%s"}}}`, `{"roles": [{"id": "cr2"}], "_links": {}}`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				return resourceSetIDs(c.ResourceSets.ListBindingsIter(ctx, "iam1", nil), func(v ResourceSetBindingRole) string { return v.ID })
			},
		},
		{
			name: "ListBindingMembersIter", path: "/api/v1/iam/resource-sets/iam1/bindings/cr1/members", first: map[string]string{},
			pages: [2]string{`{"members": [{"id": "irb1"}], "_links": {"next": {"href": "%s"}}}`, `{"members": [{"id": "irb2"}]}`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				return resourceSetIDs(c.ResourceSets.ListBindingMembersIter(ctx, "iam1", "cr1", nil), func(v ResourceSetBindingMember) string { return v.ID })
			},
		},
		{
			name: "ListResourcesIter", path: "/api/v1/iam/resource-sets/iam1/resources", first: map[string]string{},
			pages: [2]string{`{"resources": [{"id": "ire1"}], "_links": {"next": {"href": "%s"}}}`, `{"resources": [{"id": "ire2"}]}`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				return resourceSetIDs(c.ResourceSets.ListResourcesIter(ctx, "iam1", nil), func(v ResourceSetResource) string { return v.ID })
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			var pages atomic.Int32
			mux.HandleFunc(tc.path, func(w http.ResponseWriter, r *http.Request) {
				testMethod(t, r, http.MethodGet)
				pages.Add(1)
				if r.URL.Query().Get("after") != "cursor2" {
					testQuery(t, r, tc.first)
					next := "https://test.okta.com" + tc.path + "?after=cursor2"
					serveJSON(w, http.StatusOK, fmt.Appendf(nil, tc.pages[0], next))
					return
				}
				testQuery(t, r, map[string]string{"after": "cursor2"})
				serveJSON(w, http.StatusOK, []byte(tc.pages[1]))
			})
			got, err := tc.walk(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || pages.Load() != 2 {
				t.Errorf("items %q from %d pages, want 2 from 2", got, pages.Load())
			}
		})
	}
	t.Run("empty ID fails at the first Next", func(t *testing.T) {
		t.Parallel()
		c, _ := setup(t)
		if it := c.ResourceSets.ListBindingMembersIter(t.Context(), "iam1", "", nil); it.Next() || it.Err() == nil {
			t.Errorf("Next with an empty role: err = %v", it.Err())
		}
		if it := c.ResourceSets.ListResourcesIter(t.Context(), "", nil); it.Next() || it.Err() == nil {
			t.Errorf("Next with an empty resource set: err = %v", it.Err())
		}
	})
}

// resourceSetIDs collects the IDs of the items of it.
func resourceSetIDs[T any](it *Iterator[T], id func(T) string) ([]string, error) {
	var out []string
	for it.Next() {
		out = append(out, id(it.Value()))
	}
	return out, it.Err()
}

// TestResourceSetsRecorded round-trips the spec's example responses (nothing of the ResourceSet operations is
// recorded in the cassettes) through the methods' return types.
func TestResourceSetsRecorded(t *testing.T) {
	t.Parallel()
	set := func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSet](t, raw) }
	binding := func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetBindingResponse](t, raw) }
	checkRecordedPayloads(t, "resource_sets", map[string]func(*testing.T, []byte){
		"listResourceSets":         func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSets](t, raw) },
		"createResourceSet":        set,
		"getResourceSet":           set,
		"replaceResourceSet":       set,
		"addResourceSetResource":   set,
		"listBindings":             func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetBindings](t, raw) },
		"createResourceSetBinding": binding,
		"getBinding":               binding,
		"addMembersToBinding":      binding,
		"listMembersOfBinding":     func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetBindingMembers](t, raw) },
		"getMemberOfBinding":       func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetBindingMember](t, raw) },
		"listResourceSetResources": func(t *testing.T, raw []byte) { assertRoundTrip[*ResourceSetResources](t, raw) },
	})
}
