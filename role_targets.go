package okta

import (
	"context"
	"net/http"
	"time"
)

// RoleTargetsService limits the standard admin roles assigned to users and groups to some targets: an
// APP_ADMIN role to some apps (every instance of an app from the catalog, or single app instances), a
// USER_ADMIN, GROUP_MEMBERSHIP_ADMIN or HELP_DESK_ADMIN role to some groups. A role without targets applies
// to everything. The roleID of these methods is the ID of a role assignment (Role.ID). Reach it as
// client.RoleTargets.
type RoleTargetsService service

// ListUserRoleAppTargets returns one page of the app targets of an APP_ADMIN role assigned to a user: apps
// from the catalog, or app instances (with their ID in the _links). Pass resp.After back in opts.After to
// fetch the next page, or use ListUserRoleAppTargetsIter.
//
//okta:operation listApplicationTargetsForApplicationAdministratorRoleForUser GET /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps
func (s *RoleTargetsService) ListUserRoleAppTargets(ctx context.Context, userID, roleID string, opts *RoleTargetsListUserRoleAppTargetsOptions) ([]CatalogApplication, *Response, error) {
	return send[[]CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps", userID, roleID).withQuery(opts))
}

// ListUserRoleAppTargetsIter returns an iterator over all the app targets of a user's APP_ADMIN role.
func (s *RoleTargetsService) ListUserRoleAppTargetsIter(ctx context.Context, userID, roleID string, opts *RoleTargetsListUserRoleAppTargetsOptions) *Iterator[CatalogApplication] {
	return newIterator[CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps", userID, roleID).withQuery(opts))
}

// AssignUserRoleAllApps makes an APP_ADMIN role assigned to a user apply to all apps again, removing its app
// targets.
//
//okta:operation assignAllAppsAsTargetToRoleForUser PUT /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps
func (s *RoleTargetsService) AssignUserRoleAllApps(ctx context.Context, userID, roleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps", userID, roleID))
}

// AssignUserRoleAppTarget adds every instance of the catalog app appName (such as "salesforce") to the
// targets of an APP_ADMIN role assigned to a user.
//
//okta:operation assignAppTargetToAdminRoleForUser PUT /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) AssignUserRoleAppTarget(ctx context.Context, userID, roleID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}", userID, roleID, appName))
}

// UnassignUserRoleAppTarget removes the catalog app appName from the targets of an APP_ADMIN role assigned to
// a user. Okta refuses to remove the last target.
//
//okta:operation unassignAppTargetFromAppAdminRoleForUser DELETE /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) UnassignUserRoleAppTarget(ctx context.Context, userID, roleID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}", userID, roleID, appName))
}

// AssignUserRoleAppInstanceTarget adds the app instance appID (of the catalog app appName) to the targets of
// an APP_ADMIN role assigned to a user.
//
//okta:operation assignAppInstanceTargetToAppAdminRoleForUser PUT /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) AssignUserRoleAppInstanceTarget(ctx context.Context, userID, roleID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}", userID, roleID, appName, appID))
}

// UnassignUserRoleAppInstanceTarget removes the app instance appID from the targets of an APP_ADMIN role
// assigned to a user. Okta refuses to remove the last target.
//
//okta:operation unassignAppInstanceTargetFromAdminRoleForUser DELETE /api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) UnassignUserRoleAppInstanceTarget(ctx context.Context, userID, roleID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}", userID, roleID, appName, appID))
}

// ListUserRoleGroupTargets returns one page of the group targets of a role assigned to a user. Pass
// resp.After back in opts.After to fetch the next page, or use ListUserRoleGroupTargetsIter.
//
//okta:operation listGroupTargetsForRole GET /api/v1/users/{userId}/roles/{roleId}/targets/groups
func (s *RoleTargetsService) ListUserRoleGroupTargets(ctx context.Context, userID, roleID string, opts *RoleTargetsListUserRoleGroupTargetsOptions) ([]Group, *Response, error) {
	return send[[]Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleId}/targets/groups", userID, roleID).withQuery(opts))
}

// ListUserRoleGroupTargetsIter returns an iterator over all the group targets of a role assigned to a user.
func (s *RoleTargetsService) ListUserRoleGroupTargetsIter(ctx context.Context, userID, roleID string, opts *RoleTargetsListUserRoleGroupTargetsOptions) *Iterator[Group] {
	return newIterator[Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleId}/targets/groups", userID, roleID).withQuery(opts))
}

// AssignUserRoleGroupTarget adds the group groupID to the targets of a role assigned to a user.
//
//okta:operation assignGroupTargetToUserRole PUT /api/v1/users/{userId}/roles/{roleId}/targets/groups/{groupId}
func (s *RoleTargetsService) AssignUserRoleGroupTarget(ctx context.Context, userID, roleID, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/roles/{roleId}/targets/groups/{groupId}", userID, roleID, groupID))
}

// UnassignUserRoleGroupTarget removes the group groupID from the targets of a role assigned to a user. Okta
// refuses to remove the last target.
//
//okta:operation unassignGroupTargetFromUserAdminRole DELETE /api/v1/users/{userId}/roles/{roleId}/targets/groups/{groupId}
func (s *RoleTargetsService) UnassignUserRoleGroupTarget(ctx context.Context, userID, roleID, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/roles/{roleId}/targets/groups/{groupId}", userID, roleID, groupID))
}

// ListGroupRoleAppTargets returns one page of the app targets of an APP_ADMIN role assigned to a group. Pass
// resp.After back in opts.After to fetch the next page, or use ListGroupRoleAppTargetsIter.
//
//okta:operation listApplicationTargetsForApplicationAdministratorRoleForGroup GET /api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps
func (s *RoleTargetsService) ListGroupRoleAppTargets(ctx context.Context, groupID, roleID string, opts *RoleTargetsListGroupRoleAppTargetsOptions) ([]CatalogApplication, *Response, error) {
	return send[[]CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps", groupID, roleID).withQuery(opts))
}

// ListGroupRoleAppTargetsIter returns an iterator over all the app targets of a group's APP_ADMIN role.
func (s *RoleTargetsService) ListGroupRoleAppTargetsIter(ctx context.Context, groupID, roleID string, opts *RoleTargetsListGroupRoleAppTargetsOptions) *Iterator[CatalogApplication] {
	return newIterator[CatalogApplication](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps", groupID, roleID).withQuery(opts))
}

// AssignGroupRoleAppTarget adds every instance of the catalog app appName to the targets of an APP_ADMIN role
// assigned to a group.
//
//okta:operation assignAppTargetToAdminRoleForGroup PUT /api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) AssignGroupRoleAppTarget(ctx context.Context, groupID, roleID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}", groupID, roleID, appName))
}

// UnassignGroupRoleAppTarget removes the catalog app appName from the targets of an APP_ADMIN role assigned
// to a group. Okta refuses to remove the last target.
//
//okta:operation unassignAppTargetToAdminRoleForGroup DELETE /api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}
func (s *RoleTargetsService) UnassignGroupRoleAppTarget(ctx context.Context, groupID, roleID, appName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}", groupID, roleID, appName))
}

// AssignGroupRoleAppInstanceTarget adds the app instance appID (of the catalog app appName) to the targets of
// an APP_ADMIN role assigned to a group.
//
//okta:operation assignAppInstanceTargetToAppAdminRoleForGroup PUT /api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) AssignGroupRoleAppInstanceTarget(ctx context.Context, groupID, roleID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}", groupID, roleID, appName, appID))
}

// UnassignGroupRoleAppInstanceTarget removes the app instance appID from the targets of an APP_ADMIN role
// assigned to a group. Okta refuses to remove the last target.
//
//okta:operation unassignAppInstanceTargetToAppAdminRoleForGroup DELETE /api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}
func (s *RoleTargetsService) UnassignGroupRoleAppInstanceTarget(ctx context.Context, groupID, roleID, appName, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/roles/{roleId}/targets/catalog/apps/{appName}/{appId}", groupID, roleID, appName, appID))
}

// ListGroupRoleGroupTargets returns one page of the group targets of a role assigned to the group groupID.
// Pass resp.After back in opts.After to fetch the next page, or use ListGroupRoleGroupTargetsIter.
//
//okta:operation listGroupTargetsForGroupRole GET /api/v1/groups/{groupId}/roles/{roleId}/targets/groups
func (s *RoleTargetsService) ListGroupRoleGroupTargets(ctx context.Context, groupID, roleID string, opts *RoleTargetsListGroupRoleGroupTargetsOptions) ([]Group, *Response, error) {
	return send[[]Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles/{roleId}/targets/groups", groupID, roleID).withQuery(opts))
}

// ListGroupRoleGroupTargetsIter returns an iterator over all the group targets of a role assigned to a group.
func (s *RoleTargetsService) ListGroupRoleGroupTargetsIter(ctx context.Context, groupID, roleID string, opts *RoleTargetsListGroupRoleGroupTargetsOptions) *Iterator[Group] {
	return newIterator[Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles/{roleId}/targets/groups", groupID, roleID).withQuery(opts))
}

// AssignGroupRoleGroupTarget adds the group targetGroupID to the targets of a role assigned to the group
// groupID.
//
//okta:operation assignGroupTargetToGroupAdminRole PUT /api/v1/groups/{groupId}/roles/{roleId}/targets/groups/{targetGroupId}
func (s *RoleTargetsService) AssignGroupRoleGroupTarget(ctx context.Context, groupID, roleID, targetGroupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/{groupId}/roles/{roleId}/targets/groups/{targetGroupId}", groupID, roleID, targetGroupID))
}

// UnassignGroupRoleGroupTarget removes the group targetGroupID from the targets of a role assigned to the
// group groupID. Okta refuses to remove the last target.
//
//okta:operation unassignGroupTargetFromGroupAdminRole DELETE /api/v1/groups/{groupId}/roles/{roleId}/targets/groups/{targetGroupId}
func (s *RoleTargetsService) UnassignGroupRoleGroupTarget(ctx context.Context, groupID, roleID, targetGroupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/roles/{roleId}/targets/groups/{targetGroupId}", groupID, roleID, targetGroupID))
}

// RoleTargetsListUserRoleAppTargetsOptions are the parameters of RoleTargetsService.ListUserRoleAppTargets.
type RoleTargetsListUserRoleAppTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// RoleTargetsListUserRoleGroupTargetsOptions are the parameters of RoleTargetsService.ListUserRoleGroupTargets.
type RoleTargetsListUserRoleGroupTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// RoleTargetsListGroupRoleAppTargetsOptions are the parameters of RoleTargetsService.ListGroupRoleAppTargets.
type RoleTargetsListGroupRoleAppTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// RoleTargetsListGroupRoleGroupTargetsOptions are the parameters of RoleTargetsService.ListGroupRoleGroupTargets.
type RoleTargetsListGroupRoleGroupTargetsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// CatalogApplication is an app of the Okta Integration Network catalog, as an app target of an APP_ADMIN
// role.
type CatalogApplication struct {
	// ID is the app instance's ID, for a target that is one instance rather than the whole catalog app.
	ID string `json:"id,omitzero"`
	// Name is the catalog app's key, such as "salesforce": the appName of RoleTargetsService methods.
	Name               string                   `json:"name,omitzero"`
	DisplayName        string                   `json:"displayName,omitzero"`
	Description        string                   `json:"description,omitzero"`
	Category           string                   `json:"category,omitzero"`
	Features           []string                 `json:"features,omitzero"`
	SignOnModes        []string                 `json:"signOnModes,omitzero"`
	Status             CatalogApplicationStatus `json:"status,omitzero"`
	VerificationStatus string                   `json:"verificationStatus,omitzero"`
	Website            string                   `json:"website,omitzero"`
	LastUpdated        time.Time                `json:"lastUpdated,omitzero"`
	Links              Links                    `json:"_links,omitzero"`
	Extra              Extra                    `json:"-"`
}

// CatalogApplicationStatus is the status of a catalog app.
type CatalogApplicationStatus string

// CatalogApplicationStatus values.
const (
	CatalogApplicationStatusActive   CatalogApplicationStatus = "ACTIVE"
	CatalogApplicationStatusInactive CatalogApplicationStatus = "INACTIVE"
)
