package okta

import (
	"context"
	"net/http"
)

// GetDefaultProvisioningConnectionJWKS retrieves the public keys Okta signs the provisioning requests of an
// application's default provisioning connection with (connections using OAuth 2.0 with private_key_jwt).
//
//okta:operation getUserProvisioningConnectionJWKS GET /api/v1/apps/{appId}/connections/default/jwks
func (s *AppsService) GetDefaultProvisioningConnectionJWKS(ctx context.Context, appID string) (*AppConnectionUserProvisionJWKResponse, *Response, error) {
	return send[*AppConnectionUserProvisionJWKResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/connections/default/jwks", appID))
}

// VerifyProvisioningConnection completes the OAuth 2.0 consent of an application's provisioning connection
// (Okta Org2Org, Office 365, Google Workspace, Slack, Zoom): pass the code and state the app's authorization
// server redirected with. appName is the app's catalog name, such as "office365".
//
//okta:operation verifyProvisioningConnectionForApplication POST /api/v1/apps/{appName}/{appId}/oauth2/callback
func (s *AppsService) VerifyProvisioningConnection(ctx context.Context, appName, appID string, opts *AppsVerifyProvisioningConnectionOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appName}/{appId}/oauth2/callback", appName, appID).withQuery(opts))
}

// UpdateGroup changes a group assignment of an application with JSON Patch operations (PATCH), for instance
// replacing its priority or a profile attribute, and returns the assignment.
//
//okta:operation updateGroupAssignmentToApplication PATCH /api/v1/apps/{appId}/groups/{groupId}
func (s *AppsService) UpdateGroup(ctx context.Context, appID, groupID string, ops []JSONPatchOperation) (*ApplicationGroupAssignment, *Response, error) {
	r := newRequest(http.MethodPatch, "/api/v1/apps/{appId}/groups/{groupId}", appID, groupID)
	if ops != nil {
		r.body = ops
	}
	return send[*ApplicationGroupAssignment](ctx, s.client, r)
}

// AppsVerifyProvisioningConnectionOptions are the parameters of AppsService.VerifyProvisioningConnection.
type AppsVerifyProvisioningConnectionOptions struct {
	// Code is the authorization code the app's authorization server returned.
	Code string `url:"code"`
	// State is the state the app's authorization server returned.
	State string `url:"state"`
}

// AppConnectionUserProvisionJWKResponse holds the public keys of an application's provisioning connection.
type AppConnectionUserProvisionJWKResponse struct {
	JWKS  *AppConnectionUserProvisionJWKList `json:"jwks,omitzero"`
	Extra Extra                              `json:"-"`
}

// AppConnectionUserProvisionJWKList is a JSON Web Key Set.
type AppConnectionUserProvisionJWKList struct {
	Keys  []JSONWebKey `json:"keys,omitzero"`
	Extra Extra        `json:"-"`
}

// JSONPatchOperation is one operation of a JSON Patch document (RFC 6902), as Okta takes them.
type JSONPatchOperation struct {
	// Op is the operation: replace or remove.
	Op PatchAction `json:"op,omitzero"`
	// Path is the JSON Pointer of the member to change, e.g. "/priority" or "/profile/role".
	Path string `json:"path,omitzero"`
	// Value is the new value, for replace.
	Value any   `json:"value,omitzero"`
	Extra Extra `json:"-"`
}

// PatchAction is the op of a JSONPatchOperation.
type PatchAction string

// PatchAction values.
const (
	PatchActionReplace PatchAction = "replace"
	PatchActionRemove  PatchAction = "remove"
)
