package okta

import (
	"context"
	"net/http"
	"time"
)

// UserTypesService manages user types: the kinds of user an org has (employees, contractors, ...), each with
// its own profile schema. Reach it as client.UserTypes.
type UserTypesService service

// List returns every user type of the org, the default one included. The list is not paginated.
//
//okta:operation listUserTypes GET /api/v1/meta/types/user
func (s *UserTypesService) List(ctx context.Context) ([]UserType, *Response, error) {
	return send[[]UserType](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/types/user"))
}

// Create creates a user type. Name, DisplayName and Description are required; Name cannot be changed later.
// Okta creates the type's profile schema along with it.
//
//okta:operation createUserType POST /api/v1/meta/types/user
func (s *UserTypesService) Create(ctx context.Context, userType *UserType) (*UserType, *Response, error) {
	return send[*UserType](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/types/user").withBody(userType))
}

// Get retrieves a user type by ID. The ID "default" names the org's default user type.
//
//okta:operation getUserType GET /api/v1/meta/types/user/{typeId}
func (s *UserTypesService) Get(ctx context.Context, typeID string) (*UserType, *Response, error) {
	return send[*UserType](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/types/user/{typeId}", typeID))
}

// Update changes the display name and description of a user type, leaving unset fields as they are.
//
//okta:operation updateUserType POST /api/v1/meta/types/user/{typeId}
func (s *UserTypesService) Update(ctx context.Context, typeID string, userType *UpdateUserTypeRequest) (*UserType, *Response, error) {
	return send[*UserType](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/types/user/{typeId}", typeID).withBody(userType))
}

// Replace replaces a user type. Name, DisplayName and Description are all required, and Name must be the
// type's current name.
//
//okta:operation replaceUserType PUT /api/v1/meta/types/user/{typeId}
func (s *UserTypesService) Replace(ctx context.Context, typeID string, userType *ReplaceUserTypeRequest) (*UserType, *Response, error) {
	return send[*UserType](ctx, s.client, newRequest(http.MethodPut, "/api/v1/meta/types/user/{typeId}", typeID).withBody(userType))
}

// Delete deletes a user type and its schema. The default type, and types that users still have, cannot be
// deleted.
//
//okta:operation deleteUserType DELETE /api/v1/meta/types/user/{typeId}
func (s *UserTypesService) Delete(ctx context.Context, typeID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/meta/types/user/{typeId}", typeID))
}

// UserType is a kind of user, with its own profile schema (linked as _links.schema).
type UserType struct {
	ID          string `json:"id,omitzero"`
	Name        string `json:"name,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	Description string `json:"description,omitzero"`
	// Default reports whether this is the org's default user type, which new users get unless told otherwise.
	Default       bool      `json:"default,omitzero"`
	Created       time.Time `json:"created,omitzero"`
	CreatedBy     string    `json:"createdBy,omitzero"`
	LastUpdated   time.Time `json:"lastUpdated,omitzero"`
	LastUpdatedBy string    `json:"lastUpdatedBy,omitzero"`
	Links         Links     `json:"_links,omitzero"`
	Extra         Extra     `json:"-"`
}

// UpdateUserTypeRequest is the body of UserTypesService.Update: the fields to change.
type UpdateUserTypeRequest struct {
	DisplayName string `json:"displayName,omitzero"`
	Description string `json:"description,omitzero"`
	Extra       Extra  `json:"-"`
}

// ReplaceUserTypeRequest is the body of UserTypesService.Replace: the whole user type.
type ReplaceUserTypeRequest struct {
	Name        string `json:"name,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	Description string `json:"description,omitzero"`
	Extra       Extra  `json:"-"`
}
