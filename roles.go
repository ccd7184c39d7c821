package okta

import (
	"context"
	"net/http"
	"time"
)

// RolesService manages custom admin roles (IAM roles) and the permissions they grant. Assign a role to a user
// or group with RoleAssignments, and limit what it applies to with RoleTargets or a resource set. Reach it as
// client.Roles.
type RolesService service

// List returns one page of the org's custom roles, as Okta sends it: the roles and a link to the next page.
// Pass resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listRoles GET /api/v1/iam/roles
func (s *RolesService) List(ctx context.Context, opts *RolesListOptions) (*IAMRoles, *Response, error) {
	return sendEnvelope(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/roles").withQuery(opts), iamRolesPage)
}

// ListIter returns an iterator over all custom roles, fetching pages as it goes.
func (s *RolesService) ListIter(ctx context.Context, opts *RolesListOptions) *Iterator[IAMRole] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/roles").withQuery(opts), iamRolesPage)
}

func iamRolesPage(p *IAMRoles) ([]IAMRole, Links) { return p.Roles, p.Links }

// Create creates a custom role with a unique label, a description and the permissions it grants.
//
//okta:operation createRole POST /api/v1/iam/roles
func (s *RolesService) Create(ctx context.Context, role *CreateIAMRoleRequest) (*IAMRole, *Response, error) {
	return send[*IAMRole](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/roles").withBody(role))
}

// Get retrieves a custom role by its ID or its label.
//
//okta:operation getRole GET /api/v1/iam/roles/{roleIdOrLabel}
func (s *RolesService) Get(ctx context.Context, roleIDOrLabel string) (*IAMRole, *Response, error) {
	return send[*IAMRole](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/roles/{roleIdOrLabel}", roleIDOrLabel))
}

// Replace replaces the label and description of a custom role. Its permissions are changed with
// CreatePermission, ReplacePermission and DeletePermission.
//
//okta:operation replaceRole PUT /api/v1/iam/roles/{roleIdOrLabel}
func (s *RolesService) Replace(ctx context.Context, roleIDOrLabel string, role *ReplaceIAMRoleRequest) (*IAMRole, *Response, error) {
	return send[*IAMRole](ctx, s.client, newRequest(http.MethodPut, "/api/v1/iam/roles/{roleIdOrLabel}", roleIDOrLabel).withBody(role))
}

// Delete deletes a custom role. Okta refuses while the role is still assigned.
//
//okta:operation deleteRole DELETE /api/v1/iam/roles/{roleIdOrLabel}
func (s *RolesService) Delete(ctx context.Context, roleIDOrLabel string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/roles/{roleIdOrLabel}", roleIDOrLabel))
}

// ListPermissions returns the permissions a custom role grants. The list is not paginated; Okta wraps it in
// an object.
//
//okta:operation listRolePermissions GET /api/v1/iam/roles/{roleIdOrLabel}/permissions
func (s *RolesService) ListPermissions(ctx context.Context, roleIDOrLabel string) (*Permissions, *Response, error) {
	return send[*Permissions](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/roles/{roleIdOrLabel}/permissions", roleIDOrLabel))
}

// GetPermission retrieves one permission of a custom role, with its conditions.
//
//okta:operation getRolePermission GET /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}
func (s *RolesService) GetPermission(ctx context.Context, roleIDOrLabel string, permissionType RolePermissionType) (*Permission, *Response, error) {
	return send[*Permission](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}", roleIDOrLabel, string(permissionType)))
}

// CreatePermission adds the permission permissionType to a custom role. permission may set conditions that
// restrict it (for example, to some user profile attributes); nil adds it without conditions. Okta answers
// with no content.
//
//okta:operation createRolePermission POST /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}
func (s *RolesService) CreatePermission(ctx context.Context, roleIDOrLabel string, permissionType RolePermissionType, permission *CreateRolePermissionRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}", roleIDOrLabel, string(permissionType)).withBody(permission))
}

// ReplacePermission replaces the conditions of a permission of a custom role and returns the permission.
//
//okta:operation replaceRolePermission PUT /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}
func (s *RolesService) ReplacePermission(ctx context.Context, roleIDOrLabel string, permissionType RolePermissionType, permission *CreateRolePermissionRequest) (*Permission, *Response, error) {
	return send[*Permission](ctx, s.client, newRequest(http.MethodPut, "/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}", roleIDOrLabel, string(permissionType)).withBody(permission))
}

// DeletePermission removes a permission from a custom role.
//
//okta:operation deleteRolePermission DELETE /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}
func (s *RolesService) DeletePermission(ctx context.Context, roleIDOrLabel string, permissionType RolePermissionType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}", roleIDOrLabel, string(permissionType)))
}

// RolesListOptions are the parameters of RolesService.List.
type RolesListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// IAMRole is a custom admin role: a named set of permissions.
type IAMRole struct {
	ID          string    `json:"id,omitzero"`
	Label       string    `json:"label,omitzero"`
	Description string    `json:"description,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Links has self and permissions.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// IAMRoles is one page of custom roles. Links.Href("next") is the next page, also in Response.After.
type IAMRoles struct {
	Roles []IAMRole `json:"roles,omitzero"`
	Links Links     `json:"_links,omitzero"`
	Extra Extra     `json:"-"`
}

// CreateIAMRoleRequest is the body of RolesService.Create.
type CreateIAMRoleRequest struct {
	// Label is the role's unique name.
	Label       string               `json:"label,omitzero"`
	Description string               `json:"description,omitzero"`
	Permissions []RolePermissionType `json:"permissions,omitzero"`
	Extra       Extra                `json:"-"`
}

// ReplaceIAMRoleRequest is the body of RolesService.Replace.
type ReplaceIAMRoleRequest struct {
	Label       string `json:"label,omitzero"`
	Description string `json:"description,omitzero"`
	Extra       Extra  `json:"-"`
}

// Permissions are the permissions of a custom role.
type Permissions struct {
	Permissions []Permission `json:"permissions,omitzero"`
	Extra       Extra        `json:"-"`
}

// Permission is one permission a custom role grants.
type Permission struct {
	// Label is the permission type, such as okta.users.manage.
	Label       RolePermissionType    `json:"label,omitzero"`
	Conditions  *PermissionConditions `json:"conditions,omitzero"`
	Created     time.Time             `json:"created,omitzero"`
	LastUpdated time.Time             `json:"lastUpdated,omitzero"`
	// Links has self and role.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// PermissionConditions restrict a permission to some resources. The API describes them as a free-form
// object; Okta uses include and exclude, each mapping an attribute kind to the attributes it names:
//
//	&okta.PermissionConditions{Include: map[string][]string{
//		"okta:ResourceAttribute/User/Profile": {"city", "state", "zipCode"},
//	}}
type PermissionConditions struct {
	Include map[string][]string `json:"include,omitzero"`
	Exclude map[string][]string `json:"exclude,omitzero"`
	Extra   Extra               `json:"-"`
}

// CreateRolePermissionRequest is the body of RolesService.CreatePermission and ReplacePermission.
type CreateRolePermissionRequest struct {
	Conditions *PermissionConditions `json:"conditions,omitzero"`
	Extra      Extra                 `json:"-"`
}

// RolePermissionType is a permission a custom role can grant.
type RolePermissionType string

// RolePermissionType values. Okta adds permissions over time; others decode as they are.
const (
	RolePermissionAppsAssignmentManage                 RolePermissionType = "okta.apps.assignment.manage"
	RolePermissionAppsManage                           RolePermissionType = "okta.apps.manage"
	RolePermissionAppsManageFirstPartyApps             RolePermissionType = "okta.apps.manageFirstPartyApps"
	RolePermissionAppsRead                             RolePermissionType = "okta.apps.read"
	RolePermissionAuthzServersManage                   RolePermissionType = "okta.authzServers.manage"
	RolePermissionAuthzServersRead                     RolePermissionType = "okta.authzServers.read"
	RolePermissionCustomizationsManage                 RolePermissionType = "okta.customizations.manage"
	RolePermissionCustomizationsRead                   RolePermissionType = "okta.customizations.read"
	RolePermissionGovernanceAccessCertificationsManage RolePermissionType = "okta.governance.accessCertifications.manage"
	RolePermissionGovernanceAccessRequestsManage       RolePermissionType = "okta.governance.accessRequests.manage"
	RolePermissionGroupsAppAssignmentManage            RolePermissionType = "okta.groups.appAssignment.manage"
	RolePermissionGroupsCreate                         RolePermissionType = "okta.groups.create"
	RolePermissionGroupsManage                         RolePermissionType = "okta.groups.manage"
	RolePermissionGroupsMembersManage                  RolePermissionType = "okta.groups.members.manage"
	RolePermissionGroupsRead                           RolePermissionType = "okta.groups.read"
	RolePermissionIdentityProvidersManage              RolePermissionType = "okta.identityProviders.manage"
	RolePermissionIdentityProvidersRead                RolePermissionType = "okta.identityProviders.read"
	RolePermissionProfileSourcesImportRun              RolePermissionType = "okta.profilesources.import.run"
	RolePermissionUsersAppAssignmentManage             RolePermissionType = "okta.users.appAssignment.manage"
	RolePermissionUsersCreate                          RolePermissionType = "okta.users.create"
	RolePermissionUsersCredentialsExpirePassword       RolePermissionType = "okta.users.credentials.expirePassword"
	RolePermissionUsersCredentialsManage               RolePermissionType = "okta.users.credentials.manage"
	RolePermissionUsersCredentialsResetFactors         RolePermissionType = "okta.users.credentials.resetFactors"
	RolePermissionUsersCredentialsResetPassword        RolePermissionType = "okta.users.credentials.resetPassword"
	RolePermissionUsersGroupMembershipManage           RolePermissionType = "okta.users.groupMembership.manage"
	RolePermissionUsersLifecycleActivate               RolePermissionType = "okta.users.lifecycle.activate"
	RolePermissionUsersLifecycleClearSessions          RolePermissionType = "okta.users.lifecycle.clearSessions"
	RolePermissionUsersLifecycleDeactivate             RolePermissionType = "okta.users.lifecycle.deactivate"
	RolePermissionUsersLifecycleDelete                 RolePermissionType = "okta.users.lifecycle.delete"
	RolePermissionUsersLifecycleManage                 RolePermissionType = "okta.users.lifecycle.manage"
	RolePermissionUsersLifecycleSuspend                RolePermissionType = "okta.users.lifecycle.suspend"
	RolePermissionUsersLifecycleUnlock                 RolePermissionType = "okta.users.lifecycle.unlock"
	RolePermissionUsersLifecycleUnsuspend              RolePermissionType = "okta.users.lifecycle.unsuspend"
	RolePermissionUsersManage                          RolePermissionType = "okta.users.manage"
	RolePermissionUsersRead                            RolePermissionType = "okta.users.read"
	RolePermissionUsersUserProfileManage               RolePermissionType = "okta.users.userprofile.manage"
)
