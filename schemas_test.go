package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
)

const (
	// schemaUserFixture is the default user schema as Okta returned it, with custom attributes.
	schemaUserFixture = "schemas/getUserSchema/test_get_user_schema.0.json"
	// schemaRemoveRequest is the body the recording SDK sent to remove the custom attribute testCustomAttribute:
	// the whole schema, with that attribute null.
	schemaRemoveRequest = "schemas/updateUserProfile/request.test_update_user_profile.2.json"
	schemaAppUserExampl = "schemas/updateApplicationUserProfile/spec.Response_with_a_subset_of_properties_for_brevity.json"
	schemaGroupExample  = "schemas/getGroupSchema/spec.Response_with_a_subset_of_properties_for_brevity.json"
)

// schemaAppLayoutsJSON and schemaAppLayoutJSON are realistic answers of the app layout operations, for which
// neither the recordings nor the spec have one.
const schemaAppLayoutsJSON = `{"_links": {
	"general": [{"rel": "general", "href": "https://test.okta.com/api/v1/meta/layouts/apps/oidc_client/sections/general/operations/edit"}],
	"signOn": [{"rel": "signOn", "href": "https://test.okta.com/api/v1/meta/layouts/apps/oidc_client/sections/signOn/operations/edit"}],
	"provisioning": [{"rel": "provisioning", "href": "https://test.okta.com/api/v1/meta/layouts/apps/oidc_client/sections/provisioning/operations/edit"}]}}`

const schemaAppLayoutJSON = `{"type": "Group", "label": "General Settings", "scope": "#/properties/settings",
	"options": {"collapsible": false, "order": 1},
	"elements": [
		{"type": "Control", "scope": "#/properties/label", "label": "Application name", "options": {"maxLength": 100}},
		{"type": "Control", "scope": "#/properties/settings/properties/app/properties/baseUrl", "label": "Base URL",
		 "rule": {"effect": "SHOW", "condition": {"scope": "#/properties/signOnMode", "schema": {"const": "SAML_2_0"}}}}
	],
	"rule": {"effect": "HIDE", "condition": {"scope": "#/properties/status", "schema": {"enum": ["INACTIVE"]}}}}`

func TestSchemasMethods(t *testing.T) {
	t.Parallel()
	userSchema := string(fixture(t, schemaUserFixture))
	appUserSchema := string(fixture(t, schemaAppUserExampl))
	groupSchema := string(fixture(t, schemaGroupExample))
	logStream := string(fixture(t, "schemas/getLogStreamSchema/spec.Schema_for_type_aws_eventbridge.json"))
	runAPICalls(t, []apiCall{
		{
			name: "GetAppUISchemaLinks",
			ids:  []string{"oidc_client"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetAppUISchemaLinks(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/layouts/apps/oidc_client",
			response: []byte(schemaAppLayoutsJSON),
			check: func(t *testing.T, got any) {
				if l := got.(*ApplicationLayouts); l.Links.Href("signOn") == "" {
					t.Errorf("got %+v", l)
				}
			},
		},
		{
			name: "GetAppUISchema",
			ids:  []string{"oidc_client", "general", "edit"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetAppUISchema(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: "/api/v1/meta/layouts/apps/oidc_client/sections/general/edit",
			response: []byte(schemaAppLayoutJSON),
			check: func(t *testing.T, got any) {
				l := got.(*ApplicationLayout)
				var label string
				if _, err := l.Elements[0].Get("label", &label); err != nil || label != "Application name" || l.Rule.Effect != "HIDE" ||
					l.Rule.Condition.Scope != "#/properties/status" {
					t.Errorf("got %+v (%v)", l, err)
				}
			},
		},
		{
			name: "GetAppUserSchema",
			ids:  []string{"0oa/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetAppUserSchema(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/apps/0oa%2F1/default",
			response: []byte(appUserSchema),
			check: func(t *testing.T, got any) {
				s := got.(*UserSchema)
				base := s.Definitions.Base.Properties["userName"]
				if base == nil || base.Required == nil || !*base.Required || *base.MaxLength != 100 || s.Definitions.Custom.Properties["twitterUserName"] == nil {
					t.Errorf("got %+v", s.Definitions)
				}
			},
		},
		{
			name: "UpdateAppUserSchema",
			ids:  []string{"0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				// The spec's example request.
				return c.Schemas.UpdateAppUserSchema(ctx, ids[0], &UserSchema{Definitions: &UserSchemaDefinitions{Custom: &UserSchemaPublic{
					ID: "#custom", Type: "object", Required: []string{},
					Properties: map[string]*UserSchemaAttribute{"twitterUserName": {
						Title: "Twitter username", Description: "User's username for twitter.com", Type: UserSchemaAttributeTypeString,
						Required: new(false), MinLength: new(1), MaxLength: new(20),
					}},
				}}})
			},
			method: http.MethodPost, path: "/api/v1/meta/schemas/apps/0oa1/default",
			body: `{"definitions": {"custom": {"id": "#custom", "type": "object", "properties": {"twitterUserName": {"title": "Twitter username",
				"description": "User's username for twitter.com", "type": "string", "required": false, "minLength": 1, "maxLength": 20}},
				"required": []}}}`,
			response: []byte(appUserSchema),
		},
		{
			name: "GetGroupSchema",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Schemas.GetGroupSchema(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/group/default",
			response: []byte(groupSchema),
			check: func(t *testing.T, got any) {
				s := got.(*GroupSchema)
				a := s.Definitions.Custom.Properties["groupContact"]
				if a == nil || a.Master.Type != UserSchemaAttributeMasterTypeProfileMaster || a.Permissions[0].Action != "READ_WRITE" ||
					s.Definitions.Base.Required[0] != "name" || s.Properties.Profile.AllOf[0].Ref != "#/definitions/custom" {
					t.Errorf("got %+v", s.Definitions)
				}
			},
		},
		{
			name: "UpdateGroupSchema removes an attribute with a nil entry",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Schemas.UpdateGroupSchema(ctx, &GroupSchema{Definitions: &GroupSchemaDefinitions{Custom: &GroupSchemaCustom{
					ID: "#custom", Type: "object", Properties: map[string]*GroupSchemaAttribute{"groupContact": nil},
				}}})
			},
			method: http.MethodPost, path: "/api/v1/meta/schemas/group/default",
			body:     `{"definitions": {"custom": {"id": "#custom", "type": "object", "properties": {"groupContact": null}}}}`,
			response: []byte(groupSchema),
		},
		{
			name: "ListLogStreamSchemas",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Schemas.ListLogStreamSchemas(ctx)
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/logStream",
			response: []byte(string(fixture(t, "schemas/listLogStreamSchemas/spec.All_log_stream_schemas_for_your_org.json"))),
			check: func(t *testing.T, got any) {
				ss := got.([]LogStreamSchema)
				if len(ss) != 2 || ss[1].Title != "Splunk Cloud" || ss[1].SchemaID == "" || ss[1].Properties["settings"] == nil {
					t.Errorf("got %+v", ss)
				}
			},
		},
		{
			name: "GetLogStreamSchema",
			ids:  []string{"aws_eventbridge"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetLogStreamSchema(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/logStream/aws_eventbridge",
			response: []byte(logStream),
			check: func(t *testing.T, got any) {
				s := got.(*LogStreamSchema)
				var name struct{ Pattern string }
				if _, err := s.Properties.Get("name", &name); err != nil || name.Pattern != "^.{1,100}$" || len(s.Required) != 2 {
					t.Errorf("got %+v (%v)", s, err)
				}
			},
		},
		{
			name: "GetUserSchema",
			ids:  []string{"default"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Schemas.GetUserSchema(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/meta/schemas/user/default",
			response: []byte(userSchema),
			check: func(t *testing.T, got any) {
				s := got.(*UserSchema)
				login := s.Definitions.Base.Properties["login"]
				email := s.Definitions.Base.Properties["email"]
				custom := s.Definitions.Custom.Properties["customAttr"]
				if login == nil || *login.MinLength != 5 || email.Format != "email" || custom.Permissions[0].Action != "READ_ONLY" ||
					s.Schema != "http://json-schema.org/draft-04/schema#" || s.Created.IsZero() || s.Description == "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "UpdateUserSchema",
			ids:  []string{"osc1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var schema UserSchema
				if err := json.Unmarshal(fixture(t, schemaRemoveRequest), &schema); err != nil {
					return nil, nil, err
				}
				return c.Schemas.UpdateUserSchema(ctx, ids[0], &schema)
			},
			method: http.MethodPost, path: "/api/v1/meta/schemas/user/osc1",
			body:     string(fixture(t, schemaRemoveRequest)),
			response: []byte(string(fixture(t, "schemas/updateUserProfile/test_update_user_profile.2.json"))),
		},
	})
}

// TestSchemasGetChangeUpdateIsLossless gets the recorded user schema, adds a custom attribute and sends the
// schema back: the body must be everything Okta sent plus the new attribute.
func TestSchemasGetChangeUpdateIsLossless(t *testing.T) {
	t.Parallel()
	var doc map[string]any
	if err := json.Unmarshal(fixture(t, schemaUserFixture), &doc); err != nil {
		t.Fatal(err)
	}
	custom := doc["definitions"].(map[string]any)["custom"].(map[string]any)["properties"].(map[string]any)
	custom["costCenterCode"] = map[string]any{"title": "Cost center code", "type": "string", "unique": "UNIQUE_VALIDATED", "maxLength": 10.0}
	want, _ := json.Marshal(doc)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/meta/schemas/user/default", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusOK, fixture(t, schemaUserFixture))
	})
	mux.HandleFunc("POST /api/v1/meta/schemas/user/default", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(want))
		serveJSON(w, http.StatusOK, want)
	})
	s, _, err := c.Schemas.GetUserSchema(t.Context(), "default")
	if err != nil {
		t.Fatal(err)
	}
	s.Definitions.Custom.Properties["costCenterCode"] = &UserSchemaAttribute{
		Title: "Cost center code", Type: UserSchemaAttributeTypeString, Unique: "UNIQUE_VALIDATED", MaxLength: new(10),
	}
	if _, _, err := c.Schemas.UpdateUserSchema(t.Context(), "default", s); err != nil {
		t.Fatal(err)
	}
}

// TestSchemasAttributeValuesOfOtherTypes checks an attribute whose enum and oneOf values are numbers, which
// the spec types as strings, decodes and encodes unchanged.
func TestSchemasAttributeValuesOfOtherTypes(t *testing.T) {
	t.Parallel()
	raw := []byte(`{"definitions": {"custom": {"properties": {"level": {"title": "Level", "type": "integer", "enum": [1, 2, 3],
		"oneOf": [{"const": 1, "title": "One"}, {"const": 2, "title": "Two"}], "minimum": 1, "maximum": 3, "unique": "NOT_UNIQUE"}}}}}`)
	s := assertRoundTrip[*UserSchema](t, raw)
	if a := s.Definitions.Custom.Properties["level"]; a.Type != UserSchemaAttributeTypeInteger || a.OneOf[1].Title != "Two" || a.Extra["enum"] == nil {
		t.Errorf("attribute = %+v", a)
	}
}

func TestSchemasRecorded(t *testing.T) {
	t.Parallel()
	user := func(t *testing.T, raw []byte) { assertRoundTrip[*UserSchema](t, raw) }
	checkRecordedPayloads(t, "schemas", map[string]func(*testing.T, []byte){
		"getUserSchema":                user,
		"updateUserProfile":            user,
		"updateApplicationUserProfile": user,
		"getGroupSchema":               func(t *testing.T, raw []byte) { assertRoundTrip[*GroupSchema](t, raw) },
		"listLogStreamSchemas":         func(t *testing.T, raw []byte) { assertRoundTrip[[]LogStreamSchema](t, raw) },
		"getLogStreamSchema":           func(t *testing.T, raw []byte) { assertRoundTrip[*LogStreamSchema](t, raw) },
	})
	// The layouts of an app's settings are neither recorded nor in the spec's examples: round-trip the
	// realistic answers the method tests use.
	assertRoundTrip[*ApplicationLayouts](t, []byte(schemaAppLayoutsJSON))
	assertRoundTrip[*ApplicationLayout](t, []byte(schemaAppLayoutJSON))
}
