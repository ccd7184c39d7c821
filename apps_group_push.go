package okta

import (
	"context"
	"net/http"
	"time"
)

// ListGroupPushMappings returns one page of an app's group push mappings: the Okta groups whose membership Okta
// pushes to a group of the app. Pass resp.After back in opts.After to fetch the next page, or use
// ListGroupPushMappingsIter.
//
//okta:operation listGroupPushMappings GET /api/v1/apps/{appId}/group-push/mappings
func (s *AppsService) ListGroupPushMappings(ctx context.Context, appID string, opts *AppsListGroupPushMappingsOptions) ([]GroupPushMapping, *Response, error) {
	return send[[]GroupPushMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/group-push/mappings", appID).withQuery(opts))
}

// ListGroupPushMappingsIter returns an iterator over all of an app's group push mappings that match opts,
// fetching pages as it goes.
func (s *AppsService) ListGroupPushMappingsIter(ctx context.Context, appID string, opts *AppsListGroupPushMappingsOptions) *Iterator[GroupPushMapping] {
	return newIterator[GroupPushMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/group-push/mappings", appID).withQuery(opts))
}

// CreateGroupPushMapping pushes the Okta group req.SourceGroupID to the app: to its existing group
// req.TargetGroupID, or to a group named req.TargetGroupName, which Okta creates unless it exists. An Active
// Directory app also needs req.AppConfig.
//
//okta:operation createGroupPushMapping POST /api/v1/apps/{appId}/group-push/mappings
func (s *AppsService) CreateGroupPushMapping(ctx context.Context, appID string, req *CreateGroupPushMappingRequest) (*GroupPushMapping, *Response, error) {
	return send[*GroupPushMapping](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/group-push/mappings", appID).withBody(req))
}

// GetGroupPushMapping retrieves a group push mapping of an app by ID.
//
//okta:operation getGroupPushMapping GET /api/v1/apps/{appId}/group-push/mappings/{mappingId}
func (s *AppsService) GetGroupPushMapping(ctx context.Context, appID, mappingID string) (*GroupPushMapping, *Response, error) {
	return send[*GroupPushMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/group-push/mappings/{mappingId}", appID, mappingID))
}

// UpdateGroupPushMapping changes the status of a group push mapping: ACTIVE makes Okta push the group now and
// then every change of its membership; INACTIVE stops the pushes.
//
//okta:operation updateGroupPushMapping PATCH /api/v1/apps/{appId}/group-push/mappings/{mappingId}
func (s *AppsService) UpdateGroupPushMapping(ctx context.Context, appID, mappingID string, req *UpdateGroupPushMappingRequest) (*GroupPushMapping, *Response, error) {
	return send[*GroupPushMapping](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/apps/{appId}/group-push/mappings/{mappingId}", appID, mappingID).withBody(req))
}

// DeleteGroupPushMapping deletes an INACTIVE group push mapping, and the target group in the app too when
// opts.DeleteTargetGroup is true. Okta requires the deleteTargetGroup parameter, so it is always sent: false when
// opts is nil.
//
//okta:operation deleteGroupPushMapping DELETE /api/v1/apps/{appId}/group-push/mappings/{mappingId}
func (s *AppsService) DeleteGroupPushMapping(ctx context.Context, appID, mappingID string, opts *AppsDeleteGroupPushMappingOptions) (*Response, error) {
	q := struct {
		DeleteTargetGroup *bool `url:"deleteTargetGroup"`
	}{new(false)}
	if opts != nil {
		*q.DeleteTargetGroup = opts.DeleteTargetGroup
	}
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/group-push/mappings/{mappingId}", appID, mappingID).withQuery(&q))
}

// AppsListGroupPushMappingsOptions are the parameters of AppsService.ListGroupPushMappings and its Iter twin.
type AppsListGroupPushMappingsOptions struct {
	// LastUpdated lists the mappings changed at or after this time (sent in UTC, to the second).
	LastUpdated time.Time `url:"lastUpdated"`
	// SourceGroupID lists the mappings of this Okta group.
	SourceGroupID string `url:"sourceGroupId"`
	// Status lists the mappings in this status.
	Status GroupPushMappingStatus `url:"status"`
	// Limit is the page size (1 to 1000; Okta's default is 100).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// AppsDeleteGroupPushMappingOptions are the parameters of AppsService.DeleteGroupPushMapping.
type AppsDeleteGroupPushMappingOptions struct {
	// DeleteTargetGroup also deletes the group the mapping pushes to.
	DeleteTargetGroup bool `url:"deleteTargetGroup"`
}

// GroupPushMappingStatus is the state of a group push mapping.
type GroupPushMappingStatus string

// GroupPushMappingStatus values. Okta may send others; they decode as they are. Only ACTIVE and INACTIVE can be
// set.
const (
	GroupPushMappingStatusActive   GroupPushMappingStatus = "ACTIVE"
	GroupPushMappingStatusError    GroupPushMappingStatus = "ERROR"
	GroupPushMappingStatusInactive GroupPushMappingStatus = "INACTIVE"
)

// GroupPushMapping pushes the membership of an Okta group to a group of an app. Every member is read-only.
type GroupPushMapping struct {
	ID            string                 `json:"id,omitzero"`
	SourceGroupID string                 `json:"sourceGroupId,omitzero"`
	TargetGroupID string                 `json:"targetGroupId,omitzero"`
	Status        GroupPushMappingStatus `json:"status,omitzero"`
	// AppConfig is the app's configuration of the target group (Active Directory only).
	AppConfig *GroupPushAppConfig `json:"appConfig,omitzero"`
	// ErrorSummary says why the latest push failed.
	ErrorSummary string    `json:"errorSummary,omitzero"`
	LastPush     time.Time `json:"lastPush,omitzero"`
	Created      time.Time `json:"created,omitzero"`
	LastUpdated  time.Time `json:"lastUpdated,omitzero"`
	Links        Links     `json:"_links,omitzero"`
	Extra        Extra     `json:"-"`
}

// CreateGroupPushMappingRequest is the body of AppsService.CreateGroupPushMapping.
type CreateGroupPushMappingRequest struct {
	// SourceGroupID is the Okta group to push (required).
	SourceGroupID string `json:"sourceGroupId,omitzero"`
	// TargetGroupID links an existing group of the app; set it or TargetGroupName.
	TargetGroupID string `json:"targetGroupId,omitzero"`
	// TargetGroupName names the group of the app to push to, created unless it exists.
	TargetGroupName string `json:"targetGroupName,omitzero"`
	// Status is ACTIVE (Okta's default) or INACTIVE.
	Status GroupPushMappingStatus `json:"status,omitzero"`
	// AppConfig configures the target group in an Active Directory app.
	AppConfig *GroupPushAppConfig `json:"appConfig,omitzero"`
	Extra     Extra               `json:"-"`
}

// UpdateGroupPushMappingRequest is the body of AppsService.UpdateGroupPushMapping.
type UpdateGroupPushMappingRequest struct {
	// Status is ACTIVE or INACTIVE (required).
	Status GroupPushMappingStatus `json:"status,omitzero"`
	Extra  Extra                  `json:"-"`
}

// GroupPushAppConfig is the app's configuration of a group push mapping's target group (the API's AppConfig).
// The API describes it as a union by Type with one kind, ACTIVE_DIRECTORY (AppConfigActiveDirectory); like
// InlineHookChannel it is one flat type: the members of a kind Okta adds later are kept in Extra.
type GroupPushAppConfig struct {
	// Type is the kind of app: ACTIVE_DIRECTORY.
	Type GroupPushAppConfigType `json:"type,omitzero"`
	// DistinguishedName, SAMAccountName, GroupScope and GroupType describe an Active Directory group; all four
	// are required for ACTIVE_DIRECTORY.
	DistinguishedName string                    `json:"distinguishedName,omitzero"`
	SAMAccountName    string                    `json:"samAccountName,omitzero"`
	GroupScope        ActiveDirectoryGroupScope `json:"groupScope,omitzero"`
	GroupType         ActiveDirectoryGroupType  `json:"groupType,omitzero"`
	Extra             Extra                     `json:"-"`
}

// GroupPushAppConfigType is the kind of app a GroupPushAppConfig configures.
type GroupPushAppConfigType string

// GroupPushAppConfigType values. Okta may send others; they decode as they are.
const (
	GroupPushAppConfigTypeActiveDirectory GroupPushAppConfigType = "ACTIVE_DIRECTORY"
)

// ActiveDirectoryGroupScope is the scope of an Active Directory group.
type ActiveDirectoryGroupScope string

// ActiveDirectoryGroupScope values. Okta may send others; they decode as they are.
const (
	ActiveDirectoryGroupScopeDomainLocal ActiveDirectoryGroupScope = "DOMAIN_LOCAL"
	ActiveDirectoryGroupScopeGlobal      ActiveDirectoryGroupScope = "GLOBAL"
	ActiveDirectoryGroupScopeUniversal   ActiveDirectoryGroupScope = "UNIVERSAL"
)

// ActiveDirectoryGroupType is the type of an Active Directory group.
type ActiveDirectoryGroupType string

// ActiveDirectoryGroupType values. Okta may send others; they decode as they are.
const (
	ActiveDirectoryGroupTypeDistribution ActiveDirectoryGroupType = "DISTRIBUTION"
	ActiveDirectoryGroupTypeSecurity     ActiveDirectoryGroupType = "SECURITY"
)
