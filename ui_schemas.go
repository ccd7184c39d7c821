package okta

import (
	"context"
	"net/http"
	"time"
)

// UISchemasService manages UI schemas: the layouts of the enrollment forms that profile enrollment policies
// show to users who sign up (which profile attributes they fill in, with which labels and input formats). UI
// schemas exist in Identity Engine orgs only. Reach it as client.UISchemas.
type UISchemasService service

// List returns all the org's UI schemas.
//
//okta:operation listUISchemas GET /api/v1/meta/uischemas
func (s *UISchemasService) List(ctx context.Context) ([]UISchemasResponseObject, *Response, error) {
	return send[[]UISchemasResponseObject](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/uischemas"))
}

// Create creates a UI schema.
//
//okta:operation createUISchema POST /api/v1/meta/uischemas
func (s *UISchemasService) Create(ctx context.Context, schema *CreateUISchemaRequest) (*UISchemasResponseObject, *Response, error) {
	return send[*UISchemasResponseObject](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/uischemas").withBody(schema))
}

// Get retrieves a UI schema by ID.
//
//okta:operation getUISchema GET /api/v1/meta/uischemas/{id}
func (s *UISchemasService) Get(ctx context.Context, id string) (*UISchemasResponseObject, *Response, error) {
	return send[*UISchemasResponseObject](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/uischemas/{id}", id))
}

// Replace replaces the layout of a UI schema with schema.UISchema.
//
//okta:operation replaceUISchemas PUT /api/v1/meta/uischemas/{id}
func (s *UISchemasService) Replace(ctx context.Context, id string, schema *ReplaceUISchemaRequest) (*UISchemasResponseObject, *Response, error) {
	return send[*UISchemasResponseObject](ctx, s.client, newRequest(http.MethodPut, "/api/v1/meta/uischemas/{id}", id).withBody(schema))
}

// Delete deletes a UI schema.
//
//okta:operation deleteUISchemas DELETE /api/v1/meta/uischemas/{id}
func (s *UISchemasService) Delete(ctx context.Context, id string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/meta/uischemas/{id}", id))
}

// UISchemasResponseObject is a UI schema as Okta returns it.
type UISchemasResponseObject struct {
	ID          string          `json:"id,omitzero"`
	UISchema    *UISchemaObject `json:"uiSchema,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	Links       Links           `json:"_links,omitzero"`
	Extra       Extra           `json:"-"`
}

// UISchemaObject is the layout of an enrollment form.
type UISchemaObject struct {
	// Type is the type of layout, such as "Group".
	Type string `json:"type,omitzero"`
	// Label is shown at the top of the form, under the logo (Okta's default is "Sign in").
	Label string `json:"label,omitzero"`
	// ButtonLabel is the label of the form's submit button (Okta's default is "Submit").
	ButtonLabel string `json:"buttonLabel,omitzero"`
	// Elements are the form's input fields. The 5.1.0 schema describes a single element; the examples and
	// Okta send a list.
	Elements []UIElement `json:"elements,omitzero"`
	Extra    Extra       `json:"-"`
}

// UIElement is an input field of an enrollment form.
type UIElement struct {
	// Type is the relation of the field to its Scope: "Control" means the field sets the attribute.
	Type string `json:"type,omitzero"`
	// Scope is the profile attribute the field is bound to, as "#/properties/<attribute name>".
	Scope   string            `json:"scope,omitzero"`
	Label   string            `json:"label,omitzero"`
	Options *UIElementOptions `json:"options,omitzero"`
	Extra   Extra             `json:"-"`
}

// UIElementOptions are the options of an input field.
type UIElementOptions struct {
	Format UIElementFormat `json:"format,omitzero"`
	Extra  Extra           `json:"-"`
}

// UIElementFormat is how an input field appears.
type UIElementFormat string

// UIElementFormat values.
const (
	// UIElementFormatText is a text box, the default for most attribute types.
	UIElementFormatText UIElementFormat = "text"
	// UIElementFormatRadio is a radio button per allowed value of a string attribute with an enum or oneOf.
	UIElementFormatRadio UIElementFormat = "radio"
	// UIElementFormatSelect is a drop-down list, for country codes and string attributes with an enum or oneOf.
	UIElementFormatSelect UIElementFormat = "select"
	// UIElementFormatCheckbox is a check box, for Boolean attributes.
	UIElementFormatCheckbox UIElementFormat = "checkbox"
	// UIElementFormatRadioYesNo is a pair of yes/no radio buttons, for Boolean attributes.
	UIElementFormatRadioYesNo UIElementFormat = "radio_yes_no"
	// UIElementFormatRadioTrueFalse is a pair of true/false radio buttons, for Boolean attributes.
	UIElementFormatRadioTrueFalse UIElementFormat = "radio_true_false"
)

// CreateUISchemaRequest is the body of UISchemasService.Create.
type CreateUISchemaRequest struct {
	UISchema *UISchemaObject `json:"uiSchema,omitzero"`
	Extra    Extra           `json:"-"`
}

// ReplaceUISchemaRequest is the body of UISchemasService.Replace.
type ReplaceUISchemaRequest struct {
	UISchema *UISchemaObject `json:"uiSchema,omitzero"`
	Extra    Extra           `json:"-"`
}
