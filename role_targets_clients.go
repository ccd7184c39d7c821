package okta

import (
	"context"
	"net/http"
	"time"
)

// ListUserRoleTargets returns one page of the targets of a user's role assignment, each with whether it comes
// from a USER or a GROUP assignment. roleIDOrEncodedRoleID is the role assignment's ID or the role's encoded
// ID. Pass resp.After back in opts.After to fetch the next page, or use ListUserRoleTargetsIter.
//
//okta:operation getRoleTargetsByUserIdAndRoleId GET /api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets
func (s *RoleTargetsService) ListUserRoleTargets(ctx context.Context, userID, roleIDOrEncodedRoleID string, opts *RoleTargetsListUserRoleTargetsOptions) ([]RoleTarget, *Response, error) {
	return send[[]RoleTarget](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets", userID, roleIDOrEncodedRoleID).withQuery(opts))
}

// ListUserRoleTargetsIter returns an iterator over all the targets of a user's role assignment.
func (s *RoleTargetsService) ListUserRoleTargetsIter(ctx context.Context, userID, roleIDOrEncodedRoleID string, opts *RoleTargetsListUserRoleTargetsOptions) *Iterator[RoleTarget] {
	return newIterator[RoleTarget](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets", userID, roleIDOrEncodedRoleID).withQuery(opts))
}

// ListClientRoleAppTargets returns one page of the app targets of an APP_ADMIN role assigned to an OAuth 2.0
// client app. Pass resp.After back in opts.After to fetch the next page, or use ListClientRoleAppTargetsIter.
//
//okta:operation listAppTargetRoleToClient GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps
func (s *RoleTargetsService) ListClientRoleAppTargets(ctx context.Context, clientID, roleAssignmentID string, opts *RoleTargetsListClientRoleAppTargetsOptions) ([]CatalogApplication, *Response, error) {
	return send[[]CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps", clientID, roleAssignmentID).withQuery(opts))
}

// ListClientRoleAppTargetsIter returns an iterator over all the app targets of a client's APP_ADMIN role.
func (s *RoleTargetsService) ListClientRoleAppTargetsIter(ctx context.Context, clientID, roleAssignmentID string, opts *RoleTargetsListClientRoleAppTargetsOptions) *Iterator[CatalogApplication] {
	return newIterator[CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps", clientID, roleAssignmentID).withQuery(opts))
}

// AssignClientRoleAppTarget limits an APP_ADMIN role assigned to a client app to the catalog app appName
// (all its instances).
//
//okta:operation assignAppTargetRoleToClient PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) AssignClientRoleAppTarget(ctx context.Context, clientID, roleAssignmentID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}", clientID, roleAssignmentID, appName))
}

// UnassignClientRoleAppTarget removes the catalog app appName from the targets of a client app's role.
//
//okta:operation removeAppTargetRoleFromClient DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) UnassignClientRoleAppTarget(ctx context.Context, clientID, roleAssignmentID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}", clientID, roleAssignmentID, appName))
}

// AssignClientRoleAppInstanceTarget limits an APP_ADMIN role assigned to a client app to the app instance
// appID of the catalog app appName.
//
//okta:operation assignAppTargetInstanceRoleForClient PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) AssignClientRoleAppInstanceTarget(ctx context.Context, clientID, roleAssignmentID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}", clientID, roleAssignmentID, appName, appID))
}

// UnassignClientRoleAppInstanceTarget removes the app instance appID from the targets of a client app's role.
//
//okta:operation removeAppTargetInstanceRoleForClient DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) UnassignClientRoleAppInstanceTarget(ctx context.Context, clientID, roleAssignmentID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}", clientID, roleAssignmentID, appName, appID))
}

// ListClientRoleGroupTargets returns one page of the group targets of a role assigned to an OAuth 2.0 client
// app. Pass resp.After back in opts.After to fetch the next page, or use ListClientRoleGroupTargetsIter.
//
//okta:operation listGroupTargetRoleForClient GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups
func (s *RoleTargetsService) ListClientRoleGroupTargets(ctx context.Context, clientID, roleAssignmentID string, opts *RoleTargetsListClientRoleGroupTargetsOptions) ([]Group, *Response, error) {
	return send[[]Group](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups", clientID, roleAssignmentID).withQuery(opts))
}

// ListClientRoleGroupTargetsIter returns an iterator over all the group targets of a client app's role.
func (s *RoleTargetsService) ListClientRoleGroupTargetsIter(ctx context.Context, clientID, roleAssignmentID string, opts *RoleTargetsListClientRoleGroupTargetsOptions) *Iterator[Group] {
	return newIterator[Group](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups", clientID, roleAssignmentID).withQuery(opts))
}

// AssignClientRoleGroupTarget limits a role assigned to a client app to the group groupID.
//
//okta:operation assignGroupTargetRoleForClient PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}
func (s *RoleTargetsService) AssignClientRoleGroupTarget(ctx context.Context, clientID, roleAssignmentID, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}", clientID, roleAssignmentID, groupID))
}

// UnassignClientRoleGroupTarget removes the group groupID from the targets of a client app's role.
//
//okta:operation removeGroupTargetRoleFromClient DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}
func (s *RoleTargetsService) UnassignClientRoleGroupTarget(ctx context.Context, clientID, roleAssignmentID, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}", clientID, roleAssignmentID, groupID))
}

// RoleTargetsListUserRoleTargetsOptions are the parameters of RoleTargetsService.ListUserRoleTargets.
type RoleTargetsListUserRoleTargetsOptions struct {
	// AssignmentType keeps the targets of USER or GROUP assignments.
	AssignmentType RoleAssignmentType `url:"assignmentType"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// RoleTargetsListClientRoleAppTargetsOptions are the parameters of RoleTargetsService.ListClientRoleAppTargets.
type RoleTargetsListClientRoleAppTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// RoleTargetsListClientRoleGroupTargetsOptions are the parameters of RoleTargetsService.ListClientRoleGroupTargets.
type RoleTargetsListClientRoleGroupTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// RoleTarget is a target of a role assignment, by its Okta Resource Name.
type RoleTarget struct {
	// ORN is the target's Okta Resource Name.
	ORN string `json:"orn,omitzero"`
	// AssignmentType is USER or GROUP: how the role came to the user.
	AssignmentType RoleAssignmentType `json:"assignmentType,omitzero"`
	Expiration     time.Time          `json:"expiration,omitzero"`
	Links          Links              `json:"_links,omitzero"`
	Extra          Extra              `json:"-"`
}
