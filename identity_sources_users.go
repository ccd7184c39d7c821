package okta

import (
	"context"
	"net/http"
	"time"
)

// CreateUser creates a user in an identity source, user.ExternalID with user.Profile (UserName and Email are
// required), outside any import session.
//
//okta:operation createIdentitySourceUser POST /api/v1/identity-sources/{identitySourceId}/users
func (s *IdentitySourcesService) CreateUser(ctx context.Context, identitySourceID string, user *IdentitySourceUser) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/users", identitySourceID).withBody(user))
}

// GetUser retrieves a user of an identity source by its external ID.
//
//okta:operation getIdentitySourceUser GET /api/v1/identity-sources/{identitySourceId}/users/{externalId}
func (s *IdentitySourcesService) GetUser(ctx context.Context, identitySourceID, externalID string) (*IdentitySourceUser, *Response, error) {
	return send[*IdentitySourceUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/identity-sources/{identitySourceId}/users/{externalId}", identitySourceID, externalID))
}

// UpdateUser changes the profile attributes of an identity source user that update.Profile sets (PATCH).
//
//okta:operation updateIdentitySourceUsers PATCH /api/v1/identity-sources/{identitySourceId}/users/{externalId}
func (s *IdentitySourcesService) UpdateUser(ctx context.Context, identitySourceID, externalID string, update *UpdateIdentitySourceUserRequest) (*IdentitySourceUser, *Response, error) {
	return send[*IdentitySourceUser](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/identity-sources/{identitySourceId}/users/{externalId}", identitySourceID, externalID).withBody(update))
}

// ReplaceUser replaces the profile of an identity source user; what GetUser returns can be changed and passed
// back.
//
//okta:operation replaceExistingIdentitySourceUser PUT /api/v1/identity-sources/{identitySourceId}/users/{externalId}
func (s *IdentitySourcesService) ReplaceUser(ctx context.Context, identitySourceID, externalID string, user *IdentitySourceUser) (*IdentitySourceUser, *Response, error) {
	return send[*IdentitySourceUser](ctx, s.client, newRequest(http.MethodPut, "/api/v1/identity-sources/{identitySourceId}/users/{externalId}", identitySourceID, externalID).withBody(user))
}

// DeleteUser deletes a user of an identity source.
//
//okta:operation deleteIdentitySourceUser DELETE /api/v1/identity-sources/{identitySourceId}/users/{externalId}
func (s *IdentitySourcesService) DeleteUser(ctx context.Context, identitySourceID, externalID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/identity-sources/{identitySourceId}/users/{externalId}", identitySourceID, externalID))
}

// CreateGroup creates a group in an identity source, group.ExternalID with group.Profile.
//
//okta:operation createIdentitySourceGroups POST /api/v1/identity-sources/{identitySourceId}/groups
func (s *IdentitySourcesService) CreateGroup(ctx context.Context, identitySourceID string, group *IdentitySourceGroup) (*IdentitySourceGroup, *Response, error) {
	return send[*IdentitySourceGroup](ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/groups", identitySourceID).withBody(group))
}

// GetGroup retrieves a group of an identity source by its Okta ID or external ID.
//
//okta:operation getIdentitySourceGroup GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}
func (s *IdentitySourcesService) GetGroup(ctx context.Context, identitySourceID, groupOrExternalID string) (*IdentitySourceGroup, *Response, error) {
	return send[*IdentitySourceGroup](ctx, s.client, newRequest(http.MethodGet, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}", identitySourceID, groupOrExternalID))
}

// UpdateGroup changes the profile of a group of an identity source (a partial update with POST).
//
//okta:operation updateIdentitySourceGroups POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}
func (s *IdentitySourcesService) UpdateGroup(ctx context.Context, identitySourceID, groupOrExternalID string, group *IdentitySourceGroup) (*IdentitySourceGroup, *Response, error) {
	return send[*IdentitySourceGroup](ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}", identitySourceID, groupOrExternalID).withBody(group))
}

// DeleteGroup deletes a group of an identity source.
//
//okta:operation deleteIdentitySourceGroup DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}
func (s *IdentitySourcesService) DeleteGroup(ctx context.Context, identitySourceID, groupOrExternalID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}", identitySourceID, groupOrExternalID))
}

// ListGroupMembers returns one page of the external IDs of the members of an identity source group. Pass
// resp.After back in opts.After to fetch the next page, or use ListGroupMembersIter.
//
//okta:operation getIdentitySourceGroupMemberships GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership
func (s *IdentitySourcesService) ListGroupMembers(ctx context.Context, identitySourceID, groupOrExternalID string, opts *IdentitySourcesListGroupMembersOptions) ([]string, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, s.groupMembersRequest(identitySourceID, groupOrExternalID, opts), identitySourceGroupMembersPage)
	if env == nil {
		return nil, resp, err
	}
	return env.MemberExternalIDs, resp, err
}

// ListGroupMembersIter returns an iterator over the external IDs of all the members of an identity source
// group, fetching pages as it goes.
func (s *IdentitySourcesService) ListGroupMembersIter(ctx context.Context, identitySourceID, groupOrExternalID string, opts *IdentitySourcesListGroupMembersOptions) *Iterator[string] {
	return newEnvelopeIterator(ctx, s.client, s.groupMembersRequest(identitySourceID, groupOrExternalID, opts), identitySourceGroupMembersPage)
}

func (s *IdentitySourcesService) groupMembersRequest(identitySourceID, groupOrExternalID string, opts *IdentitySourcesListGroupMembersOptions) *request {
	return newRequest(http.MethodGet, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership", identitySourceID, groupOrExternalID).withQuery(opts)
}

func identitySourceGroupMembersPage(p *identitySourceGroupMembers) ([]string, Links) {
	return p.MemberExternalIDs, p.Links
}

// AddGroupMember adds the identity source user member.MemberExternalID to an identity source group.
//
//okta:operation createIdentitySourceGroupsMemberships POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership
func (s *IdentitySourcesService) AddGroupMember(ctx context.Context, identitySourceID, groupOrExternalID string, member *AddIdentitySourceGroupMemberRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership", identitySourceID, groupOrExternalID).withBody(member))
}

// RemoveGroupMember removes the identity source user memberExternalID from an identity source group.
//
//okta:operation deleteIdentitySourceGroupMemberships DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership/{memberExternalId}
func (s *IdentitySourcesService) RemoveGroupMember(ctx context.Context, identitySourceID, groupOrExternalID, memberExternalID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership/{memberExternalId}", identitySourceID, groupOrExternalID, memberExternalID))
}

// UploadGroupMembershipsForDelete uploads, to an import session, group memberships to delete in Okta (up to
// 200 groups per call). Okta answers 202 Accepted; StartImport processes the session.
//
//okta:operation uploadIdentitySourceGroupMembershipsForDelete POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete
func (s *IdentitySourcesService) UploadGroupMembershipsForDelete(ctx context.Context, identitySourceID, sessionID string, data *UploadIdentitySourceGroupMembershipsRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete", identitySourceID, sessionID).withBody(data))
}

// UploadGroupMembershipsForUpsert uploads, to an import session, group memberships to create or keep in Okta
// (up to 200 groups per call). Okta answers 202 Accepted; StartImport processes the session.
//
//okta:operation uploadIdentitySourceGroupMembershipsForUpsert POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-upsert
func (s *IdentitySourcesService) UploadGroupMembershipsForUpsert(ctx context.Context, identitySourceID, sessionID string, data *UploadIdentitySourceGroupMembershipsRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-upsert", identitySourceID, sessionID).withBody(data))
}

// UploadGroupsForDelete uploads, to an import session, the external IDs of groups to delete in Okta (up to
// 200 per call). Okta answers 202 Accepted.
//
//okta:operation uploadIdentitySourceGroupsDataForDelete POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-delete
func (s *IdentitySourcesService) UploadGroupsForDelete(ctx context.Context, identitySourceID, sessionID string, data *UploadIdentitySourceGroupsForDeleteRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-delete", identitySourceID, sessionID).withBody(data))
}

// UploadGroupsForUpsert uploads, to an import session, group profiles (without memberships) to create or
// update in Okta (up to 200 per call). Okta answers 202 Accepted.
//
//okta:operation uploadIdentitySourceGroupsForUpsert POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-upsert
func (s *IdentitySourcesService) UploadGroupsForUpsert(ctx context.Context, identitySourceID, sessionID string, data *UploadIdentitySourceGroupsForUpsertRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-upsert", identitySourceID, sessionID).withBody(data))
}

// IdentitySourcesListGroupMembersOptions are the parameters of IdentitySourcesService.ListGroupMembers.
type IdentitySourcesListGroupMembersOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// IdentitySourceUser is a user of an identity source, known to Okta by its external ID.
type IdentitySourceUser struct {
	// ID is the user's Okta ID, read-only.
	ID          string                              `json:"id,omitzero"`
	ExternalID  string                              `json:"externalId,omitzero"`
	Profile     *IdentitySourceUserProfileForUpsert `json:"profile,omitzero"`
	Created     time.Time                           `json:"created,omitzero"`
	LastUpdated time.Time                           `json:"lastUpdated,omitzero"`
	Extra       Extra                               `json:"-"`
}

// UpdateIdentitySourceUserRequest is the body of IdentitySourcesService.UpdateUser.
type UpdateIdentitySourceUserRequest struct {
	Profile *IdentitySourceUserProfileForUpsert `json:"profile,omitzero"`
	Extra   Extra                               `json:"-"`
}

// IdentitySourceGroup is a group of an identity source. Okta's current description nests the profile of a
// group it returns one level deeper ("profile": {"profile": {...}}) than the profile it takes; such a nested
// profile is kept in Profile.Extra.
type IdentitySourceGroup struct {
	// ID is the group's Okta ID, read-only.
	ID         string                      `json:"id,omitzero"`
	ExternalID string                      `json:"externalId,omitzero"`
	Profile    *IdentitySourceGroupProfile `json:"profile,omitzero"`
	Extra      Extra                       `json:"-"`
}

// IdentitySourceGroupProfile is the profile of an identity source group.
type IdentitySourceGroupProfile struct {
	DisplayName string `json:"displayName,omitzero"`
	// Description describes the group (at most 1,024 characters). To clear it, send null with
	// Extra.SetNull.
	Description string `json:"description,omitzero"`
	Extra       Extra  `json:"-"`
}

// identitySourceGroupMembers is the page ListGroupMembers unwraps.
type identitySourceGroupMembers struct {
	MemberExternalIDs []string `json:"memberExternalIds"`
	Links             Links    `json:"_links,omitzero"`
}

// AddIdentitySourceGroupMemberRequest is the body of IdentitySourcesService.AddGroupMember.
type AddIdentitySourceGroupMemberRequest struct {
	MemberExternalID string `json:"memberExternalId,omitzero"`
	Extra            Extra  `json:"-"`
}

// UploadIdentitySourceGroupMembershipsRequest is the body of UploadGroupMembershipsForDelete and
// UploadGroupMembershipsForUpsert.
type UploadIdentitySourceGroupMembershipsRequest struct {
	Memberships []IdentitySourceGroupMemberships `json:"memberships,omitzero"`
	Extra       Extra                            `json:"-"`
}

// IdentitySourceGroupMemberships are members of one identity source group, by external IDs.
type IdentitySourceGroupMemberships struct {
	GroupExternalID   string   `json:"groupExternalId,omitzero"`
	MemberExternalIDs []string `json:"memberExternalIds,omitzero"`
	Extra             Extra    `json:"-"`
}

// UploadIdentitySourceGroupsForDeleteRequest is the body of IdentitySourcesService.UploadGroupsForDelete.
type UploadIdentitySourceGroupsForDeleteRequest struct {
	ExternalIDs []string `json:"externalIds,omitzero"`
	Extra       Extra    `json:"-"`
}

// UploadIdentitySourceGroupsForUpsertRequest is the body of IdentitySourcesService.UploadGroupsForUpsert: each
// profile is a group's ExternalID and Profile.
type UploadIdentitySourceGroupsForUpsertRequest struct {
	Profiles []IdentitySourceGroup `json:"profiles,omitzero"`
	Extra    Extra                 `json:"-"`
}
