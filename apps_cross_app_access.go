package okta

import (
	"context"
	"net/http"
	"time"
)

// ListCrossAppAccessConnections returns one page of the Cross App Access connections of an application: the
// apps it may request tokens for (or that may request tokens for it). Pass resp.After back in opts.After to
// fetch the next page, or use ListCrossAppAccessConnectionsIter.
//
//okta:operation getAllCrossAppAccessConnections GET /api/v1/apps/{appId}/cwo/connections
func (s *AppsService) ListCrossAppAccessConnections(ctx context.Context, appID string, opts *AppsListCrossAppAccessConnectionsOptions) ([]OrgCrossAppAccessConnection, *Response, error) {
	return send[[]OrgCrossAppAccessConnection](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/cwo/connections", appID).withQuery(opts))
}

// ListCrossAppAccessConnectionsIter returns an iterator over all the Cross App Access connections of an
// application that match opts, fetching pages as it goes.
func (s *AppsService) ListCrossAppAccessConnectionsIter(ctx context.Context, appID string, opts *AppsListCrossAppAccessConnectionsOptions) *Iterator[OrgCrossAppAccessConnection] {
	return newIterator[OrgCrossAppAccessConnection](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/cwo/connections", appID).withQuery(opts))
}

// CreateCrossAppAccessConnection connects the requesting app conn.RequestingAppInstanceID to the resource app
// conn.ResourceAppInstanceID. Okta answers 201 Created with the connection.
//
//okta:operation createCrossAppAccessConnection POST /api/v1/apps/{appId}/cwo/connections
func (s *AppsService) CreateCrossAppAccessConnection(ctx context.Context, appID string, conn *OrgCrossAppAccessConnection) (*OrgCrossAppAccessConnection, *Response, error) {
	return send[*OrgCrossAppAccessConnection](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/cwo/connections", appID).withBody(conn))
}

// GetCrossAppAccessConnection retrieves a Cross App Access connection of an application by its ID.
//
//okta:operation getCrossAppAccessConnection GET /api/v1/apps/{appId}/cwo/connections/{connectionId}
func (s *AppsService) GetCrossAppAccessConnection(ctx context.Context, appID, connectionID string) (*OrgCrossAppAccessConnection, *Response, error) {
	return send[*OrgCrossAppAccessConnection](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/cwo/connections/{connectionId}", appID, connectionID))
}

// UpdateCrossAppAccessConnection changes the status of a Cross App Access connection (PATCH): ACTIVE or
// INACTIVE.
//
//okta:operation updateCrossAppAccessConnection PATCH /api/v1/apps/{appId}/cwo/connections/{connectionId}
func (s *AppsService) UpdateCrossAppAccessConnection(ctx context.Context, appID, connectionID string, update *UpdateOrgCrossAppAccessConnectionRequest) (*OrgCrossAppAccessConnection, *Response, error) {
	return send[*OrgCrossAppAccessConnection](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/apps/{appId}/cwo/connections/{connectionId}", appID, connectionID).withBody(update))
}

// DeleteCrossAppAccessConnection deletes a Cross App Access connection.
//
//okta:operation deleteCrossAppAccessConnection DELETE /api/v1/apps/{appId}/cwo/connections/{connectionId}
func (s *AppsService) DeleteCrossAppAccessConnection(ctx context.Context, appID, connectionID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/cwo/connections/{connectionId}", appID, connectionID))
}

// ListInterclientAllowedApps returns the IDs of the apps allowed to request tokens for the target app appID
// (interclient trust).
//
//okta:operation listInterclientAllowedApplications GET /api/v1/apps/{appId}/interclient-allowed-apps
func (s *AppsService) ListInterclientAllowedApps(ctx context.Context, appID string) ([]string, *Response, error) {
	return send[[]string](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/interclient-allowed-apps", appID))
}

// CreateInterclientTrustMapping allows the app mapping.ID to request tokens for the target app appID. Okta
// answers 201 Created with the mapping.
//
//okta:operation createInterclientTrustMapping POST /api/v1/apps/{appId}/interclient-allowed-apps
func (s *AppsService) CreateInterclientTrustMapping(ctx context.Context, appID string, mapping *CreateInterclientTrustMappingRequest) (*InterclientTrustMapping, *Response, error) {
	return send[*InterclientTrustMapping](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/interclient-allowed-apps", appID).withBody(mapping))
}

// DeleteInterclientTrustMapping stops allowing the app allowedAppID to request tokens for the target app appID.
//
//okta:operation deleteInterclientTrustMapping DELETE /api/v1/apps/{appId}/interclient-allowed-apps/{allowedAppId}
func (s *AppsService) DeleteInterclientTrustMapping(ctx context.Context, appID, allowedAppID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/interclient-allowed-apps/{allowedAppId}", appID, allowedAppID))
}

// ListInterclientTargetApps returns the IDs of the target apps that the app appID may request tokens for.
//
//okta:operation listInterclientTargetApplications GET /api/v1/apps/{appId}/interclient-target-apps
func (s *AppsService) ListInterclientTargetApps(ctx context.Context, appID string) ([]string, *Response, error) {
	return send[[]string](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/interclient-target-apps", appID))
}

// AppsListCrossAppAccessConnectionsOptions are the parameters of AppsService.ListCrossAppAccessConnections.
type AppsListCrossAppAccessConnectionsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// Status keeps the connections with this status.
	Status LifecycleStatus `url:"status"`
	// RequestingAppID and ResourceAppID keep the connections of these app instances.
	RequestingAppID string `url:"requestingAppId"`
	ResourceAppID   string `url:"resourceAppId"`
	// ActiveAppsOnly, when true, keeps the connections whose apps are both active.
	ActiveAppsOnly *bool `url:"activeAppsOnly"`
	// RequestingAppName and ResourceAppName keep the connections of apps with these names.
	RequestingAppName string `url:"requestingAppName"`
	ResourceAppName   string `url:"resourceAppName"`
}

// OrgCrossAppAccessConnection is a Cross App Access connection: the requesting app may obtain tokens for the
// resource app on a user's behalf.
type OrgCrossAppAccessConnection struct {
	ID                      string          `json:"id,omitzero"`
	RequestingAppInstanceID string          `json:"requestingAppInstanceId,omitzero"`
	ResourceAppInstanceID   string          `json:"resourceAppInstanceId,omitzero"`
	Status                  LifecycleStatus `json:"status,omitzero"`
	Created                 time.Time       `json:"created,omitzero"`
	LastUpdated             time.Time       `json:"lastUpdated,omitzero"`
	Links                   Links           `json:"_links,omitzero"`
	Extra                   Extra           `json:"-"`
}

// UpdateOrgCrossAppAccessConnectionRequest is the body of AppsService.UpdateCrossAppAccessConnection.
type UpdateOrgCrossAppAccessConnectionRequest struct {
	// Status is the connection's new status (required).
	Status LifecycleStatus `json:"status,omitzero"`
	Extra  Extra           `json:"-"`
}

// InterclientTrustMapping allows one app (TrustedAppInstanceID) to request tokens for another
// (AppInstanceID).
type InterclientTrustMapping struct {
	ID                   string    `json:"id,omitzero"`
	AppInstanceID        string    `json:"appInstanceId,omitzero"`
	TrustedAppInstanceID string    `json:"trustedAppInstanceId,omitzero"`
	OrgID                string    `json:"orgId,omitzero"`
	Created              time.Time `json:"created,omitzero"`
	LastUpdated          time.Time `json:"lastUpdated,omitzero"`
	LastUpdatedBy        string    `json:"lastUpdatedBy,omitzero"`
	Links                Links     `json:"_links,omitzero"`
	Extra                Extra     `json:"-"`
}

// CreateInterclientTrustMappingRequest is the body of AppsService.CreateInterclientTrustMapping.
type CreateInterclientTrustMappingRequest struct {
	// ID is the ID of the app to allow.
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}
