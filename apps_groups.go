package okta

import (
	"context"
	"net/http"
	"time"
)

// ListGroups returns one page of the groups assigned to an application. Pass resp.After back in opts.After to
// fetch the next page, or use ListGroupsIter.
//
//okta:operation listApplicationGroupAssignments GET /api/v1/apps/{appId}/groups
func (s *AppsService) ListGroups(ctx context.Context, appID string, opts *AppsListGroupsOptions) ([]ApplicationGroupAssignment, *Response, error) {
	return send[[]ApplicationGroupAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/groups", appID).withQuery(opts))
}

// ListGroupsIter returns an iterator over all the groups assigned to an application that match opts, fetching
// pages as it goes.
func (s *AppsService) ListGroupsIter(ctx context.Context, appID string, opts *AppsListGroupsOptions) *Iterator[ApplicationGroupAssignment] {
	return newIterator[ApplicationGroupAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/groups", appID).withQuery(opts))
}

// AssignGroup assigns the group groupID to an application, or updates its assignment. assignment (its Priority
// and Profile) may be nil.
//
//okta:operation assignGroupToApplication PUT /api/v1/apps/{appId}/groups/{groupId}
func (s *AppsService) AssignGroup(ctx context.Context, appID, groupID string, assignment *ApplicationGroupAssignment) (*ApplicationGroupAssignment, *Response, error) {
	return send[*ApplicationGroupAssignment](ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}/groups/{groupId}", appID, groupID).withBody(assignment))
}

// GetGroup retrieves the assignment of the group groupID to an application.
//
//okta:operation getApplicationGroupAssignment GET /api/v1/apps/{appId}/groups/{groupId}
func (s *AppsService) GetGroup(ctx context.Context, appID, groupID string, opts *AppsGetGroupOptions) (*ApplicationGroupAssignment, *Response, error) {
	return send[*ApplicationGroupAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/groups/{groupId}", appID, groupID).withQuery(opts))
}

// UnassignGroup unassigns the group groupID from an application.
//
//okta:operation unassignApplicationFromGroup DELETE /api/v1/apps/{appId}/groups/{groupId}
func (s *AppsService) UnassignGroup(ctx context.Context, appID, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/groups/{groupId}", appID, groupID))
}

// AppsListGroupsOptions are the parameters of AppsService.ListGroups.
type AppsListGroupsOptions struct {
	// Q finds groups whose name starts with Q.
	Q string `url:"q"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// Expand with "group" embeds each group in _embedded["group"]; with "metadata", the assignment's metadata.
	Expand AppGroupExpand `url:"expand"`
}

// AppsGetGroupOptions are the parameters of AppsService.GetGroup.
type AppsGetGroupOptions struct {
	// Expand with "group" embeds the group in _embedded["group"].
	Expand AppGroupExpand `url:"expand"`
}

// ApplicationGroupAssignment is a group's assignment to an application.
type ApplicationGroupAssignment struct {
	// ID is the group's ID.
	ID          string    `json:"id,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Priority ranks the group among the application's groups, 0 being the highest: for a user in several of
	// them, the profile of the highest-ranked group applies.
	Priority *int `json:"priority,omitzero"`
	// Profile holds the application profile attributes that the group's members get; read and write them with
	// Get and Set.
	Profile Extra `json:"profile,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// Group returns the group Okta embeds when the assignment was read with [AppGroupExpandGroup], or nil when it
// was not asked for.
func (a *ApplicationGroupAssignment) Group() (*Group, error) {
	return embedded[Group](a.Embedded, "group")
}

// AppGroupExpand names what AppsService.ListGroups and GetGroup embed in each assignment's _embedded.
type AppGroupExpand string

// AppGroupExpand values.
const (
	// AppGroupExpandGroup embeds the assigned group; read it with [ApplicationGroupAssignment.Group].
	AppGroupExpandGroup AppGroupExpand = "group"
	// AppGroupExpandMetadata embeds the assignment's metadata.
	AppGroupExpandMetadata AppGroupExpand = "metadata"
)
