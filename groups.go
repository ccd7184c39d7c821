package okta

import (
	"context"
	"net/http"
	"time"
)

// GroupsService manages groups, their members and owners, and group rules. Reach it as client.Groups.
type GroupsService service

// List returns one page of groups. Pass resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listGroups GET /api/v1/groups
func (s *GroupsService) List(ctx context.Context, opts *GroupsListOptions) ([]Group, *Response, error) {
	return send[[]Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups").withQuery(opts))
}

// ListIter returns an iterator over all groups that match opts, fetching pages as it goes.
func (s *GroupsService) ListIter(ctx context.Context, opts *GroupsListOptions) *Iterator[Group] {
	return newIterator[Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups").withQuery(opts))
}

// Create creates an OKTA_GROUP group. Okta reads only group.Profile: the name, the description and any custom
// attributes of the group schema.
//
//okta:operation createGroup POST /api/v1/groups
func (s *GroupsService) Create(ctx context.Context, group *Group) (*Group, *Response, error) {
	return send[*Group](ctx, s.client, newRequest(http.MethodPost, "/api/v1/groups").withBody(group))
}

// Get retrieves a group by ID.
//
//okta:operation getGroup GET /api/v1/groups/{groupId}
func (s *GroupsService) Get(ctx context.Context, groupID string) (*Group, *Response, error) {
	return send[*Group](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}", groupID))
}

// Replace replaces the profile of an OKTA_GROUP group. A group decoded from Get and changed sends back every
// attribute Okta returned, custom ones included, so nothing is cleared by accident.
//
//okta:operation replaceGroup PUT /api/v1/groups/{groupId}
func (s *GroupsService) Replace(ctx context.Context, groupID string, group *Group) (*Group, *Response, error) {
	return send[*Group](ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/{groupId}", groupID).withBody(group))
}

// Delete deletes an OKTA_GROUP group. Groups of other types belong to their source (an app or a directory).
//
//okta:operation deleteGroup DELETE /api/v1/groups/{groupId}
func (s *GroupsService) Delete(ctx context.Context, groupID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}", groupID))
}

// ListApps returns one page of the applications assigned to a group. Use ListAppsIter to walk all of them.
//
//okta:operation listAssignedApplicationsForGroup GET /api/v1/groups/{groupId}/apps
func (s *GroupsService) ListApps(ctx context.Context, groupID string, opts *GroupsListAppsOptions) ([]Application, *Response, error) {
	return send[[]Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/apps", groupID).withQuery(opts))
}

// ListAppsIter returns an iterator over all applications assigned to a group.
func (s *GroupsService) ListAppsIter(ctx context.Context, groupID string, opts *GroupsListAppsOptions) *Iterator[Application] {
	return newIterator[Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/apps", groupID).withQuery(opts))
}

// ListOwners returns one page of the owners (users or groups) of a group. Use ListOwnersIter to walk all of them.
//
//okta:operation listGroupOwners GET /api/v1/groups/{groupId}/owners
func (s *GroupsService) ListOwners(ctx context.Context, groupID string, opts *GroupsListOwnersOptions) ([]GroupOwner, *Response, error) {
	return send[[]GroupOwner](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/owners", groupID).withQuery(opts))
}

// ListOwnersIter returns an iterator over all owners of a group.
func (s *GroupsService) ListOwnersIter(ctx context.Context, groupID string, opts *GroupsListOwnersOptions) *Iterator[GroupOwner] {
	return newIterator[GroupOwner](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/owners", groupID).withQuery(opts))
}

// AddOwner makes a user or a group an owner of a group.
//
//okta:operation assignGroupOwner POST /api/v1/groups/{groupId}/owners
func (s *GroupsService) AddOwner(ctx context.Context, groupID string, owner *AddGroupOwnerRequest) (*GroupOwner, *Response, error) {
	return send[*GroupOwner](ctx, s.client, newRequest(http.MethodPost, "/api/v1/groups/{groupId}/owners", groupID).withBody(owner))
}

// RemoveOwner removes an owner from a group.
//
//okta:operation deleteGroupOwner DELETE /api/v1/groups/{groupId}/owners/{ownerId}
func (s *GroupsService) RemoveOwner(ctx context.Context, groupID, ownerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/owners/{ownerId}", groupID, ownerID))
}

// ListUsers returns one page of the members of a group. Use ListUsersIter to walk all of them.
//
//okta:operation listGroupUsers GET /api/v1/groups/{groupId}/users
func (s *GroupsService) ListUsers(ctx context.Context, groupID string, opts *GroupsListUsersOptions) ([]User, *Response, error) {
	return send[[]User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/users", groupID).withQuery(opts))
}

// ListUsersIter returns an iterator over all members of a group.
func (s *GroupsService) ListUsersIter(ctx context.Context, groupID string, opts *GroupsListUsersOptions) *Iterator[User] {
	return newIterator[User](ctx, s.client, newRequest(http.MethodGet, "/api/v1/groups/{groupId}/users", groupID).withQuery(opts))
}

// AddUser adds a user to an OKTA_GROUP group. Adding a member twice is not an error.
//
//okta:operation assignUserToGroup PUT /api/v1/groups/{groupId}/users/{userId}
func (s *GroupsService) AddUser(ctx context.Context, groupID, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/groups/{groupId}/users/{userId}", groupID, userID))
}

// RemoveUser removes a user from an OKTA_GROUP group.
//
//okta:operation unassignUserFromGroup DELETE /api/v1/groups/{groupId}/users/{userId}
func (s *GroupsService) RemoveUser(ctx context.Context, groupID, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/groups/{groupId}/users/{userId}", groupID, userID))
}

// GroupsListOptions are the parameters of GroupsService.List.
type GroupsListOptions struct {
	// Q finds groups whose name starts with Q.
	Q string `url:"q"`
	// Filter is a filter expression on type, id, lastUpdated or lastMembershipUpdated, e.g. `type eq "OKTA_GROUP"`.
	Filter string `url:"filter"`
	// Search is a search expression on any group attribute except _embedded, _links and objectClass, e.g.
	// `profile.name sw "Eng"`.
	Search string `url:"search"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// SortBy names the attribute to sort by (with Search only), e.g. "lastUpdated".
	SortBy string `url:"sortBy"`
	// SortOrder is "asc" or "desc" (with SortBy).
	SortOrder SortOrder `url:"sortOrder"`
	// Expand embeds more in each group's _embedded: "stats" (member and app counts) or "app" (the source app of
	// an APP_GROUP).
	Expand GroupExpand `url:"expand"`
}

// GroupsListAppsOptions are the parameters of GroupsService.ListApps.
type GroupsListAppsOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// GroupsListOwnersOptions are the parameters of GroupsService.ListOwners.
type GroupsListOwnersOptions struct {
	// Filter is a SCIM filter on the owner type, e.g. `type eq "USER"`.
	Filter string `url:"filter"`
	// Search is the same SCIM filter under the name Okta's current API gives it (it no longer documents
	// filter here), e.g. `type eq "GROUP"`.
	Search string `url:"search"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// GroupsListUsersOptions are the parameters of GroupsService.ListUsers.
type GroupsListUsersOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// GroupType says where a group comes from.
type GroupType string

// GroupType values. Okta may send others; they decode as they are.
const (
	// GroupTypeAppGroup is a group imported from an app or a directory (Active Directory, LDAP, ...).
	GroupTypeAppGroup GroupType = "APP_GROUP"
	// GroupTypeBuiltIn is a group Okta manages, such as Everyone.
	GroupTypeBuiltIn GroupType = "BUILT_IN"
	// GroupTypeOktaGroup is a group created in Okta.
	GroupTypeOktaGroup GroupType = "OKTA_GROUP"
)

// Group is an Okta group.
type Group struct {
	ID                    string        `json:"id,omitzero"`
	Type                  GroupType     `json:"type,omitzero"`
	Created               time.Time     `json:"created,omitzero"`
	LastUpdated           time.Time     `json:"lastUpdated,omitzero"`
	LastMembershipUpdated time.Time     `json:"lastMembershipUpdated,omitzero"`
	ObjectClass           []string      `json:"objectClass,omitzero"`
	Profile               *GroupProfile `json:"profile,omitzero"`
	// Embedded holds the resources asked for with an expand parameter ("stats", "app").
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// Stats returns the counts Okta embeds when the group was listed with [GroupExpandStats], or nil when it was
// not asked for. The members it does not type stay in the returned value's Extra.
func (g *Group) Stats() (*GroupStats, error) { return embedded[GroupStats](g.Embedded, "stats") }

// SourceApp returns the application an APP_GROUP group comes from, as Okta embeds it when the group was listed
// with [GroupExpandApp], or nil when it was not asked for.
func (g *Group) SourceApp() (*GroupSourceApp, error) {
	return embedded[GroupSourceApp](g.Embedded, "app")
}

// GroupStats are a group's counts, embedded with expand=stats.
type GroupStats struct {
	// UsersCount is the number of the group's members.
	UsersCount int `json:"usersCount,omitzero"`
	// AppsCount is the number of applications assigned to the group.
	AppsCount int `json:"appsCount,omitzero"`
	// GroupPushMappingsCount is the number of group push mappings that push the group to applications.
	GroupPushMappingsCount int `json:"groupPushMappingsCount,omitzero"`
	// HasAdminPrivilege reports whether an admin role is assigned to the group. The JSON name is Okta's
	// spelling.
	HasAdminPrivilege bool  `json:"hasAdminPrivlege,omitzero"`
	Extra             Extra `json:"-"`
}

// GroupSourceApp is the application an APP_GROUP group was imported from, embedded with expand=app.
type GroupSourceApp struct {
	// ID is the application's ID.
	ID string `json:"id,omitzero"`
	// Name is the application's key in the Okta Integration Network, such as "active_directory".
	Name string `json:"name,omitzero"`
	// Label is the application's display name.
	Label string `json:"label,omitzero"`
	// SignOnMode is the application's sign-on mode.
	SignOnMode ApplicationSignOnMode `json:"signOnMode,omitzero"`
	Extra      Extra                 `json:"-"`
}

// GroupProfile holds a group's profile attributes. The API describes two kinds, by the group's objectClass:
// OktaUserGroupProfile (okta:user_group: Name and Description) and OktaActiveDirectoryGroupProfile
// (okta:windows_security_principal, a group imported from Active Directory, which adds DN, ExternalID,
// SAMAccountName and WindowsDomainQualifiedName). This one type holds both; the AD attributes are empty for
// other groups and, left empty, are not sent. Custom attributes (added to the group schema, or imported with
// another APP_GROUP) are in Extra, where Get and Set read and write them.
type GroupProfile struct {
	Name        string `json:"name,omitzero"`
	Description string `json:"description,omitzero"`
	// DN is the distinguished name of an Active Directory group, such as
	// "CN=West Coast users,OU=West Coast,DC=example,DC=com".
	DN string `json:"dn,omitzero"`
	// ExternalID is the Base64-encoded GUID (objectGUID) of an Active Directory group.
	ExternalID string `json:"externalId,omitzero"`
	// SAMAccountName is the pre-Windows 2000 name of an Active Directory group.
	SAMAccountName string `json:"samAccountName,omitzero"`
	// WindowsDomainQualifiedName is the fully qualified name of an Active Directory group, such as
	// `EXAMPLE\West Coast users`.
	WindowsDomainQualifiedName string `json:"windowsDomainQualifiedName,omitzero"`
	// Extra holds custom attributes, and standard ones that were null or empty.
	Extra Extra `json:"-"`
}

// GroupOwnerType is the kind of a group owner.
type GroupOwnerType string

// GroupOwnerType values.
const (
	GroupOwnerTypeGroup GroupOwnerType = "GROUP"
	GroupOwnerTypeUser  GroupOwnerType = "USER"
)

// GroupOwnerOriginType is where a group's ownership is managed.
type GroupOwnerOriginType string

// GroupOwnerOriginType values.
const (
	GroupOwnerOriginTypeApplication   GroupOwnerOriginType = "APPLICATION"
	GroupOwnerOriginTypeOktaDirectory GroupOwnerOriginType = "OKTA_DIRECTORY"
)

// GroupOwner is an owner of a group: a user or a group.
type GroupOwner struct {
	// ID is the ID of the owning user or group.
	ID   string         `json:"id,omitzero"`
	Type GroupOwnerType `json:"type,omitzero"`
	// DisplayName is the owner's display name.
	DisplayName string    `json:"displayName,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// OriginID is the ID of the app instance when OriginType is APPLICATION.
	OriginID   string               `json:"originId,omitzero"`
	OriginType GroupOwnerOriginType `json:"originType,omitzero"`
	// Resolved is false while an owner from an app is not yet reconciled with an Okta ID.
	Resolved *bool `json:"resolved,omitzero"`
	Extra    Extra `json:"-"`
}

// AddGroupOwnerRequest is the body of GroupsService.AddOwner: the user or group to make an owner.
type AddGroupOwnerRequest struct {
	ID    string         `json:"id,omitzero"`
	Type  GroupOwnerType `json:"type,omitzero"`
	Extra Extra          `json:"-"`
}

// GroupExpand names what GroupsService.List embeds in each group's _embedded; read it with [Group.Stats] and
// [Group.SourceApp].
type GroupExpand string

// GroupExpand values.
const (
	// GroupExpandStats embeds the group's member, app and group push mapping counts.
	GroupExpandStats GroupExpand = "stats"
	// GroupExpandApp embeds the application an APP_GROUP group comes from.
	GroupExpandApp GroupExpand = "app"
)
