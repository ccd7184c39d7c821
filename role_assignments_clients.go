package okta

import (
	"context"
	"net/http"
	"time"
)

// ListClientRoles returns the admin roles assigned to an OAuth 2.0 client app (a service app acting on its
// own behalf). The list is not paginated.
//
//okta:operation listRolesForClient GET /oauth2/v1/clients/{clientId}/roles
func (s *RoleAssignmentsService) ListClientRoles(ctx context.Context, clientID string) ([]Role, *Response, error) {
	return send[[]Role](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles", clientID))
}

// AssignToClient assigns a role to an OAuth 2.0 client app. role.Type names a standard role; for a custom
// role set Type to RoleTypeCustom and Role and ResourceSet.
//
//okta:operation assignRoleToClient POST /oauth2/v1/clients/{clientId}/roles
func (s *RoleAssignmentsService) AssignToClient(ctx context.Context, clientID string, role *AssignRoleRequest) (*Role, *Response, error) {
	return send[*Role](ctx, s.client, newRequest(http.MethodPost, "/oauth2/v1/clients/{clientId}/roles", clientID).withBody(role))
}

// GetClientRole retrieves a role assignment of an OAuth 2.0 client app by its ID.
//
//okta:operation retrieveClientRole GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}
func (s *RoleAssignmentsService) GetClientRole(ctx context.Context, clientID, roleAssignmentID string) (*Role, *Response, error) {
	return send[*Role](ctx, s.client, newRequest(http.MethodGet, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}", clientID, roleAssignmentID))
}

// UnassignFromClient removes a role assignment from an OAuth 2.0 client app.
//
//okta:operation deleteRoleFromClient DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}
func (s *RoleAssignmentsService) UnassignFromClient(ctx context.Context, clientID, roleAssignmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}", clientID, roleAssignmentID))
}

// ListUserRoleGovernanceGrants returns the governance sources of a user's role assignment: the grants
// (custom, or entitlement bundles of Okta Identity Governance) that give the user the role.
//
//okta:operation getUserAssignedRoleGovernance GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance
func (s *RoleAssignmentsService) ListUserRoleGovernanceGrants(ctx context.Context, userID, roleAssignmentID string) ([]RoleGovernanceSource, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleAssignmentId}/governance", userID, roleAssignmentID), roleGovernancePage)
	if env == nil {
		return nil, resp, err
	}
	return env.Grants, resp, err
}

func roleGovernancePage(p *roleGovernance) ([]RoleGovernanceSource, Links) { return p.Grants, p.Links }

// GetUserRoleGovernanceGrant retrieves one governance source of a user's role assignment.
//
//okta:operation getRoleAssignmentGovernanceGrant GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}
func (s *RoleAssignmentsService) GetUserRoleGovernanceGrant(ctx context.Context, userID, roleAssignmentID, grantID string) (*RoleGovernanceSource, *Response, error) {
	return send[*RoleGovernanceSource](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}", userID, roleAssignmentID, grantID))
}

// ListUserRoleGovernanceGrantResources returns one page of the resources a governance source grants with a
// user's role assignment. Use ListUserRoleGovernanceGrantResourcesIter for all of them.
//
//okta:operation getRoleAssignmentGovernanceGrantResources GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}/resources
func (s *RoleAssignmentsService) ListUserRoleGovernanceGrantResources(ctx context.Context, userID, roleAssignmentID, grantID string) ([]RoleGovernanceResource, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, governanceResourcesRequest(userID, roleAssignmentID, grantID), roleGovernanceResourcesPage)
	if env == nil {
		return nil, resp, err
	}
	return env.Resources, resp, err
}

// ListUserRoleGovernanceGrantResourcesIter returns an iterator over all the resources a governance source
// grants with a user's role assignment, fetching pages as it goes.
func (s *RoleAssignmentsService) ListUserRoleGovernanceGrantResourcesIter(ctx context.Context, userID, roleAssignmentID, grantID string) *Iterator[RoleGovernanceResource] {
	return newEnvelopeIterator(ctx, s.client, governanceResourcesRequest(userID, roleAssignmentID, grantID), roleGovernanceResourcesPage)
}

func governanceResourcesRequest(userID, roleAssignmentID, grantID string) *request {
	return newRequest(http.MethodGet, "/api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}/resources", userID, roleAssignmentID, grantID)
}

func roleGovernanceResourcesPage(p *roleGovernanceResources) ([]RoleGovernanceResource, Links) {
	return p.Resources, p.Links
}

// roleGovernance is the object ListUserRoleGovernanceGrants unwraps (the spec's RoleGovernance).
type roleGovernance struct {
	Grants []RoleGovernanceSource `json:"grants"`
	Links  Links                  `json:"_links,omitzero"`
}

// roleGovernanceResources is the page ListUserRoleGovernanceGrantResources unwraps (the spec's
// RoleGovernanceResources).
type roleGovernanceResources struct {
	Resources []RoleGovernanceResource `json:"resources"`
	Links     Links                    `json:"_links,omitzero"`
}

// RoleGovernanceSource is a grant that gives a user a role assignment.
type RoleGovernanceSource struct {
	GrantID string `json:"grantId,omitzero"`
	// Type is CUSTOM or ENTITLEMENT-BUNDLE.
	Type GovernanceSourceType `json:"type,omitzero"`
	// BundleID is the entitlement bundle of an ENTITLEMENT-BUNDLE grant.
	BundleID       string    `json:"bundleId,omitzero"`
	ExpirationDate time.Time `json:"expirationDate,omitzero"`
	Links          Links     `json:"_links,omitzero"`
	Extra          Extra     `json:"-"`
}

// GovernanceSourceType is the kind of a RoleGovernanceSource.
type GovernanceSourceType string

// GovernanceSourceType values.
const (
	GovernanceSourceTypeCustom            GovernanceSourceType = "CUSTOM"
	GovernanceSourceTypeEntitlementBundle GovernanceSourceType = "ENTITLEMENT-BUNDLE"
)

// RoleGovernanceResource is a resource granted with a role assignment.
type RoleGovernanceResource struct {
	// Resource is the resource's ORN.
	Resource string `json:"resource,omitzero"`
	Label    string `json:"label,omitzero"`
	Extra    Extra  `json:"-"`
}
