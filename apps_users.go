package okta

import (
	"context"
	"net/http"
	"time"
)

// ListUsers returns one page of the users assigned to an application. Pass resp.After back in opts.After to
// fetch the next page, or use ListUsersIter.
//
//okta:operation listApplicationUsers GET /api/v1/apps/{appId}/users
func (s *AppsService) ListUsers(ctx context.Context, appID string, opts *AppsListUsersOptions) ([]AppUser, *Response, error) {
	return send[[]AppUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/users", appID).withQuery(opts))
}

// ListUsersIter returns an iterator over all the users assigned to an application that match opts, fetching
// pages as it goes.
func (s *AppsService) ListUsersIter(ctx context.Context, appID string, opts *AppsListUsersOptions) *Iterator[AppUser] {
	return newIterator[AppUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/users", appID).withQuery(opts))
}

// AssignUser assigns a user (appUser.ID) to an application, with the credentials and application profile
// appUser carries. Leave Credentials out for applications that do not need them.
//
//okta:operation assignUserToApplication POST /api/v1/apps/{appId}/users
func (s *AppsService) AssignUser(ctx context.Context, appID string, appUser *AppUser) (*AppUser, *Response, error) {
	return send[*AppUser](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/users", appID).withBody(appUser))
}

// GetUser retrieves the assignment of the user userID to an application.
//
//okta:operation getApplicationUser GET /api/v1/apps/{appId}/users/{userId}
func (s *AppsService) GetUser(ctx context.Context, appID, userID string, opts *AppsGetUserOptions) (*AppUser, *Response, error) {
	return send[*AppUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/users/{userId}", appID, userID).withQuery(opts))
}

// UpdateUser updates the credentials or application profile of the user userID assigned to an application.
//
//okta:operation updateApplicationUser POST /api/v1/apps/{appId}/users/{userId}
func (s *AppsService) UpdateUser(ctx context.Context, appID, userID string, appUser *AppUser) (*AppUser, *Response, error) {
	return send[*AppUser](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/users/{userId}", appID, userID).withBody(appUser))
}

// UnassignUser unassigns the user userID from an application; with provisioning enabled, Okta may deactivate
// or delete the user's account in the application.
//
//okta:operation unassignUserFromApplication DELETE /api/v1/apps/{appId}/users/{userId}
func (s *AppsService) UnassignUser(ctx context.Context, appID, userID string, opts *AppsUnassignUserOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/users/{userId}", appID, userID).withQuery(opts))
}

// AppsListUsersOptions are the parameters of AppsService.ListUsers.
type AppsListUsersOptions struct {
	// Q finds users whose first name, last name or email, or whose user name in the application, starts with Q.
	Q string `url:"q"`
	// QueryScope narrows what Q is matched against; see Okta's API reference for its values.
	QueryScope string `url:"query_scope"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// Filter is a filter expression on status, scope, user.id, ..., e.g. `scope eq "USER"`.
	Filter string `url:"filter"`
	// Expand with "user" embeds each assigned user in _embedded["user"]; read it with
	// appUser.Embedded.Get("user", &user).
	Expand AppUserExpand `url:"expand"`
}

// AppsGetUserOptions are the parameters of AppsService.GetUser.
type AppsGetUserOptions struct {
	// Expand with "user" embeds the user in _embedded["user"].
	Expand AppUserExpand `url:"expand"`
}

// AppsUnassignUserOptions are the parameters of AppsService.UnassignUser.
type AppsUnassignUserOptions struct {
	// SendEmail, when true, emails the administrators about the deactivation.
	SendEmail *bool `url:"sendEmail"`
}

// AppUserStatus is the state of a user's assignment to an application.
type AppUserStatus string

// AppUserStatus values. Okta may send others; they decode as they are.
const (
	AppUserStatusActive        AppUserStatus = "ACTIVE"
	AppUserStatusApproved      AppUserStatus = "APPROVED"
	AppUserStatusDeprovisioned AppUserStatus = "DEPROVISIONED"
	AppUserStatusImplicit      AppUserStatus = "IMPLICIT"
	AppUserStatusImported      AppUserStatus = "IMPORTED"
	AppUserStatusInactive      AppUserStatus = "INACTIVE"
	AppUserStatusMatched       AppUserStatus = "MATCHED"
	AppUserStatusPending       AppUserStatus = "PENDING"
	AppUserStatusProvisioned   AppUserStatus = "PROVISIONED"
	AppUserStatusRevoked       AppUserStatus = "REVOKED"
	AppUserStatusStaged        AppUserStatus = "STAGED"
	AppUserStatusSuspended     AppUserStatus = "SUSPENDED"
	AppUserStatusUnassigned    AppUserStatus = "UNASSIGNED"
)

// AppUserSyncState is the state of provisioning a user's application profile to the application.
type AppUserSyncState string

// AppUserSyncState values.
const (
	AppUserSyncStateDisabled     AppUserSyncState = "DISABLED"
	AppUserSyncStateError        AppUserSyncState = "ERROR"
	AppUserSyncStateOutOfSync    AppUserSyncState = "OUT_OF_SYNC"
	AppUserSyncStateSynchronized AppUserSyncState = "SYNCHRONIZED"
	AppUserSyncStateSyncing      AppUserSyncState = "SYNCING"
)

// AppUserScope says whether a user is assigned to an application directly or through a group.
type AppUserScope string

// AppUserScope values.
const (
	AppUserScopeUser  AppUserScope = "USER"
	AppUserScopeGroup AppUserScope = "GROUP"
)

// AppUser is a user's assignment to an application: the user's credentials for it and the application profile.
// As a request body (AssignUser, UpdateUser) only ID, Scope, Credentials and Profile matter.
type AppUser struct {
	// ID is the user's ID.
	ID string `json:"id,omitzero"`
	// ExternalID is the user's ID in the application, once provisioned.
	ExternalID      string              `json:"externalId,omitzero"`
	Created         time.Time           `json:"created,omitzero"`
	LastUpdated     time.Time           `json:"lastUpdated,omitzero"`
	LastSync        time.Time           `json:"lastSync,omitzero"`
	PasswordChanged time.Time           `json:"passwordChanged,omitzero"`
	StatusChanged   time.Time           `json:"statusChanged,omitzero"`
	Credentials     *AppUserCredentials `json:"credentials,omitzero"`
	// Profile is the application profile (the AppUserProfile schema): attributes defined by the application's
	// user schema. Read and write them with Get and Set.
	Profile   Extra            `json:"profile,omitzero"`
	Scope     AppUserScope     `json:"scope,omitzero"`
	Status    AppUserStatus    `json:"status,omitzero"`
	SyncState AppUserSyncState `json:"syncState,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// User returns the user Okta embeds when the assignment was read with [AppUserExpandUser], or nil when it was
// not asked for.
func (a *AppUser) User() (*User, error) { return embedded[User](a.Embedded, "user") }

// AppUserCredentials are the credentials a user signs in to an application with.
type AppUserCredentials struct {
	Password *AppUserPasswordCredential `json:"password,omitzero"`
	UserName string                     `json:"userName,omitzero"`
	Extra    Extra                      `json:"-"`
}

// AppUserPasswordCredential is a user's password for an application (never returned by Okta).
type AppUserPasswordCredential struct {
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// AppUserExpand names what AppsService.ListUsers and GetUser embed in each assignment's _embedded.
type AppUserExpand string

// AppUserExpand values.
const (
	// AppUserExpandUser embeds the assigned user; read it with [AppUser.User].
	AppUserExpandUser AppUserExpand = "user"
)
