package okta

import (
	"context"
	"net/http"
	"testing"
	"time"
)

const userTypeJSON = `{
	"id": "oty1",
	"displayName": "Contractor",
	"name": "contractor",
	"description": "A contractor",
	"createdBy": "00u1",
	"lastUpdatedBy": "00u2",
	"created": "2020-08-27T18:17:24.000Z",
	"lastUpdated": "2020-08-28T18:17:24.000Z",
	"default": false,
	"_links": {"self": {"rel": "self", "href": "https://test.okta.com/api/v1/meta/types/user/oty1", "method": "GET"}}
}`

func TestUserTypesMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UserTypes.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/types/user",
			response: []byte(`[` + userTypeJSON + `, {"id": "oty2", "name": "user", "default": true}]`),
			check: func(t *testing.T, got any) {
				types := got.([]UserType)
				if len(types) != 2 || types[0].Name != "contractor" || types[0].Default || !types[1].Default {
					t.Errorf("types = %+v", types)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UserTypes.Create(ctx, &UserType{Name: "contractor", DisplayName: "Contractor", Description: "A contractor"})
			},
			method: http.MethodPost, path: "/api/v1/meta/types/user",
			body:     `{"name": "contractor", "displayName": "Contractor", "description": "A contractor"}`,
			response: []byte(userTypeJSON),
			check: func(t *testing.T, got any) {
				ut := got.(*UserType)
				want := time.Date(2020, 8, 27, 18, 17, 24, 0, time.UTC)
				if ut.ID != "oty1" || !ut.Created.Equal(want) || ut.CreatedBy != "00u1" || ut.Links.Href("self") == "" {
					t.Errorf("user type = %+v", ut)
				}
			},
		},
		{
			name: "Get",
			ids:  []string{"oty/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserTypes.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/types/user/oty%2F1",
			response: []byte(userTypeJSON),
		},
		{
			name: "Update",
			ids:  []string{"oty1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserTypes.Update(ctx, ids[0], &UpdateUserTypeRequest{DisplayName: "Contractors"})
			},
			method: http.MethodPost, path: "/api/v1/meta/types/user/oty1",
			body:     `{"displayName": "Contractors"}`,
			response: []byte(userTypeJSON),
		},
		{
			name: "Replace",
			ids:  []string{"oty1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserTypes.Replace(ctx, ids[0], &ReplaceUserTypeRequest{Name: "contractor", DisplayName: "Contractors", Description: "d"})
			},
			method: http.MethodPut, path: "/api/v1/meta/types/user/oty1",
			body:     `{"name": "contractor", "displayName": "Contractors", "description": "d"}`,
			response: []byte(userTypeJSON),
		},
		{
			name: "Delete",
			ids:  []string{"oty1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.UserTypes.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/meta/types/user/oty1",
			status: http.StatusNoContent,
		},
	})
}

func TestUserTypesRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*UserType](t, raw) }
	checkRecordedPayloads(t, "user_types", map[string]func(*testing.T, []byte){
		"listUserTypes":   func(t *testing.T, raw []byte) { assertRoundTrip[[]UserType](t, raw) },
		"createUserType":  one,
		"getUserType":     one,
		"updateUserType":  one,
		"replaceUserType": one,
	})
}

func TestUserTypesRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "user_types", []apiCall{{
		op: "getUserType",
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.UserTypes.Get(ctx, "otysfdb9ws3x6P3Xg4x6")
		},
	}})
}
