package okta

import (
	"context"
	"net/http"
)

// LinkedObjectsService manages linked object definitions: the relationships between users (such as manager
// and subordinate) that the user schema defines, each with a primary and an associated side. The links
// between two users themselves are set with UsersService.ReplaceLinkedObject. Reach it as client.LinkedObjects.
type LinkedObjectsService service

// List returns all the linked object definitions of the user schema.
//
//okta:operation listLinkedObjectDefinitions GET /api/v1/meta/schemas/user/linkedObjects
func (s *LinkedObjectsService) List(ctx context.Context) ([]LinkedObject, *Response, error) {
	return send[[]LinkedObject](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/user/linkedObjects"))
}

// Create creates a linked object definition: a relationship named by its primary and associated sides.
//
//okta:operation createLinkedObjectDefinition POST /api/v1/meta/schemas/user/linkedObjects
func (s *LinkedObjectsService) Create(ctx context.Context, definition *LinkedObject) (*LinkedObject, *Response, error) {
	return send[*LinkedObject](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/schemas/user/linkedObjects").withBody(definition))
}

// Get retrieves a linked object definition by the name of either of its sides.
//
//okta:operation getLinkedObjectDefinition GET /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}
func (s *LinkedObjectsService) Get(ctx context.Context, linkedObjectName string) (*LinkedObject, *Response, error) {
	return send[*LinkedObject](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}", linkedObjectName))
}

// Delete deletes a linked object definition, named by either of its sides: the whole definition goes,
// whichever side names it.
//
//okta:operation deleteLinkedObjectDefinition DELETE /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}
func (s *LinkedObjectsService) Delete(ctx context.Context, linkedObjectName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}", linkedObjectName))
}

// LinkedObject is a linked object definition: a relationship between users, such as a manager (the primary
// side) and their subordinates (the associated side).
type LinkedObject struct {
	Primary    *LinkedObjectDetails `json:"primary,omitzero"`
	Associated *LinkedObjectDetails `json:"associated,omitzero"`
	Links      Links                `json:"_links,omitzero"`
	Extra      Extra                `json:"-"`
}

// LinkedObjectDetails is one side of a linked object definition.
type LinkedObjectDetails struct {
	// Name is the API name of the side, such as "manager".
	Name        string                  `json:"name,omitzero"`
	Title       string                  `json:"title,omitzero"`
	Description string                  `json:"description,omitzero"`
	Type        LinkedObjectDetailsType `json:"type,omitzero"`
	Extra       Extra                   `json:"-"`
}

// LinkedObjectDetailsType is the kind of object on one side of a linked object definition.
type LinkedObjectDetailsType string

// LinkedObjectDetailsType values.
const (
	LinkedObjectDetailsTypeUser LinkedObjectDetailsType = "USER"
)
