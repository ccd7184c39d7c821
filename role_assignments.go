package okta

import (
	"context"
	"net/http"
	"time"
)

// RoleAssignmentsService assigns admin roles, standard (USER_ADMIN, APP_ADMIN, ...) or custom, to users and
// groups, and lists who holds them. Reach it as client.RoleAssignments.
//
//	role, _, err := client.RoleAssignments.AssignToUser(ctx, userID, &okta.AssignRoleRequest{Type: okta.RoleTypeUserAdmin}, nil)
type RoleAssignmentsService service

// ListUsers returns one page of the users who hold a role assignment, directly or through a group. Pass
// resp.After back in opts.After for the next page, or use ListUsersIter.
//
//okta:operation listUsersWithRoleAssignments GET /api/v1/iam/assignees/users
func (s *RoleAssignmentsService) ListUsers(ctx context.Context, opts *RoleAssignmentsListUsersOptions) ([]RoleAssignedUser, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/assignees/users").withQuery(opts), roleAssignedUsersPage)
}

// ListUsersIter returns an iterator over all the users who hold a role assignment, fetching pages as it goes.
func (s *RoleAssignmentsService) ListUsersIter(ctx context.Context, opts *RoleAssignmentsListUsersOptions) *Iterator[RoleAssignedUser] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/assignees/users").withQuery(opts), roleAssignedUsersPage)
}

func roleAssignedUsersPage(p *RoleAssignedUsers) ([]RoleAssignedUser, Links) { return p.Value, p.Links }

// ListGroupRoles returns the roles assigned to a group. The list is not paginated.
//
//okta:operation listGroupAssignedRoles GET /api/v1/groups/{groupId}/roles
func (s *RoleAssignmentsService) ListGroupRoles(ctx context.Context, groupID string, opts *RoleAssignmentsListGroupRolesOptions) ([]Role, *Response, error) {
	return send[[]Role](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles", groupID).withQuery(opts))
}

// AssignToGroup assigns a role to a group: every member becomes an admin with that role. role.Type names a
// standard role; for a custom role set Type to RoleTypeCustom and Role and ResourceSet. Where Okta answers 201
// without a body, the Role is nil and the error too.
//
//okta:operation assignRoleToGroup POST /api/v1/groups/{groupId}/roles
func (s *RoleAssignmentsService) AssignToGroup(ctx context.Context, groupID string, role *AssignRoleRequest, opts *RoleAssignmentsAssignToGroupOptions) (*Role, *Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/groups/{groupId}/roles", groupID).withBody(role).withQuery(opts)
	r.emptyOK = true // Okta documents a 201 without a body
	return send[*Role](ctx, s.client, r)
}

// GetGroupRole retrieves a role assignment of a group by its ID.
//
//okta:operation getGroupAssignedRole GET /api/v1/groups/{groupId}/roles/{roleId}
func (s *RoleAssignmentsService) GetGroupRole(ctx context.Context, groupID, roleID string) (*Role, *Response, error) {
	return send[*Role](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/roles/{roleId}", groupID, roleID))
}

// UnassignFromGroup removes a role assignment from a group.
//
//okta:operation unassignRoleFromGroup DELETE /api/v1/groups/{groupId}/roles/{roleId}
func (s *RoleAssignmentsService) UnassignFromGroup(ctx context.Context, groupID, roleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/roles/{roleId}", groupID, roleID))
}

// ListUserRoles returns the roles assigned to a user, directly or through their groups. The list is not
// paginated.
//
//okta:operation listAssignedRolesForUser GET /api/v1/users/{userId}/roles
func (s *RoleAssignmentsService) ListUserRoles(ctx context.Context, userID string, opts *RoleAssignmentsListUserRolesOptions) ([]Role, *Response, error) {
	return send[[]Role](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles", userID).withQuery(opts))
}

// AssignToUser assigns a role to a user, who becomes an admin with that role. role.Type names a standard
// role; for a custom role set Type to RoleTypeCustom and Role and ResourceSet. Okta answers 201 Created with
// the assignment.
//
//okta:operation assignRoleToUser POST /api/v1/users/{userId}/roles
func (s *RoleAssignmentsService) AssignToUser(ctx context.Context, userID string, role *AssignRoleRequest, opts *RoleAssignmentsAssignToUserOptions) (*Role, *Response, error) {
	return send[*Role](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/roles", userID).withBody(role).withQuery(opts))
}

// GetUserRole retrieves a role assignment of a user by its ID.
//
//okta:operation getUserAssignedRole GET /api/v1/users/{userId}/roles/{roleId}
func (s *RoleAssignmentsService) GetUserRole(ctx context.Context, userID, roleID string) (*Role, *Response, error) {
	return send[*Role](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleId}", userID, roleID))
}

// UnassignFromUser removes a role assignment from a user.
//
//okta:operation unassignRoleFromUser DELETE /api/v1/users/{userId}/roles/{roleId}
func (s *RoleAssignmentsService) UnassignFromUser(ctx context.Context, userID, roleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/roles/{roleId}", userID, roleID))
}

// RoleAssignmentsListUsersOptions are the parameters of RoleAssignmentsService.ListUsers.
type RoleAssignmentsListUsersOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 100).
	Limit int `url:"limit"`
}

// RoleAssignmentsListGroupRolesOptions are the parameters of RoleAssignmentsService.ListGroupRoles.
type RoleAssignmentsListGroupRolesOptions struct {
	// Expand embeds the targets of each role in _embedded: "targets/groups" or "targets/catalog/apps".
	Expand RoleAssignmentExpand `url:"expand"`
}

// RoleAssignmentsAssignToGroupOptions are the parameters of RoleAssignmentsService.AssignToGroup.
type RoleAssignmentsAssignToGroupOptions struct {
	// DisableNotifications, when true, makes the group's members third-party admins, who get no Okta admin
	// notifications.
	DisableNotifications *bool `url:"disableNotifications"`
}

// RoleAssignmentsListUserRolesOptions are the parameters of RoleAssignmentsService.ListUserRoles.
type RoleAssignmentsListUserRolesOptions struct {
	// Expand embeds the targets of each role in _embedded: "targets/groups" or "targets/catalog/apps".
	Expand RoleAssignmentExpand `url:"expand"`
}

// RoleAssignmentsAssignToUserOptions are the parameters of RoleAssignmentsService.AssignToUser.
type RoleAssignmentsAssignToUserOptions struct {
	// DisableNotifications, when true, makes the user a third-party admin, who gets no Okta admin
	// notifications.
	DisableNotifications *bool `url:"disableNotifications"`
}

// RoleType is a standard admin role, or CUSTOM for a custom role.
type RoleType string

// RoleType values. Okta adds roles over time; others decode as they are.
const (
	RoleTypeAPIAccessManagementAdmin RoleType = "API_ACCESS_MANAGEMENT_ADMIN"
	RoleTypeAPIAdmin                 RoleType = "API_ADMIN"
	RoleTypeAppAdmin                 RoleType = "APP_ADMIN"
	RoleTypeCustom                   RoleType = "CUSTOM"
	RoleTypeGroupMembershipAdmin     RoleType = "GROUP_MEMBERSHIP_ADMIN"
	RoleTypeHelpDeskAdmin            RoleType = "HELP_DESK_ADMIN"
	RoleTypeMobileAdmin              RoleType = "MOBILE_ADMIN"
	RoleTypeOrgAdmin                 RoleType = "ORG_ADMIN"
	RoleTypeReadOnlyAdmin            RoleType = "READ_ONLY_ADMIN"
	RoleTypeReportAdmin              RoleType = "REPORT_ADMIN"
	RoleTypeSuperAdmin               RoleType = "SUPER_ADMIN"
	RoleTypeUserAdmin                RoleType = "USER_ADMIN"
)

// RoleAssignmentType says whether a role is assigned to a user directly or through a group.
type RoleAssignmentType string

// RoleAssignmentType values.
const (
	RoleAssignmentTypeGroup  RoleAssignmentType = "GROUP"
	RoleAssignmentTypeUser   RoleAssignmentType = "USER"
	RoleAssignmentTypeClient RoleAssignmentType = "CLIENT"
)

// Role is a role assigned to a user or a group. Its ID identifies the assignment (use it with RoleTargets and
// to unassign it), not the role.
type Role struct {
	ID             string             `json:"id,omitzero"`
	Label          string             `json:"label,omitzero"`
	Type           RoleType           `json:"type,omitzero"`
	Status         LifecycleStatus    `json:"status,omitzero"`
	AssignmentType RoleAssignmentType `json:"assignmentType,omitzero"`
	Description    string             `json:"description,omitzero"`
	// Role is the ID of the custom role of a CUSTOM assignment. It is not in the 5.1.0 API description; Okta
	// sends it.
	Role string `json:"role,omitzero"`
	// ResourceSet is the ID of the resource set of a CUSTOM assignment. It is not in the 5.1.0 API
	// description; Okta sends it.
	ResourceSet string    `json:"resource-set,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Embedded holds the targets asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	// Links has assignee (the user or group), and for custom roles role, resource-set, permissions, member.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// AssignRoleRequest is the body of RoleAssignmentsService.AssignToUser and AssignToGroup.
type AssignRoleRequest struct {
	Type RoleType `json:"type,omitzero"`
	// Role is the ID of the custom role to assign, with Type CUSTOM. It is not in the 5.1.0 API description;
	// Okta documents and requires it for custom roles.
	Role string `json:"role,omitzero"`
	// ResourceSet is the ID of the resource set the custom role applies to, with Type CUSTOM. It is not in the
	// 5.1.0 API description; Okta documents and requires it for custom roles.
	ResourceSet string `json:"resource-set,omitzero"`
	Extra       Extra  `json:"-"`
}

// RoleAssignedUsers is one page of the users who hold a role assignment. Links.Href("next") is the next page,
// also in Response.After.
type RoleAssignedUsers struct {
	Value []RoleAssignedUser `json:"value,omitzero"`
	Links Links              `json:"_links,omitzero"`
	Extra Extra              `json:"-"`
}

// RoleAssignedUser is a user who holds a role assignment. Links.Href("roles") lists their roles.
type RoleAssignedUser struct {
	ID string `json:"id,omitzero"`
	// ORN is the user's Okta Resource Name.
	ORN   string `json:"orn,omitzero"`
	Links Links  `json:"_links,omitzero"`
	Extra Extra  `json:"-"`
}

// RoleAssignmentExpand names the targets that the role assignment lists embed in each role's _embedded.
type RoleAssignmentExpand string

// RoleAssignmentExpand values.
const (
	// RoleAssignmentExpandGroupTargets embeds the groups a role is limited to.
	RoleAssignmentExpandGroupTargets RoleAssignmentExpand = "targets/groups"
	// RoleAssignmentExpandAppTargets embeds the applications a role is limited to.
	RoleAssignmentExpandAppTargets RoleAssignmentExpand = "targets/catalog/apps"
)

// RoleType values that Okta added after the Management API 5.1.0.
const (
	RoleTypeAccessCertificationsAdmin RoleType = "ACCESS_CERTIFICATIONS_ADMIN"
	RoleTypeAccessRequestsAdmin       RoleType = "ACCESS_REQUESTS_ADMIN"
	RoleTypeWorkflowsAdmin            RoleType = "WORKFLOWS_ADMIN"
)
