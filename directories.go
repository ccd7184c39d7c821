package okta

import (
	"context"
	"net/http"
)

// DirectoriesService works on the groups of an Active Directory or LDAP app instance directly in the directory,
// through the org's on-premises agents. Reach it as client.Directories.
type DirectoriesService service

// UpdateGroupMembership adds users to or removes them from a group in the Active Directory or LDAP server of
// the app instance appInstanceID, so that a change of access made in Okta reaches the directory.
//
//okta:operation updateGroupMembership POST /api/v1/directories/{appInstanceId}/groups/modify
func (s *DirectoriesService) UpdateGroupMembership(ctx context.Context, appInstanceID string, req *UpdateGroupMembershipRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/directories/{appInstanceId}/groups/modify", appInstanceID).withBody(req))
}

// CreateGroupQuery asks the on-premises agent of the Active Directory instance appInstanceID for the attributes
// req names of the group groupID (Okta's "submit a query"). Okta answers 202 Accepted with the ResultID to pass
// to GetGroupQueryResult.
//
//okta:operation submitGroupAttributeQuery POST /api/v1/directories/{appInstanceId}/groups/{groupId}/query
func (s *DirectoriesService) CreateGroupQuery(ctx context.Context, appInstanceID, groupID string, req *CreateGroupQueryRequest) (*GroupQueryResponse, *Response, error) {
	return send[*GroupQueryResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/directories/{appInstanceId}/groups/{groupId}/query", appInstanceID, groupID).withBody(req))
}

// GetGroupQueryResult retrieves the result of a group query that CreateGroupQuery started. While the agent is
// still working Okta answers 202 Accepted without a body: the result is then nil, the error nil and the
// Response's StatusCode 202; ask again later. An expired or unknown resultID is a 404.
//
//okta:operation getGroupAttributeQueryResult GET /api/v1/directories/{appInstanceId}/groups/{groupId}/query/{resultId}
func (s *DirectoriesService) GetGroupQueryResult(ctx context.Context, appInstanceID, groupID, resultID string) (*GroupProfileResult, *Response, error) {
	r := newRequest(http.MethodGet, "/api/v1/directories/{appInstanceId}/groups/{groupId}/query/{resultId}", appInstanceID, groupID, resultID)
	r.emptyOK = true // Okta documents a 202 without a body while the query runs
	return send[*GroupProfileResult](ctx, s.client, r)
}

// UpdateGroupMembershipRequest is the body of DirectoriesService.UpdateGroupMembership (the API's AgentAction).
type UpdateGroupMembershipRequest struct {
	// ID is the Active Directory or LDAP group to update (required).
	ID         string                           `json:"id,omitzero"`
	Parameters *GroupMembershipUpdateParameters `json:"parameters,omitzero"`
	Extra      Extra                            `json:"-"`
}

// GroupMembershipUpdateParameters say how to change a directory group's membership (the API's Parameters).
// Every member is required.
type GroupMembershipUpdateParameters struct {
	Action GroupMembershipAction `json:"action,omitzero"`
	// Attribute is the directory attribute that holds the members: member for Active Directory; member,
	// uniqueMember or another for LDAP.
	Attribute string `json:"attribute,omitzero"`
	// Values are the IDs of the users to add or remove.
	Values []string `json:"values,omitzero"`
	Extra  Extra    `json:"-"`
}

// GroupMembershipAction is what to do with the users of a GroupMembershipUpdateParameters.
type GroupMembershipAction string

// GroupMembershipAction values.
const (
	GroupMembershipActionAdd    GroupMembershipAction = "ADD"
	GroupMembershipActionRemove GroupMembershipAction = "REMOVE"
)

// CreateGroupQueryRequest is the body of DirectoriesService.CreateGroupQuery (the API's GroupQueryRequest).
type CreateGroupQueryRequest struct {
	// Attributes are the LDAP attribute names to retrieve (required); member, memberOf and * are not allowed.
	Attributes []string `json:"attributes,omitzero"`
	Extra      Extra    `json:"-"`
}

// GroupQueryResponse is Okta's answer to DirectoriesService.CreateGroupQuery.
type GroupQueryResponse struct {
	// ResultID is what GetGroupQueryResult takes.
	ResultID string `json:"resultId,omitzero"`
	Extra    Extra  `json:"-"`
}

// GroupProfileResult is the result of a group query: the attributes asked for, by name.
type GroupProfileResult struct {
	ID      string `json:"id,omitzero"`
	Profile Extra  `json:"profile,omitzero"`
	Extra   Extra  `json:"-"`
}
