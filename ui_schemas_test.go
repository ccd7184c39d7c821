package okta

import (
	"context"
	"net/http"
	"testing"
)

// uiSchemaRequest is the spec's example request of createUISchema and replaceUISchemas, as the SDK's model.
func uiSchemaRequest() *UISchemaObject {
	return &UISchemaObject{
		Type: "Group", ButtonLabel: "Submit", Label: "Sign in",
		Elements: []UIElement{
			{Type: "Control", Scope: "#/properties/firstName", Label: "First Name", Options: &UIElementOptions{Format: UIElementFormatText}},
			{Type: "Control", Scope: "#/properties/lastName", Label: "Last Name", Options: &UIElementOptions{Format: UIElementFormatText}},
			{Type: "Control", Scope: "#/properties/email", Label: "Primary email", Options: &UIElementOptions{Format: UIElementFormatText}},
		},
	}
}

// uiSchemaRequestJSON is the spec's example request of createUISchema and replaceUISchemas.
const uiSchemaRequestJSON = `{"uiSchema": {"type": "Group", "elements": [
	{"type": "Control", "scope": "#/properties/firstName", "label": "First Name", "options": {"format": "text"}},
	{"type": "Control", "scope": "#/properties/lastName", "label": "Last Name", "options": {"format": "text"}},
	{"type": "Control", "scope": "#/properties/email", "label": "Primary email", "options": {"format": "text"}}],
	"buttonLabel": "Submit", "label": "Sign in"}}`

func TestUISchemasMethods(t *testing.T) {
	t.Parallel()
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UISchemas.List(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/uischemas",
			response: []byte(string(fixture(t, "ui_schemas/listUISchemas/spec.UIISchemaList.json"))),
			check: func(t *testing.T, got any) {
				ss := got.([]UISchemasResponseObject)
				if len(ss) != 2 || ss[1].UISchema.Label != "Sign in 2" || ss[0].UISchema.Elements[3].Options.Format != UIElementFormatSelect ||
					ss[1].UISchema.Elements[5].Options != nil || ss[0].Created.IsZero() {
					t.Errorf("got %+v", ss)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UISchemas.Create(ctx, &CreateUISchemaRequest{UISchema: uiSchemaRequest()})
			},
			method: http.MethodPost, path: "/api/v1/meta/uischemas",
			body:     uiSchemaRequestJSON,
			response: []byte(string(fixture(t, "ui_schemas/createUISchema/spec.UISchemaCreate.json"))),
		},
		{
			name: "Get",
			ids:  []string{"uis4a7liocgcRgcxZ0g7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UISchemas.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/uischemas/uis4a7liocgcRgcxZ0g7",
			response: []byte(string(fixture(t, "ui_schemas/getUISchema/spec.UISchemaRetrieve.json"))),
			check: func(t *testing.T, got any) {
				if s := got.(*UISchemasResponseObject); s.ID != "uis4a7liocgcRgcxZ0g7" || s.UISchema.ButtonLabel != "Submit" || s.Links.Href("self") == "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "Replace",
			ids:  []string{"uis/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UISchemas.Replace(ctx, ids[0], &ReplaceUISchemaRequest{UISchema: uiSchemaRequest()})
			},
			method: http.MethodPut, path: "/api/v1/meta/uischemas/uis%2F1",
			body:     uiSchemaRequestJSON,
			response: []byte(string(fixture(t, "ui_schemas/replaceUISchemas/spec.UISchemaUpdate.json"))),
		},
		{
			name: "Delete",
			ids:  []string{"uis1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.UISchemas.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/meta/uischemas/uis1",
			status: http.StatusNoContent,
		},
	})
}

// TestUISchemasRecorded round-trips the spec's example responses (nothing of the UISchema operations is
// recorded) and request.
func TestUISchemasRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*UISchemasResponseObject](t, raw) }
	checkRecordedPayloads(t, "ui_schemas", map[string]func(*testing.T, []byte){
		"listUISchemas":    func(t *testing.T, raw []byte) { assertRoundTrip[[]UISchemasResponseObject](t, raw) },
		"createUISchema":   one,
		"getUISchema":      one,
		"replaceUISchemas": one,
	})
	assertRoundTrip[*CreateUISchemaRequest](t, []byte(uiSchemaRequestJSON))
	assertRoundTrip[*ReplaceUISchemaRequest](t, []byte(uiSchemaRequestJSON))
}
